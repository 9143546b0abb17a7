// One replica of a merchant's webhook endpoint, as README "Running many instances" writes it (node:http instead
// of Express): verify, then createWebhookDeduplicator on the Redis store at REDIS_URL. Processing appends a line
// `<event id>` to PROCESSED_FILE (O_APPEND: one line per processing, whichever process wrote it). An event id
// listed in FAIL_FIRST fails its first processing anywhere (a marker file decides which attempt is first).
// Prints `listening <port>` once ready. Run by dedupe-processes.test.ts with `node --import tsx`.
import { appendFileSync, openSync, closeSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { redisStore } from "../../src/entry/redis.ts";
import { createWebhookDeduplicator } from "../../src/entry/state.ts";
import { verifyWebhook } from "../../src/entry/webhooks-node.ts";

const { REDIS_URL, WEBHOOK_SECRET, PROCESSED_FILE, MARKER_DIR, FAIL_FIRST = "", PROCESS_MS = "50" } = process.env;
if (!REDIS_URL || !WEBHOOK_SECRET || !PROCESSED_FILE || !MARKER_DIR) throw new Error("webhook-replica: REDIS_URL, WEBHOOK_SECRET, PROCESSED_FILE and MARKER_DIR are required");

const store = redisStore({ url: REDIS_URL });
const dedupe = createWebhookDeduplicator({ store, leaseSec: 5 });
const failFirst = new Set(FAIL_FIRST.split(",").filter(Boolean));

/** True for the first caller across processes (an exclusive create of the marker file). */
function first(name: string): boolean {
  try {
    closeSync(openSync(join(MARKER_DIR!, name), "wx"));
    return true;
  } catch {
    return false;
  }
}

async function process_(eventId: string): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, Number(PROCESS_MS)));
  if (failFirst.has(eventId) && first(`failed-${eventId}`)) throw new Error(`planted failure of ${eventId}`);
  appendFileSync(PROCESSED_FILE!, `${eventId}\n`);
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", async () => {
    let event;
    try {
      event = await verifyWebhook(Buffer.concat(chunks), req.headers["x-payconnect-signature"], WEBHOOK_SECRET);
    } catch {
      return res.writeHead(400).end();
    }
    try {
      const outcome = await dedupe.once(event.id, () => process_(event.id));
      res.writeHead(200, { "content-type": "text/plain" }).end(outcome);
    } catch (error) {
      res.writeHead(503, { "content-type": "text/plain" }).end((error as Error).name);
    }
  });
});

server.listen(0, "127.0.0.1", () => console.log(`listening ${(server.address() as AddressInfo).port}`));
process.on("SIGTERM", () => {
  server.close();
  void store.close().finally(() => process.exit(0));
});
