// The raw request body, as bytes or text, exactly as received. A parsed object cannot be verified: its
// bytes (whitespace, key order, escapes) are gone.
import { PayConnectError } from "../errors.js";

/** The body as received: text, or bytes as any ArrayBuffer view (Buffer, Uint8Array, DataView, …) or ArrayBuffer. */
export type RawBody = string | ArrayBufferView | ArrayBuffer;

// ArrayBuffer.prototype.byteLength's getter throws for anything but a real ArrayBuffer, from any realm: a brand
// check that neither `instanceof` (false across realms) nor Symbol.toStringTag (spoofable) gives.
const arrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength")!.get!;

function isArrayBuffer(value: unknown): value is ArrayBuffer {
  try {
    arrayBufferByteLength.call(value);
    return true;
  } catch {
    return false;
  }
}

export function toRawBody(body: unknown, fn: string): string | Uint8Array {
  if (typeof body === "string") return body;
  // Not `instanceof`: a Buffer or Uint8Array made in another realm (a node:vm context, a Jest-style sandbox,
  // an iframe) fails it and would be mistaken for a parsed object. ArrayBuffer.isView works across realms;
  // the view's own bytes are used, wherever they sit in its buffer.
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  if (isArrayBuffer(body)) return new Uint8Array(body);
  const got = body === null ? "null" : body === undefined ? "undefined" : typeof body === "object" ? "a parsed object" : typeof body;
  throw new PayConnectError(
    `${fn}: got ${got} as the body. Pass the raw request body (string, Buffer/Uint8Array or ArrayBuffer), not parsed JSON: ` +
      `in Express use express.raw({ type: "application/json" }) on the webhook route; with fetch-style requests use await request.arrayBuffer().` +
      (body === undefined || (typeof body === "object" && body !== null && Object.keys(body).length === 0)
        ? " Already there? Then the Content-Type was not application/json."
        : ""),
  );
}

// ignoreBOM keeps a leading BOM in the text, so bytes and the same body as a string decode alike.
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * The body as the JSON text to parse: UTF-8 decoded, without one leading byte order mark. The signature is
 * over the exact bytes, BOM included; only the parse skips it, the same for bytes and strings (issue 10 item 14).
 */
export function bodyText(body: string | Uint8Array): string {
  const text = typeof body === "string" ? body : decoder.decode(body);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
