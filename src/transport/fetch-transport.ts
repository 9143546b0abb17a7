// Transport over any WHATWG `fetch` (the default outside Node, and whenever the `fetch` option is given).
import type { Transport } from "./types.js";

export function fetchTransport(fetchImpl: typeof globalThis.fetch): Transport {
  return async ({ method, url, headers, body, signal }) => {
    const response = await fetchImpl(url, { method, headers, body, signal });
    const out: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      out[name.toLowerCase()] = value;
    });
    return { status: response.status, headers: out, body: await response.text() };
  };
}
