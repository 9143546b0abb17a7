// A request that got no answer at all (refused, reset, timed out): said in words a person can act on.

/** Why a request got no answer, in words: a timeout, or the network error node gives (ECONNREFUSED, ECONNRESET…). */
export function noAnswer(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === "TimeoutError") return `no answer within ${timeoutMs} ms`;
  const cause = e?.cause?.message ?? e?.message ?? String(error);
  return e?.cause?.code !== undefined && !cause.includes(e.cause.code) ? `${cause} (${e.cause.code})` : cause;
}

/** A request that got no answer; the case it belongs to fails with this message. */
export class Unanswered extends Error {}
