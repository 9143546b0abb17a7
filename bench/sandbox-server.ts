// The sandbox for bench/sandbox.ts, in its own process like Prism (the machine has 2 cores: one client, one
// server). Sends its URL and key to the parent; stops when the parent disconnects.
import { startSandbox } from "../packages/sandbox/src/index.ts";

// The documented 100 requests per minute would turn the benchmark into a 429 benchmark.
const sandbox = await startSandbox({ port: 0, rateLimit: 2 ** 31 - 1 });
process.send?.({ url: sandbox.url, secretKey: sandbox.secretKey });
process.on("disconnect", () => void sandbox.close().then(() => process.exit(0)));
