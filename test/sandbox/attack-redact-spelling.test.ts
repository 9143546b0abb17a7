// Hostile spellings of the sandbox's credentials in what an error answer quotes back (a Content-Type header, a
// path). Redaction must neither let a spelling through nor fail on it: a crash in the redactor turns a 4xx
// into no answer at all.
import { expect, test } from "vitest";
import { issueToken } from "../../packages/sandbox/src/api/tokens.ts";
import type { SandboxContext } from "../../packages/sandbox/src/context.ts";
import { redactCredentials } from "../../packages/sandbox/src/http/redact.ts";
import { createState } from "../../packages/sandbox/src/state.ts";
import { scrubText } from "../../src/transport/scrub.ts";
import { accessToken, useSandbox } from "./use-sandbox.ts";

const s = useSandbox();

/** `secret` with its first character written as a JSON `\uXXXX` escape, as a quoting layer may write it. */
const firstEscaped = (secret: string) => `\\u${secret.charCodeAt(0).toString(16).padStart(4, "0")}${secret.slice(1)}`;

test("an error answer quoting a credential whose first character is \\u-escaped is still an answer, redacted", async () => {
  const token = await accessToken(s.sandbox);
  for (const secret of [s.sandbox.secretKey, s.sandbox.webhookSecret, token]) {
    const res = await fetch(`${s.sandbox.url}/v1/payments`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": `text/plain; key=${firstEscaped(secret)}` },
      body: "{}",
    });
    const text = await res.text();
    expect(res.status, text).toBe(400);
    expect(text).toMatch(/"error"/);
    expect(text).not.toContain(secret.slice(1));
  }
});

// The rule the redactor must keep: every spelling the SDK's scrubber redacts when given every issued token is
// redacted, whatever else the text holds. Checked on redactCredentials directly, against scrubText itself.

const hex4 = (c: string) => c.charCodeAt(0).toString(16).padStart(4, "0");
/** The per-character spellings scrubText knows, each in upper and lower case. */
const spell = (c: string, form: number): string =>
  [c, c.toUpperCase(), `\\u${hex4(c)}`, `\\U${hex4(c).toUpperCase()}`, `%${hex4(c).slice(2)}`, `%${hex4(c).slice(2).toUpperCase()}`][form % 6]!;

test("every spelling scrubText redacts given all tokens is redacted by the redactor (no \\U, case or mix gap), and never crashes", async () => {
  const state = createState();
  const tokens = Array.from({ length: 50 }, () => issueToken(state, 0, ["payments.read"]));
  const settings = { secretKey: "sk_test_secret_1", webhookSecret: "whsec_secret_1" };
  const ctx = { state, settings } as unknown as SandboxContext;
  const all = [settings.secretKey, settings.webhookSecret, ...tokens];
  const gaps: string[] = [];
  for (let seed = 0; seed < 300; seed++) {
    // Seconds of work: the event loop is let through now and then, or the in-process sandbox's idle keep-alive
    // sockets outlive their timeout unnoticed and the next test's request meets a reset connection.
    if (seed % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
    const secret = all[seed % all.length]!;
    // One spelling per character; seeds walk through uniform spellings (all \U, all %XX, …) and mixes.
    const spelled = [...secret].map((c, i) => spell(c, seed < 6 ? seed : (seed * 7 + i * (seed % 5 + 1)) % 6)).join("");
    const body = { error: { code: "not_found", message: `No payment with id x${spelled}y.`, param: "/id" } };
    // The old rule, on the text of each string value (what a client reads once the JSON is parsed).
    const oldRedacts = scrubText(body.error.message, all) !== body.error.message;
    let out: string;
    try {
      out = JSON.stringify(redactCredentials(ctx, body));
    } catch (error) {
      gaps.push(`${spelled}: ${String(error)}`);
      continue;
    }
    if (oldRedacts && !out.includes("[redacted]")) gaps.push(spelled);
  }
  expect(gaps).toEqual([]);
});

test("a revoked token, and one issued after the clock was advanced, are redacted when an error answer quotes them", async () => {
  const revoked = await accessToken(s.sandbox);
  await fetch(`${s.sandbox.url}/_sandbox/tokens/revoke`, { method: "POST" });
  await fetch(`${s.sandbox.url}/_sandbox/clock/advance`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ seconds: 3600 }) });
  const later = await accessToken(s.sandbox);
  for (const token of [revoked, later]) {
    for (const spelled of [token, token.toUpperCase(), token.replace("_", "%5F")]) {
      const res = await fetch(`${s.sandbox.url}/v1/payments`, { method: "POST", headers: { authorization: `Bearer ${later}`, "content-type": `text/plain; t=${spelled}` }, body: "{}" });
      const text = await res.text();
      expect(res.status, text).toBe(400);
      expect(text.toLowerCase()).not.toContain(token.slice(4).toLowerCase());
    }
  }
});

// The old redactor scrubbed every token ever issued; pruned tokens are no longer known, so tokens are found by shape.
test("a token pruned after expiry is still redacted when an error answer quotes it", async () => {
  const old = await accessToken(s.sandbox);
  await fetch(`${s.sandbox.url}/_sandbox/clock/advance`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ seconds: 3 * 24 * 3600 }) });
  const fresh = await accessToken(s.sandbox); // issuing prunes the old one
  const res = await fetch(`${s.sandbox.url}/v1/${old}`, { headers: { authorization: `Bearer ${fresh}` } });
  expect(await res.text()).not.toContain(old);
});
