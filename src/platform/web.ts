// Primitives for Bun, Deno, Workers and browsers: the global fetch.
import { PayConnectError } from "../errors.js";
import { fetchTransport } from "../transport/fetch-transport.js";
import type { Platform } from "../client/create-client.js";

export const webPlatform: Platform = {
  name: "web",
  defaultTransport({ httpAgent }) {
    if (httpAgent) throw new PayConnectError("createPayConnect: `httpAgent` works on Node only; pass a `fetch` that uses your proxy");
    return fetchTransport((input, init) => globalThis.fetch(input, init));
  },
};
