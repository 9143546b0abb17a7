// Transport over any WHATWG `fetch` (the default outside Node, and whenever the `fetch` option is given).
// The body is read chunk by chunk so a response over MAX_RESPONSE_BYTES is cut off, not buffered whole.
import { MAX_RESPONSE_BYTES } from "./limits.js";
import { redirected, tooLarge } from "./too-large.js";
import type { Transport } from "./types.js";

export function fetchTransport(fetchImpl: typeof globalThis.fetch): Transport {
  return async ({ method, url, headers, body, abort }) => {
    const signal = abort.signal; // fetch takes a real AbortSignal: made here, not per call on node:http
    // Never follow: the API never redirects, and a followed redirect would carry the request (and, across
    // origins in some fetches, the Authorization header) elsewhere. node:http does not follow either.
    const response = await fetchImpl(url, { method, headers, body, signal, redirect: "manual" });
    // Browsers hide a manual redirect's status and Location ("opaqueredirect", status 0).
    if (response.type === "opaqueredirect") throw redirected(method, url);
    const out: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      out[name.toLowerCase()] = value;
    });
    if (!response.body) return { status: response.status, headers: out, body: "" };
    const reader = response.body.getReader();
    const fail = async () => {
      await reader.cancel().catch(() => {}); // stop the download; the rest is never read
      throw tooLarge(method, url, response.status, out);
    };
    if (Number(out["content-length"]) > MAX_RESPONSE_BYTES) return fail();
    const decoder = new TextDecoder();
    let text = "";
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_RESPONSE_BYTES) return fail();
      text += decoder.decode(value, { stream: true });
    }
    return { status: response.status, headers: out, body: text + decoder.decode() };
  };
}
