// Node primitives: node:http keep-alive transport.
import { nodeHttpTransport } from "../transport/node-http-transport.js";
import type { Platform } from "../client/create-client.js";

export const nodePlatform: Platform = { name: "node", defaultTransport: nodeHttpTransport };
