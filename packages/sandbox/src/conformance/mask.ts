// The runner's credentials as the report must never show them: the secret key and every access token a response
// carried are replaced by their names wherever they occur — in request and response headers, bodies, URLs, parsed
// JSON and the messages built from them — since a hostile or broken server may echo them anywhere.
export class Masker {
  readonly #tokens = new Set<string>();

  constructor(readonly secretKey: string) {}

  /** A token to mask from now on (the runner's own, and any a response carried). */
  add(token: string): void {
    if (token.length > 0) this.#tokens.add(token);
  }

  has(token: string): boolean {
    return this.#tokens.has(token);
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

  /** Every string in `value` (objects and arrays walked, keys too) masked. */
  deep<T>(value: T): T {
    if (typeof value === "string") return this.text(value) as T;
    if (Array.isArray(value)) return value.map((v) => this.deep(v)) as T;
    if (typeof value !== "object" || value === null) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.text(k), this.deep(v)])) as T;
  }

  #authorization(value: string): string {
    const credential = value.replace(/^Bearer\s+/i, "");
    if (credential === this.secretKey) return "Bearer <the secret key>";
    if (this.#tokens.has(credential)) return "Bearer <an access token>";
    return `Bearer ${this.text(credential)}`;
  }
}
