// Access tokens in a long-running sandbox: dropped a day after they expire (so the store stays bounded over a
// load test), and redacted from an error answer by their shape, not by trying every issued token on it.
import { expect, test } from "vitest";
import { REMEMBERED_MS, TOKEN_LIFETIME_MS, issueToken } from "../../packages/sandbox/src/api/tokens.ts";
import type { SandboxContext } from "../../packages/sandbox/src/context.ts";
import { checkAccessToken } from "../../packages/sandbox/src/http/auth.ts";
import { redactCredentials } from "../../packages/sandbox/src/http/redact.ts";
import { NO_FAULTS } from "../../packages/sandbox/src/faults.ts";
import { createState } from "../../packages/sandbox/src/state.ts";

const SCOPE = ["payments.read", "payments.write"];
const authError = (state: ReturnType<typeof createState>, token: string, now: number) => {
  try {
    checkAccessToken({ authorization: `Bearer ${token}` }, "GET", state, now, "sk_test_x", NO_FAULTS);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
};

test("a token is refused as expired for a day after it expires, then forgotten when the next token is issued", () => {
  const state = createState();
  const first = issueToken(state, 0, SCOPE);
  expect(authError(state, first, TOKEN_LIFETIME_MS - 1)).toBeUndefined();
  const expiredAt = TOKEN_LIFETIME_MS;
  issueToken(state, expiredAt + REMEMBERED_MS - 1, SCOPE);
  expect(state.tokens.has(first)).toBe(true);
  expect(authError(state, first, expiredAt + REMEMBERED_MS - 1)).toMatch(/expired/);
  const third = issueToken(state, expiredAt + REMEMBERED_MS, SCOPE);
  expect(state.tokens.has(first)).toBe(false);
  expect(authError(state, first, expiredAt + REMEMBERED_MS)).toMatch(/not valid/);
  expect(authError(state, third, expiredAt + REMEMBERED_MS)).toBeUndefined();
});

test("a token per second for three days leaves at most two days of tokens", () => {
  const state = createState();
  const step = 60_000; // a token a minute keeps the test fast; the bound is the same rule
  const days = 3 * 24 * 60 * 60 * 1000;
  for (let now = 0; now < days; now += step) issueToken(state, now, SCOPE);
  const kept = (TOKEN_LIFETIME_MS + REMEMBERED_MS) / step;
  expect(state.tokens.size).toBeLessThanOrEqual(kept + 1);
  expect(state.tokens.size).toBeGreaterThanOrEqual(kept - 1);
});

test("an error answer quoting a token in any spelling is redacted without going through the issued tokens", () => {
  const state = createState();
  const tokens = Array.from({ length: 20_000 }, () => issueToken(state, 0, SCOPE));
  const token = tokens[12_345]!;
  // Redaction finds tokens by their shape: it never lists the issued ones.
  for (const name of ["keys", "values", "entries", "forEach", Symbol.iterator] as const) {
    Object.defineProperty(state.tokens, name, { value: () => { throw new Error(`redaction listed the tokens (${String(name)})`); } });
  }
  const ctx = { state, settings: { secretKey: "sk_test_secret_key_1", webhookSecret: "whsec_webhook_1" } } as unknown as SandboxContext;
  const escaped = [...token].map((c, i) => (i % 3 === 0 ? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}` : c)).join("");
  const spellings = [token, token.toUpperCase(), encodeURIComponent(token).replace(/[a-z]/g, (c) => `%${c.charCodeAt(0).toString(16)}`), escaped];
  for (const spelling of spellings) {
    const body = { error: { code: "not_found", message: `No payment "${spelling}" (sk_test_secret_key_1).`, param: "/payment_id" } };
    const out = JSON.stringify(redactCredentials(ctx, body));
    expect(out, spelling).toContain("[redacted]");
    expect(out.toLowerCase(), spelling).not.toContain(token.toLowerCase().slice(4));
    expect(out).not.toContain("sk_test_secret_key_1");
  }
  // Anything shaped like a token is redacted, issued or not (a pruned token is no longer known).
  const stranger = `pat_${"Q".repeat(32)}`;
  expect(JSON.stringify(redactCredentials(ctx, { error: { message: stranger } }))).not.toContain(stranger);
});
