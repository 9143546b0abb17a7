// Primitives for Bun, Deno, Workers and browsers: the global fetch.
import { fetchTransport } from "../transport/fetch-transport.js";
import type { Platform } from "../client/create-client.js";

export const webPlatform: Platform = {
  name: "web",
  defaultTransport: () => fetchTransport((input, init) => globalThis.fetch(input, init)),
};
