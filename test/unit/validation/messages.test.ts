// errorMessage: ajv's message, except for an enum, whose allowed values (the schema's own, from the error's
// params) are listed; an error without a message shows its keyword. Rules of src/validation/messages.ts.
import { expect, test } from "vitest";
import { MAX_LISTED_VALUES, enumMessage, errorMessage } from "../../../src/validation/messages.ts";

const error = (keyword: string, params: Record<string, unknown>, message?: string) => ({ instancePath: "/a", schemaPath: "#/a", keyword, params, ...(message === undefined ? {} : { message }) });

test("an enum error lists the allowed values", () => {
  expect(errorMessage(error("enum", { allowedValues: ["a", 1, null] }, "must be equal to one of the allowed values"))).toBe('must be one of "a", 1, null');
});

test("another keyword with allowedValues in its params keeps its own message", () => {
  expect(errorMessage(error("knownValues", { allowedValues: ["a"] }, "must be one of the values listed in the spec (strict mode)"))).toBe("must be one of the values listed in the spec (strict mode)");
});

test("an enum error without a list of values keeps its own message", () => {
  expect(errorMessage(error("enum", { allowedValues: "a" }, "must be equal to one of the allowed values"))).toBe("must be equal to one of the allowed values");
});

test("an error without a message shows its keyword", () => {
  expect(errorMessage(error("closedProperties", {}))).toBe("closedProperties");
});

test(`more than ${MAX_LISTED_VALUES} values: the first ${MAX_LISTED_VALUES}, then how many more`, () => {
  const values = Array.from({ length: MAX_LISTED_VALUES + 3 }, (_, i) => `v${i}`);
  expect(enumMessage(values)).toBe(`must be one of ${values.slice(0, MAX_LISTED_VALUES).map((v) => JSON.stringify(v)).join(", ")} …and 3 more`);
  expect(enumMessage(values.slice(0, MAX_LISTED_VALUES))).not.toMatch(/more/);
});
