// The schema-level engine of the conformance runner: valid inputs (arbitraryFor, validExample) and inputs that
// break exactly one constraint each (violations), from any inlined JSON Schema 2020-12.
export { arbitraryFor, validExample } from "./arbitrary.ts";
export { SchemaJudge } from "./json.ts";
export { GENERIC_ERROR_CODE, type Violation, type ViolationOptions, violations } from "./violations.ts";
