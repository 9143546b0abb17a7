// generated/schema.ts: TypeScript types for paths, webhooks, components and operations.
import openapiTS, { NULL, astToString, tsLiteral, tsUnion } from "openapi-typescript";
import ts from "typescript";
import type { JsonObject } from "../lib/spec.ts";

export async function renderTypes(spec: JsonObject, banner: string): Promise<string> {
  const ast = await openapiTS(structuredClone(spec) as never, {
    // A known trap: with `true`, fields that have a default become required in responses *and* requests.
    defaultNonNullable: false,
    rootTypes: true,
    // `Record<string, never>` for empty objects keeps `{}` from accepting anything.
    emptyObjectsUnknown: false,
    transform: growableEnum,
  });
  return banner + "\n" + astToString(ast);
}

/**
 * `x-growable-enum: true` → the known values plus an open member: `"pending" | "succeeded" | (string & {})`.
 * The literals keep autocompletion and `case` checks; `string & {}` (not `string`, which would swallow the
 * literals) lets a value newer than the SDK type-check. Only the types open up: request validators keep `enum`.
 */
export function growableEnum(schema: { enum?: unknown[]; type?: unknown; "x-growable-enum"?: unknown }): ts.TypeNode | undefined {
  if (schema["x-growable-enum"] !== true || !Array.isArray(schema.enum)) return undefined;
  const values = schema.enum.filter((v) => v !== null);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const open = new Set(values.map((v) => (typeof v === "number" ? "number" : "string")));
  const members: ts.TypeNode[] = values.map((v) => tsLiteral(v));
  for (const base of [...open].sort()) {
    const keyword = base === "number" ? ts.SyntaxKind.NumberKeyword : ts.SyntaxKind.StringKeyword;
    members.push(
      ts.factory.createParenthesizedType(
        ts.factory.createIntersectionTypeNode([ts.factory.createKeywordTypeNode(keyword), ts.factory.createTypeLiteralNode([])]),
      ),
    );
  }
  if (schema.enum.includes(null) || types.includes("null")) members.push(NULL);
  return tsUnion(members);
}
