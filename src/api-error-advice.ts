// One way to add what to do to an ApiError the SDK already built (the token exchange's refusal seen from the call
// that needed it, a 403's missing scope, an idempotency key to retry with): the same class, status, code, param,
// details and headers, with the advice after the server's explanation.
import { ApiError } from "./errors.js";

export function withAdvice(error: ApiError, advice: string): ApiError {
  const Class = error.constructor as new (...args: ConstructorParameters<typeof ApiError>) => ApiError;
  const message = `${error.explanation.replace(/\.?$/, ".")} ${advice}`;
  return new Class(error.status, { code: error.code, message, param: error.param, docs_url: error.docsUrl, details: error.details }, error.headers);
}
