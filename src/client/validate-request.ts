// Local validation with the generated validators: every problem, with its JSON pointer and the API
// error code the server would have answered with (from `x-error-code` in the spec).
import type { SchemaError, ValidatorEntry } from "../../generated/validators.js";
import type { ValidationIssue } from "../errors.js";
import { escapeSegment as escape } from "../json-pointer.js";
import { errorMessage } from "../validation/messages.js";

export function findIssues(entry: ValidatorEntry | undefined, data: unknown, location: ValidationIssue["location"]): ValidationIssue[] {
  if (!entry || entry.validate(data)) return [];
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const error of entry.validate.errors ?? []) {
    // `if` only says "the then-branch failed"; the branch's own error carries the detail.
    if (error.keyword === "if") continue;
    const issue = toIssue(error, entry.errorCodes, location);
    const key = `${issue.path}\u0000${issue.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(issue);
    }
  }
  return issues;
}

function toIssue(error: SchemaError, codes: ValidatorEntry["errorCodes"], location: ValidationIssue["location"]): ValidationIssue {
  const params = error.params as { missingProperty?: string; additionalProperty?: string };
  if (error.keyword === "required" && params.missingProperty !== undefined) {
    const path = `${error.instancePath}/${escape(params.missingProperty)}`;
    // A missing field takes the code of that field's schema when it has one (missing amount → invalid_amount).
    const fieldSchema = `${error.schemaPath.replace(/\/required$/, "")}/properties/${escape(params.missingProperty)}`;
    return { location, path, code: codeFor(fieldSchema, codes), message: "is required" };
  }
  if (error.keyword === "additionalProperties" && params.additionalProperty !== undefined) {
    return {
      location,
      path: `${error.instancePath}/${escape(params.additionalProperty)}`,
      code: "invalid_request",
      message: "is not a field of this request (check the spelling)",
    };
  }
  return { location, path: error.instancePath, code: codeFor(error.schemaPath, codes), message: errorMessage(error) };
}

function codeFor(schemaPath: string, codes: ValidatorEntry["errorCodes"]): string {
  for (const [prefix, code] of codes) {
    if (schemaPath === prefix || schemaPath.startsWith(prefix + "/")) return code;
  }
  return "invalid_request";
}
