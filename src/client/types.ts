// Method signatures derived from the generated tables: one method per operationId, path parameters first
// (in path order), then the body or query, then RequestOptions. Generic over the tables so a spec with
// more operations (test/unit/new-operation.test.ts) gets its methods typed the same way.
import type { OperationInfo } from "../../generated/operations.js";
import type { ApiPromise } from "./api-promise.js";
import type { RequestOptions } from "./options.js";

type AnyOps = object;
type Table = Record<string, OperationInfo>;

type JsonContent<T> = T extends { content: { "application/json": infer J } } ? J : undefined;

type Strings<T extends readonly unknown[]> = { -readonly [I in keyof T]: string };
/** Unlabelled path arguments from the table alone, for callers that have no generated OperationPathArgs. */
export type DefaultPathArgs<T extends Table> = { [K in keyof T]: Strings<T[K]["pathParams"]> };

type BodyOf<Op> = Op extends { requestBody?: infer B } ? JsonContent<NonNullable<B>> : never;
type QueryOf<Op> = Op extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

// The body may be left out when the spec does not require one, or when an empty object is a valid body
// (createRefund(id) refunds in full); the runtime then sends `{}` where the spec requires a body.
type BodyArgs<Row extends OperationInfo, Op> = Row["hasBody"] extends true
  ? Row["bodyRequired"] extends true
    ? {} extends BodyOf<Op> ? [body?: BodyOf<Op>] : [body: BodyOf<Op>]
    : [body?: BodyOf<Op>]
  : [];
type QueryArgs<Row extends OperationInfo, Op> = Row["hasQuery"] extends true
  ? {} extends QueryOf<Op> ? [query?: QueryOf<Op>] : [query: QueryOf<Op>]
  : [];

/** `Path` is a labelled tuple (generated/operations.ts `OperationPathArgs`): the labels become parameter names. */
export type MethodArgs<Row extends OperationInfo, Op, Path extends readonly unknown[] = Strings<Row["pathParams"]>> = [
  ...Path,
  ...BodyArgs<Row, Op>,
  ...QueryArgs<Row, Op>,
  options?: RequestOptions,
];

type Responses<Op> = Op extends { responses: infer R } ? R : never;
/** The parsed body of any 2xx response of the operation. */
export type SuccessBody<Op> = {
  [S in keyof Responses<Op>]: `${S & (string | number)}` extends `2${string}` ? JsonContent<Responses<Op>[S]> : never;
}[keyof Responses<Op>];

export type PageItem<Op> = SuccessBody<Op> extends { data: (infer I)[] } ? I : never;

export type OperationMethod<Row extends OperationInfo, Op, Path extends readonly unknown[] = Strings<Row["pathParams"]>> = ((
  ...args: MethodArgs<Row, Op, Path>
) => ApiPromise<SuccessBody<Op>>) &
  (Row["paginated"] extends true
    ? {
        /** Every item of every page, following `starting_after` until `has_more` is false. */
        iterate(...args: MethodArgs<Row, Op, Path>): AsyncIterableIterator<PageItem<Op>>;
      }
    : unknown);

/**
 * One method per operation. Mapping over `Args` (homomorphic) keeps the JSDoc that generated/operations.ts
 * writes on each `OperationPathArgs` entry, so hovering a method shows the spec's summary and description.
 */
export type Methods<T extends Table, Ops extends AnyOps, Args extends { [K in keyof T]: readonly unknown[] } = DefaultPathArgs<T>> = {
  [K in keyof Args]: K extends keyof T & keyof Ops ? OperationMethod<T[K], Ops[K], Args[K]> : never;
};
