// Webhook verifications per second for 1 KB and 64 KB bodies: the SDK (node:crypto and Web Crypto paths)
// against the floor (hand-written node:crypto HMAC + timingSafeEqual) and stripe-node and standardwebhooks,
// in one run, as ratios to HMAC + JSON.parse. Also the min+gzip size of the webhooks-only import. Writes bench/results-webhooks.md.
import { createHmac, timingSafeEqual } from "node:crypto";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import Stripe from "stripe";
import { Webhook } from "standardwebhooks";
import * as nodeEntry from "../dist/src/entry/webhooks-node.js";
import * as webEntry from "../dist/src/entry/webhooks-web.js";
import { freeTextField, webhookExample, webhookSchema, webhookTypes } from "../test/helpers/spec-examples.ts";
import { type Candidate, measure, table } from "./lib.ts";

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes("--quick");
const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const now = Math.floor(Date.now() / 1000);
const stripe = new Stripe("sk_test_x");

/** The spec's first webhook example, its free-text field padded so the body is `size` bytes. */
function eventOf(size: number): string {
  const [type] = webhookTypes();
  const base = webhookExample(type!);
  const field = freeTextField(webhookSchema(type!).properties.data.properties.object);
  base.data.object[field] = "";
  const empty = Buffer.byteLength(JSON.stringify(base));
  base.data.object[field] = "x".repeat(Math.max(0, size - empty));
  return JSON.stringify(base);
}

const sections: string[] = [];
for (const size of [1024, 64 * 1024]) {
  const body = eventOf(size);
  const buffer = Buffer.from(body);
  const header = await nodeEntry.signWebhook(body, secret, { timestamp: now });
  const sig = header.split("v1=")[1]!;
  const stripeHeader = stripe.webhooks.generateTestHeaderString({ payload: body, secret, timestamp: now });
  // standardwebhooks keys are base64 after "whsec_"; its own signing keeps the comparison fair.
  const swSecret = "whsec_" + Buffer.from(secret).toString("base64");
  const sw = new Webhook(swSecret);
  const swHeaders = { "webhook-id": "msg_1", "webhook-timestamp": String(now), "webhook-signature": sw.sign("msg_1", new Date(now * 1000), body) };

  const candidates: Candidate[] = [
    { name: "floor (node:crypto HMAC + timingSafeEqual)", run: () => {
      const expected = createHmac("sha256", secret).update(`${now}.`).update(buffer).digest();
      if (!timingSafeEqual(expected, Buffer.from(sig, "hex"))) throw new Error("floor mismatch");
    } },
    // What any verifier that returns the event must also do: the honest floor for verifyWebhook.
    { name: "floor + JSON.parse", run: () => {
      const expected = createHmac("sha256", secret).update(`${now}.`).update(buffer).digest();
      if (!timingSafeEqual(expected, Buffer.from(sig, "hex"))) throw new Error("floor mismatch");
      return JSON.parse(buffer.toString("utf8"));
    } },
    { name: "SDK verifyWebhook (node:crypto)", run: () => nodeEntry.verifyWebhook(buffer, header, secret, { now }) },
    { name: "SDK verifyWebhook (Web Crypto)", run: () => webEntry.verifyWebhook(buffer, header, secret, { now }) },
    { name: "stripe-node constructEvent", run: () => stripe.webhooks.constructEvent(buffer, stripeHeader, secret) },
    { name: "stripe-node constructEventAsync", run: () => stripe.webhooks.constructEventAsync(buffer, stripeHeader, secret) },
    { name: "standardwebhooks verify", run: () => sw.verify(body, swHeaders) },
  ];
  const ops = quick ? 500 : size > 2048 ? 2_000 : 20_000;
  const results = await measure(candidates, { rounds: quick ? 3 : 7, ops, warmup: Math.min(ops, 2_000) });
  // The ratio is to HMAC + JSON.parse: what any verifier that returns a parsed event must do (issue 13's floor).
  sections.push(table(`${size / 1024} KB body`, results, results[1]!.name, "µs/verify", true));
}

async function minGzip(entry: string): Promise<number> {
  const out = await build({ entryPoints: [join(here, "..", entry)], bundle: true, minify: true, format: "esm", platform: "neutral", mainFields: ["module", "main"], write: false,
    external: ["node:*"], logLevel: "silent" });
  return gzipSync(out.outputFiles[0]!.contents, { level: 9 }).length;
}
const validators = await minGzip("dist/generated/webhook-validators.js");
const sizes = [
  ["@payconnect/sdk/webhooks (web), all", await minGzip("dist/src/entry/webhooks-web.js")],
  ["@payconnect/sdk/webhooks (node), all", await minGzip("dist/src/entry/webhooks-node.js")],
  ["generated event validators alone", validators],
  ["standardwebhooks", await minGzip("node_modules/standardwebhooks/dist/index.js")],
] as const;

const report = [
  `## Webhook verification (Node ${process.version}; median of interleaved rounds)`,
  "",
  ...sections,
  "### Import size (esbuild --minify, gzip -9)",
  "",
  "| module | bytes | without the generated validators |",
  "| --- | ---: | ---: |",
  ...sizes.map(([name, bytes]) => `| ${name} | ${bytes} | ${name.startsWith("@payconnect") ? bytes - validators : "—"} |`),
  "",
].join("\n");
console.log(report);
if (!quick) writeFileSync(join(here, "results-webhooks.md"), report);
