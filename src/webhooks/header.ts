// Parsing `x-payconnect-signature: t=<unix seconds>,v1=<hex>[,v1=<hex>...]` — cheap checks first, so junk
// is rejected before any crypto.
import { WebhookVerificationError } from "../errors.js";

/** Longer than any genuine header (a timestamp and a handful of signatures); matches the spec's maxLength. */
export const MAX_HEADER_LENGTH = 4096;

const CANONICAL = /^t=(0|[1-9]\d{0,11}),v1=([0-9a-f]{64})$/;

export interface ParsedSignature {
  timestamp: number;
  /** v1 signatures, lower-case hex, 64 characters each. */
  signatures: string[];
}

export function parseSignatureHeader(received: unknown): ParsedSignature {
  // Node's IncomingHttpHeaders and some frameworks hand over a header as an array; one element is simply
  // that header (issue 10 item 14). Several are refused below: it would be open which one was meant.
  const header = Array.isArray(received) && received.length <= 1 ? received[0] : received;
  if (header === undefined || header === null || header === "") {
    throw new WebhookVerificationError("missing_header", "No x-payconnect-signature header: this request was not sent by PayConnect, or a proxy dropped the header.");
  }
  if (typeof header !== "string") {
    const what = Array.isArray(header) ? "several x-payconnect-signature headers" : `a ${typeof header} as the signature header`;
    throw new WebhookVerificationError("malformed_header", `Got ${what}; pass the one header value as a string.`);
  }
  if (header.length > MAX_HEADER_LENGTH) {
    throw new WebhookVerificationError("malformed_header", `The x-payconnect-signature header is longer than ${MAX_HEADER_LENGTH} characters.`);
  }
  // The form PayConnect sends, one timestamp and one lower-case signature, in one match: a quarter of the time
  // of the general path below, which gives the same result for it and handles every other form.
  const canonical = CANONICAL.exec(header);
  // Stryker disable next-line ConditionalExpression: a fast path; without it the general path returns the same
  if (canonical !== null) return { timestamp: Number(canonical[1]), signatures: [canonical[2]!] };
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const item of header.split(",")) {
    const eq = item.indexOf("=");
    const scheme = item.slice(0, eq).trim();
    const value = item.slice(eq + 1).trim();
    if (eq < 1 || value === "") throw malformed(`"${item.trim().slice(0, 20)}" is not a scheme=value pair`);
    if (scheme === "t") {
      // Two timestamps would leave it open which one was signed.
      if (timestamp !== undefined) throw malformed("t appears more than once");
      // Canonical decimal only: the signed bytes are "<t>." with t as PayConnect writes it, so "t=00<ts>" (or a
      // sign, exponent, fraction) would verify against a signature over other text than the header carries.
      if (!/^(?:0|[1-9]\d{0,11})$/.test(value)) throw malformed("t must be Unix seconds as a plain integer (no sign, leading zeros or exponent)");
      timestamp = Number(value);
    } else if (scheme === "v1") {
      if (!/^[0-9a-fA-F]{64}$/.test(value)) throw malformed("a v1 signature must be 64 hex characters");
      signatures.push(value.toLowerCase());
    }
    // Other schemes (v0, v2, …) are ignored: they are for other or future verifiers.
  }
  if (timestamp === undefined) throw malformed("there is no t= timestamp");
  if (signatures.length === 0) throw malformed("there is no v1= signature");
  return { timestamp, signatures };
}

function malformed(why: string): WebhookVerificationError {
  return new WebhookVerificationError(
    "malformed_header",
    `Malformed x-payconnect-signature header: ${why}. Expected t=<unix seconds>,v1=<hex>.`,
  );
}
