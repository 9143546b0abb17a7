// `<runtime> test/vectors/cli.mjs <entry module>`: runs every vector against that entry's verifyWebhook and
// prints one JSON line { runtime, passed, failed, failures }. Used for Bun and Deno.
import { runVectors, summary } from "./run-vectors.mjs";

const args = globalThis.Deno ? Deno.args : globalThis.process.argv.slice(2);
const entry = new URL(args[0], `file://${globalThis.Deno ? Deno.cwd() : process.cwd()}/`).href;
const vectorsUrl = new URL("./webhooks.json", import.meta.url);
const file = globalThis.Deno
  ? JSON.parse(await Deno.readTextFile(vectorsUrl))
  : JSON.parse(await (await import("node:fs/promises")).readFile(vectorsUrl, "utf8"));
const { verifyWebhook } = await import(entry);
const runtime = globalThis.Bun ? `bun ${Bun.version}` : globalThis.Deno ? `deno ${Deno.version.deno}` : `node ${process.version}`;
console.log(JSON.stringify({ runtime, ...summary(await runVectors(verifyWebhook, file)) }));
