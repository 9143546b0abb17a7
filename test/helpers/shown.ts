// Everything a log line, a bug report or an error tracker could show of an error: util.inspect with hidden
// properties at any depth, String(), JSON.stringify, and an ApiError's headers and request id.
import { inspect } from "node:util";

export function everythingShown(error: unknown): string {
  const e = error as { headers?: unknown; requestId?: unknown };
  return [inspect(error, { depth: Infinity, showHidden: true }), String(error), JSON.stringify(error), JSON.stringify(e?.headers), String(e?.requestId)].join("\n");
}
