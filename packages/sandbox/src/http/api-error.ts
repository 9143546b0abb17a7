// An API error as the spec's envelope carries it: `{ error: { code, message, param?, docs_url } }`, with
// the status the spec documents for that code (generated/server-table.ts).
import { errorStatus } from "../../../../generated/server-table.ts";

/** Where the spec's error examples point `docs_url`. */
const DOCS = "https://docs.payconnect.com/errors#";

export class ApiFailure extends Error {
  readonly code: string;
  readonly param: string | undefined;
  readonly headers: Record<string, string>;

  constructor(code: string, message: string, param?: string, headers: Record<string, string> = {}) {
    super(message);
    this.code = code;
    this.param = param;
    this.headers = headers;
  }

  get status(): number {
    const status = errorStatus[this.code];
    if (status === undefined) throw new Error(`the sandbox used error code ${this.code}, which openapi.yaml documents with no status`);
    return status;
  }

  get body(): { error: { code: string; message: string; param?: string; docs_url: string } } {
    return { error: { code: this.code, message: this.message, ...(this.param !== undefined ? { param: this.param } : {}), docs_url: DOCS + this.code } };
  }
}

export const notFound = (what: string, id: string, param: string) => new ApiFailure("not_found", `No ${what} with id ${id}.`, param);
