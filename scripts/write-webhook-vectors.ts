// Writes test/vectors/webhooks.json: known-answer cases for verifyWebhook. Signatures are computed here
// with node:crypto directly — an implementation independent of src/webhooks — so the vectors check the
// SDK instead of echoing it. `--check` exits 1 when the committed file differs.
import { createHmac } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isEntry, runMain, specPath } from "./lib/cli.ts";
import { type JsonObject, deref, inlineSchema, isObject, listOperations, loadSpec, requestBodySchema } from "./lib/spec.ts";

export const VECTORS_FILE = join(dirname(fileURLToPath(import.meta.url)), "../test/vectors/webhooks.json");

/** The text of test/vectors/webhooks.json for a spec, and how many cases it holds. */
export function renderWebhookVectors(spec: JsonObject): { text: string; count: number } {

  // The events are the spec's webhook examples, so a changed example or a renamed field reaches the vectors
  // through `npm run vectors` alone; the freshness test fails until it is run.
  const hooks = listOperations(spec, "webhooks").map((hook) => {
    const media = ((deref(spec, hook.operation.requestBody!) as JsonObject).content as JsonObject)["application/json"] as JsonObject;
    const examples = Object.entries(isObject(media.examples) ? media.examples : {}).map(([name, ex]) => ({
      name, value: (deref(spec, ex) as JsonObject).value as Record<string, any>,
    }));
    if (!examples.length) throw new Error(`webhook ${hook.path} has no example: add one under requestBody.content."application/json".examples`);
    return { type: hook.path, examples, schema: inlineSchema(spec, requestBodySchema(spec, hook)!.schema) as JsonObject };
  });
  const primary = hooks[0]!;
  const example = primary.examples[0]!.value;
  const objectSchema = (((primary.schema.properties as JsonObject).data as JsonObject).properties as JsonObject).object as JsonObject;
  const objectProps = Object.entries(objectSchema.properties as JsonObject) as [string, JsonObject][];
  const types = (s: JsonObject) => [s.type].flat();
  /** A free-text field of data.object: a string without pattern, format, enum, const or length limit. */
  const textField = objectProps.find(([, s]) => types(s).includes("string") && !["pattern", "format", "enum", "const", "maxLength"].some((k) => k in s))?.[0];
  /** A required integer field of data.object, to send with the wrong type. */
  const integerField = objectProps.find(([n, s]) => types(s).includes("integer") && (objectSchema.required as string[]).includes(n))?.[0];
  if (!textField || !integerField) throw new Error(`${primary.type}: data.object needs a free-text string field and a required integer field for the vectors`);

  const NOW = Date.parse(example.created_at) / 1000;
  if (!Number.isInteger(NOW)) throw new Error(`the ${primary.type} example's created_at is not an RFC 3339 time with whole seconds`);
  const OLD = "whsec_old_R3v0k3dS3cr3tV4lu3_2025";
  const NEW = "whsec_new_MZ8x2LqP0cVb7TnK4sHd9Wf";
  const OTHER = "whsec_someone_elses_secret_000000";

  const withObject = (extra: Record<string, unknown>) => JSON.stringify({ ...example, data: { ...example.data, object: { ...example.data.object, ...extra } } });
  const succeeded = JSON.stringify(example);
  /** The body with one character changed (the first digit), still valid JSON. */
  const tampered = (() => {
    const i = succeeded.search(/\d/);
    return succeeded.slice(0, i) + (succeeded[i] === "9" ? "8" : "9") + succeeded.slice(i + 1);
  })();

  function hmac(secret: string, t: number, body: Buffer): string {
    return createHmac("sha256", Buffer.from(secret, "utf8")).update(Buffer.concat([Buffer.from(`${t}.`, "utf8"), body])).digest("hex");
  }

  interface Case {
    name: string;
    body: string | Buffer;
    /** Header template: {t} is the timestamp; {sig:SECRET} the v1 signature of body at {t} with SECRET. */
    header: string | string[] | null;
    t?: number;
    secrets: string[];
    now?: number;
    toleranceSec?: number;
    expect: { ok: true; type: string } | { ok: false; reason: string };
  }

  const ok = (type: string) => ({ ok: true as const, type });
  const no = (reason: string) => ({ ok: false as const, reason });
  const pad = (n: number) => withObject({ [textField]: "x".repeat(n) });

  const cases: Case[] = [
    ...hooks.flatMap((hook) => hook.examples.map((ex): Case => ({
      name: hook.examples.length > 1 ? `${hook.type} (${ex.name})` : hook.type, body: JSON.stringify(ex.value), header: "t={t},v1={sig:NEW}", secrets: [NEW], expect: ok(hook.type),
    }))),
    { name: "an event type newer than the SDK is returned, not thrown", body: JSON.stringify({ ...example, type: `${primary.type}_from_a_newer_api`, data: { object: { id: example.data.object.id } } }), header: "t={t},v1={sig:NEW}", secrets: [NEW], expect: ok(`${primary.type}_from_a_newer_api`) },
    { name: "multibyte UTF-8 (Cyrillic) body", body: withObject({ [textField]: "Оплата заказа №42 — спасибо!" }), header: "t={t},v1={sig:NEW}", secrets: [NEW], expect: ok(primary.type) },
    { name: "emoji and astral-plane characters", body: withObject({ [textField]: "🎉💳 order 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ✓" }), header: "t={t},v1={sig:NEW}", secrets: [NEW], expect: ok(primary.type) },
    { name: "CRLF line endings in the body", body: JSON.stringify(JSON.parse(succeeded), null, 2).replace(/\n/g, "\r\n"), header: "t={t},v1={sig:NEW}", secrets: [NEW], expect: ok(primary.type) },
    { name: "a 1 MB body", body: pad(1024 * 1024), header: "t={t},v1={sig:NEW}", secrets: [NEW], expect: ok(primary.type) },
    { name: "rotation: two v1 (old and new secret), receiver has only the new", body: succeeded, header: "t={t},v1={sig:OLD},v1={sig:NEW}", secrets: [NEW], expect: ok(primary.type) },
    { name: "rotation: two v1, receiver has only the old", body: succeeded, header: "t={t},v1={sig:OLD},v1={sig:NEW}", secrets: [OLD], expect: ok(primary.type) },
    { name: "rotation: signed with old, receiver has [old, new]", body: succeeded, header: "t={t},v1={sig:OLD}", secrets: [OLD, NEW], expect: ok(primary.type) },
    { name: "rotation: signed with new, receiver has [old, new]", body: succeeded, header: "t={t},v1={sig:NEW}", secrets: [OLD, NEW], expect: ok(primary.type) },
    { name: "unknown schemes v0 and v2 are ignored", body: succeeded, header: "v0=deadbeef,t={t},v1={sig:NEW},v2=zzz", secrets: [NEW], expect: ok(primary.type) },
    { name: "whitespace around header items", body: succeeded, header: " t={t} , v1={sig:NEW} ", secrets: [NEW], expect: ok(primary.type) },
    { name: "upper-case hex signature", body: succeeded, header: "t={t},v1={SIG:NEW}", secrets: [NEW], expect: ok(primary.type) },
    { name: "v1 before t", body: succeeded, header: "v1={sig:NEW},t={t}", secrets: [NEW], expect: ok(primary.type) },
    { name: "timestamp exactly 300 s old (the edge) is accepted", body: succeeded, header: "t={t},v1={sig:NEW}", t: NOW - 300, secrets: [NEW], expect: ok(primary.type) },
    { name: "timestamp exactly 300 s ahead (the edge) is accepted", body: succeeded, header: "t={t},v1={sig:NEW}", t: NOW + 300, secrets: [NEW], expect: ok(primary.type) },
    { name: "timestamp 301 s old is rejected", body: succeeded, header: "t={t},v1={sig:NEW}", t: NOW - 301, secrets: [NEW], expect: no("timestamp_outside_tolerance") },
    { name: "timestamp 301 s ahead is rejected", body: succeeded, header: "t={t},v1={sig:NEW}", t: NOW + 301, secrets: [NEW], expect: no("timestamp_outside_tolerance") },
    { name: "a day-old replay is rejected", body: succeeded, header: "t={t},v1={sig:NEW}", t: NOW - 86_400, secrets: [NEW], expect: no("timestamp_outside_tolerance") },
    { name: "toleranceSec 600 accepts 500 s old", body: succeeded, header: "t={t},v1={sig:NEW}", t: NOW - 500, toleranceSec: 600, secrets: [NEW], expect: ok(primary.type) },
    { name: "toleranceSec 60 rejects 61 s old", body: succeeded, header: "t={t},v1={sig:NEW}", t: NOW - 61, toleranceSec: 60, secrets: [NEW], expect: no("timestamp_outside_tolerance") },
    { name: "empty header", body: succeeded, header: "", secrets: [NEW], expect: no("missing_header") },
    { name: "no header (null)", body: succeeded, header: null, secrets: [NEW], expect: no("missing_header") },
    { name: "header repeated (array value)", body: succeeded, header: ["t={t},v1={sig:NEW}", "t={t},v1={sig:NEW}"], secrets: [NEW], expect: no("malformed_header") },
    { name: "no t", body: succeeded, header: "v1={sig:NEW}", secrets: [NEW], expect: no("malformed_header") },
    { name: "no v1, only v0", body: succeeded, header: "t={t},v0={sig:NEW}", secrets: [NEW], expect: no("malformed_header") },
    { name: "duplicated t", body: succeeded, header: "t={t},t=1,v1={sig:NEW}", secrets: [NEW], expect: no("malformed_header") },
    { name: "t with leading zeros (the signed bytes would differ from the header)", body: succeeded, header: "t=00{t},v1={sig:NEW}", secrets: [NEW], expect: no("malformed_header") },
    { name: "t is not a number", body: succeeded, header: "t=yesterday,v1={sig:NEW}", secrets: [NEW], expect: no("malformed_header") },
    { name: "v1 is not 64 hex characters", body: succeeded, header: "t={t},v1=abc123", secrets: [NEW], expect: no("malformed_header") },
    { name: "garbage header", body: succeeded, header: "sha256=hello", secrets: [NEW], expect: no("malformed_header") },
    { name: "header over 4096 characters", body: succeeded, header: "t={t}," + "v0=aa,".repeat(700) + "v1={sig:NEW}", secrets: [NEW], expect: no("malformed_header") },
    { name: "wrong secret", body: succeeded, header: "t={t},v1={sig:OTHER}", secrets: [NEW], expect: no("no_valid_signature") },
    { name: "secret without its whsec_ prefix does not match", body: succeeded, header: "t={t},v1={sig:NEW}", secrets: [NEW.slice("whsec_".length)], expect: no("no_valid_signature") },
    { name: "body changed by one character", body: tampered, header: "t={t},v1={sig_of_original:NEW}", secrets: [NEW], expect: no("no_valid_signature") },
    { name: "body re-serialised (parsed and pretty-printed)", body: JSON.stringify(JSON.parse(succeeded), null, 2), header: "t={t},v1={sig_of_original:NEW}", secrets: [NEW], expect: no("no_valid_signature") },
    { name: "signature for another timestamp", body: succeeded, header: "t={t},v1={sig_at_other_t:NEW}", secrets: [NEW], expect: no("no_valid_signature") },
    { name: "a stale event with a wrong signature reports the signature", body: succeeded, header: "t={t},v1={sig:OTHER}", t: NOW - 10_000, secrets: [NEW], expect: no("no_valid_signature") },
    { name: "empty body, correctly signed", body: "", header: "t={t},v1={sig:NEW}", secrets: [NEW], expect: no("invalid_payload") },
    { name: "non-JSON body, correctly signed", body: "id=1&type=x", header: "t={t},v1={sig:NEW}", secrets: [NEW], expect: no("invalid_payload") },
    { name: "JSON array body, correctly signed", body: "[1,2,3]", header: "t={t},v1={sig:NEW}", secrets: [NEW], expect: no("invalid_payload") },
    { name: "value restrictions are strict-only: an event id far longer than the example's", body: JSON.stringify({ ...example, id: `${example.id}${"A".repeat(100)}` }), header: "t={t},v1={sig:NEW}", secrets: [NEW], expect: ok(primary.type) },
    { name: `known type with a string ${integerField}`, body: withObject({ [integerField]: String(example.data.object[integerField]) }), header: "t={t},v1={sig:NEW}", secrets: [NEW], expect: no("invalid_payload") },
    { name: "known type without data.object", body: JSON.stringify({ ...example, data: {} }), header: "t={t},v1={sig:NEW}", secrets: [NEW], expect: no("invalid_payload") },
    { name: "invalid UTF-8 bytes, correctly signed", body: Buffer.from([0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), header: "t={t},v1={sig:NEW}", secrets: [NEW], expect: no("invalid_payload") },
  ];

  const secretsByName: Record<string, string> = { OLD, NEW, OTHER };

  function render(c: Case) {
    const t = c.t ?? NOW;
    const body = Buffer.isBuffer(c.body) ? c.body : Buffer.from(c.body, "utf8");
    const original = Buffer.from(succeeded, "utf8");
    const fill = (template: string) =>
      template
        .replaceAll("{t}", String(t))
        .replace(/\{sig:(\w+)\}/g, (_, s: string) => hmac(secretsByName[s]!, t, body))
        .replace(/\{SIG:(\w+)\}/g, (_, s: string) => hmac(secretsByName[s]!, t, body).toUpperCase())
        .replace(/\{sig_of_original:(\w+)\}/g, (_, s: string) => hmac(secretsByName[s]!, t, original))
        .replace(/\{sig_at_other_t:(\w+)\}/g, (_, s: string) => hmac(secretsByName[s]!, t - 1, body));
    const header = c.header === null ? null : Array.isArray(c.header) ? c.header.map(fill) : fill(c.header);
    const big = body.length > 64 * 1024;
    return {
      name: c.name,
      // Large bodies are stored as a template ({ pad }) to keep the file small; the loader expands them.
      ...(big ? { bodyPad: { field: textField, length: (c.body as string).length - pad(0).length } } : Buffer.isBuffer(c.body) ? { bodyBase64: body.toString("base64") } : { body: c.body }),
      header,
      secrets: c.secrets,
      now: c.now ?? NOW,
      ...(c.toleranceSec !== undefined ? { toleranceSec: c.toleranceSec } : {}),
      expect: c.expect,
    };
  }

  const text = JSON.stringify({ about: "Known-answer vectors for x-payconnect-signature; written by scripts/write-webhook-vectors.ts with node:crypto.", padTemplate: pad(0), cases: cases.map(render) }, null, 2) + "\n";
  return { text, count: cases.length };
}

/** Writes the vectors (`npm run generate` calls this in-process, so the spec is read once and no second process starts). */
export function writeWebhookVectors(spec: JsonObject): void {
  const { text, count } = renderWebhookVectors(spec);
  writeFileSync(VECTORS_FILE, text);
  console.log(`wrote ${count} vectors to test/vectors/webhooks.json`);
}

if (isEntry(import.meta.url)) {
  runMain("vectors", () => {
    const spec = loadSpec(specPath());
    if (!process.argv.includes("--check")) return writeWebhookVectors(spec);
    if (readFileSync(VECTORS_FILE, "utf8") !== renderWebhookVectors(spec).text) {
      throw new Error("test/vectors/webhooks.json is stale (the spec's webhook examples or this script changed since it was written): run `npm run vectors`.");
    }
  });
}
