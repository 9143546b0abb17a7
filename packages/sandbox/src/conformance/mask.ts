// The runner's credentials as the report must never show them: the secret key and every access token a response
// carried are replaced by their names wherever they occur — in request and response headers, bodies, URLs, parsed
// JSON and the messages built from them — since a hostile or broken server may echo them anywhere.
import type { Exchange } from "./http.ts";

export class Masker {
  readonly #tokens = new Set<string>();

  constructor(readonly secretKey: string) {}

  /** A token to mask from now on (the runner's own, and any a response carried). */
  add(token: string): void {
    if (token.length > 0) this.#tokens.add(token);
  }

  text(text: string): string {
    let out = text.replaceAll(this.secretKey, "<the secret key>");
    for (const token of this.#tokens) out = out.replaceAll(token, "<an access token>");
    return out;
  }

  /** Headers with the Authorization credential named, not shown. */
  headers(headers: Record<string, string>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(headers)) out[k] = k.toLowerCase() === "authorization" ? this.#authorization(v) : this.text(v);
    return out;
  }

  /**
   * An exchange as a report may keep it: URL, headers and bodies masked with every credential known now, and the
   * parsed body read again from the masked text (not walked: a hostile body may nest deeper than the stack).
   */
  exchange(ex: Exchange): Exchange {
    const body = this.text(ex.response.body);
    let json: unknown;
    try {
      json = body === "" ? undefined : JSON.parse(body);
    } catch {
      json = undefined;
    }
    return {
      request: { ...ex.request, url: this.text(ex.request.url), headers: this.headers(ex.request.headers), ...(ex.request.body === undefined ? {} : { body: this.text(ex.request.body) }) },
      response: { status: ex.response.status, headers: this.headers(ex.response.headers), body, json },
      ms: ex.ms,
    };
  }

  #authorization(value: string): string {
    const credential = value.replace(/^Bearer\s+/i, "");
    if (credential === this.secretKey) return "Bearer <the secret key>";
    if (this.#tokens.has(credential)) return "Bearer <an access token>";
    return `Bearer ${this.text(credential)}`;
  }
}
