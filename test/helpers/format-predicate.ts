// ajv-formats' checks as plain predicates: a format there is a function, a RegExp, or { validate, type }.
// The oracle that src/validation/formats.ts is held to (formats.test.ts, format-corpus.test.ts).

export type FormatCheck = ((value: never) => boolean) | RegExp | { validate: ((value: never) => boolean) | RegExp; type?: string };

export function predicate(check: FormatCheck): (value: unknown) => boolean {
  const inner = typeof check === "object" && !(check instanceof RegExp) ? check.validate : check;
  return (value) => (inner instanceof RegExp ? inner.test(value as string) : (inner as (v: unknown) => boolean)(value));
}
