// What a caller reads for a schema error. The checker's own messages stay ajv's word for word (the differential
// tests hold it to ajv); where ajv's says too little to act on, the message shown is built here from the
// error's params, which carry the schema's own values.
import type { SchemaError } from "./check-context.js";

/** Allowed values listed in full up to this many; a longer list is cut, saying how many more there are. */
export const MAX_LISTED_VALUES = 10;

/** "must be one of "a", "b", "c"", the values as JSON (an enum may hold numbers or null). */
export function enumMessage(values: readonly unknown[]): string {
  const listed = values.slice(0, MAX_LISTED_VALUES).map((v) => JSON.stringify(v)).join(", ");
  const more = values.length - MAX_LISTED_VALUES;
  return `must be one of ${listed}${more > 0 ? ` …and ${more} more` : ""}`;
}

/** The message to show for `error`: ajv's, or a more useful one built from its params. */
export function errorMessage(error: SchemaError): string {
  const allowed = error.params.allowedValues;
  if (error.keyword === "enum" && Array.isArray(allowed)) return enumMessage(allowed);
  return error.message ?? error.keyword;
}
