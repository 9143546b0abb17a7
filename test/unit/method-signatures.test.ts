// The package reads like documentation: a named type per schema, methods whose parameters carry the spec's
// path parameter names, JSDoc from the spec's summary and description with a link to the rendered docs,
// and an optional body wherever an empty body is valid. Everything expected is derived from openapi.yaml,
// read through the TypeScript checker on the package entries (what an editor shows on hover).
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, expectTypeOf, test } from "vitest";
import { docsLink, operationRows } from "../../scripts/gen/operations.ts";
import { camelCase } from "../../scripts/gen/jsdoc.ts";
import { schemaNames } from "../../scripts/gen/models.ts";
import { type JsonObject, inlineSchema, listOperations, loadSpec, requestBodySchema } from "../../scripts/lib/spec.ts";
import type * as Sdk from "../../src/entry/node.js";
import { createPayConnect } from "../../src/entry/node.js";
import { SECRET, fakeApi, fakeTime } from "../helpers/fake-api.ts";
import { root, specPath } from "../helpers/paths.ts";

const spec = loadSpec(specPath);
const rows = operationRows(spec);
const entries = ["src/entry/node.ts", "src/entry/web.ts"].map((file) => join(root, file));
const program = ts.createProgram(entries, {
  strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022,
  skipLibCheck: true, noEmit: true, types: ["node"],
});
const checker = program.getTypeChecker();

function exportsOf(file: string): Map<string, ts.Symbol> {
  const module = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
  return new Map(checker.getExportsOfModule(module).map((s) => [s.name, s]));
}

/** An empty object is a valid body: the schema requires no field. */
function emptyBodyAllowed(id: string): boolean {
  const op = listOperations(spec).find((o) => o.operationId === id)!;
  const schema = inlineSchema(spec, requestBodySchema(spec, op)!.schema) as JsonObject;
  return !Array.isArray(schema.required) || schema.required.length === 0;
}

describe.each(entries.map((file) => [file.slice(root.length + 1), file] as const))("%s", (_name, file) => {
  const exported = exportsOf(file);

  test("exports one type per components.schemas entry, under the schema's own name", () => {
    const isType = (symbol: ts.Symbol | undefined) =>
      symbol !== undefined && ((symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol).flags & ts.SymbolFlags.Type) !== 0;
    const missing = schemaNames(spec).filter((name) => !isType(exported.get(name)));
    expect(schemaNames(spec).length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  const payConnect = checker.getDeclaredTypeOfSymbol(checker.getAliasedSymbol(exported.get("PayConnect")!));

  describe.each(listOperations(spec).map((op) => [op.operationId, op] as const))("%s", (id, op) => {
    const method = checker.getPropertyOfType(payConnect, id)!;
    const signature = () => checker.signatureToString(checker.getTypeOfSymbol(method).getCallSignatures()[0]!);

    test("takes the path parameters by their spec names, then the body or query, then options", () => {
      const row = rows[id]!;
      const names = [
        ...row.pathParams.map(camelCase),
        ...(row.hasBody ? ["body"] : []),
        ...(row.hasQuery ? ["query"] : []),
        "options",
      ];
      const params = [...signature().matchAll(/(?:^\(|, )(\w+)\??:/g)].map((m) => m[1]);
      expect(params, signature()).toEqual(names);
    });

    test("is documented with the spec's summary and description and links to its section of the docs", () => {
      const doc = ts.displayPartsToString(method.getDocumentationComment(checker));
      expect(doc).toContain(String(op.operation.summary));
      expect(doc).toContain(String(op.operation.description).trim().split("\n")[0]);
      const link = docsLink(spec, op);
      expect(link, "openapi.yaml should say where its rendered docs live (externalDocs.url)").toBeDefined();
      const see = method.getJsDocTags(checker).filter((tag) => tag.name === "see").map((tag) => ts.displayPartsToString(tag.text));
      expect(see.join(" ")).toContain(link);
    });

    if (rows[id]!.hasBody) {
      test("the body is optional exactly when the spec does not require one or an empty body is valid", () => {
        const optional = !rows[id]!.bodyRequired || emptyBodyAllowed(id);
        expect(signature()).toContain(optional ? "body?:" : "body:");
      });
    }
  });
});

test("one named type per kind of schema is the spec's type", () => {
  type C = Sdk.components["schemas"];
  expectTypeOf<Sdk.Payment>().toEqualTypeOf<C["Payment"]>();
  expectTypeOf<Sdk.PaymentStatus>().toEqualTypeOf<C["PaymentStatus"]>();
  expectTypeOf<Sdk.CreatePaymentRequest>().toEqualTypeOf<C["CreatePaymentRequest"]>();
  expectTypeOf<Sdk.PaymentSucceededEvent>().toEqualTypeOf<C["PaymentSucceededEvent"]>();
  expectTypeOf<Sdk.Error>().toEqualTypeOf<C["Error"]>();
  expectTypeOf<ReturnType<Sdk.PayConnect["getPayment"]>>().toEqualTypeOf<Sdk.ApiPromise<Sdk.Payment>>();
});

test("leaving out a body that may be empty sends `{}`, which the spec accepts", async () => {
  const omittable = Object.keys(rows).filter((id) => rows[id]!.hasBody && rows[id]!.bodyRequired && emptyBodyAllowed(id));
  expect(omittable.length, "the spec has an operation whose body may be empty (createRefund)").toBeGreaterThan(0);
  for (const id of omittable) {
    const api = fakeApi(() => ({ status: 200, body: {} }));
    const time = fakeTime();
    const pc = createPayConnect({ secretKey: SECRET, fetch: api.fetch, now: time.now, sleep: time.sleep }) as unknown as Record<string, (...a: string[]) => Promise<unknown>>;
    await pc[id]!(...rows[id]!.pathParams.map(() => "pay_2Kq7XvT9mB4nR8sL"));
    expect(api.apiRequests[0]!.body, id).toBe("{}");
  }
});

