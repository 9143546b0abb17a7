// Access tokens: issued for 24 hours (sandbox clock), remembered a day past expiry so a client still hears
// "expired" rather than "not valid", then dropped. Every token has the same lifetime and the clock only moves
// forward, so the map is in expiry order and the dropped ones are always at its front: a long run or a load
// test that asks for a token per call keeps at most two days of tokens, and issuing stays O(1) amortised.
import type { SandboxState } from "../state.ts";
import { newId } from "../ids.ts";

export const TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** How long a token is remembered after it expires. */
export const REMEMBERED_MS = 24 * 60 * 60 * 1000;
const PREFIX = "pat_";
const LENGTH = 32;
/** A token's shape (`newId`'s alphabet), in any case (the scrubber's match of a literal ignores case). */
const SHAPE = new RegExp(`${PREFIX}[a-z0-9]{${LENGTH}}`, "gi");

export function issueToken(state: SandboxState, now: number, scope: string[]): string {
  for (const [old, record] of state.tokens) {
    if (record.expiresAt + REMEMBERED_MS > now) break;
    state.tokens.delete(old);
  }
  const token = newId(PREFIX, LENGTH);
  state.tokens.set(token, { scope, expiresAt: now + TOKEN_LIFETIME_MS, revoked: false });
  state.tokensIssued++;
  return token;
}

/**
 * Every token-shaped string in `text`, in any spelling src/transport/scrub.ts redacts (each character literal,
 * `\uXXXX` or `%XX`, any case: the scrubber's pattern is case-insensitive, `\U0070` included), decoded.
 * Issued or not, live or long pruned: no answer has a reason to quote one, and finding them by shape costs the
 * same with a hundred thousand tokens issued as with one (trying every issued token on every answer did not).
 */
export function tokensIn(text: string): string[] {
  const plain = text
    .replace(/\\+u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return [...new Set(Array.from(plain.matchAll(SHAPE), ([candidate]) => candidate))];
}
