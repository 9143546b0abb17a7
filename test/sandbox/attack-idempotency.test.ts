// Idempotency records against a long-running sandbox: the SDK sends a key with every POST, so every record
// would otherwise stay (with its response) for the life of the process. The spec keeps a key 24 hours.
import { expect, test } from "vitest";
import { withIdempotency } from "../../packages/sandbox/src/http/idempotency.ts";
import { createState } from "../../packages/sandbox/src/state.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
const ok = () => Promise.resolve({ status: 201, body: {} });

test("records older than 24 hours are dropped as new ones come in", async () => {
  const state = createState();
  const t0 = Date.UTC(2026, 10, 30, 12);
  for (let i = 0; i < 1_000; i++) await withIdempotency(state, `key-${i}`, "fp", t0 + i, ok);
  expect(state.idempotency.size).toBe(1_000);
  await withIdempotency(state, "late", "fp", t0 + DAY_MS + 500, ok);
  expect(state.idempotency.size).toBe(500); // keys 501…999 are younger than 24 h, and "late"
  expect(state.idempotency.has("key-500")).toBe(false);
  expect(state.idempotency.has("key-501")).toBe(true);
});

test("a key reused after its record expired is kept as new, and dropped on its own new schedule", async () => {
  const state = createState();
  const t0 = Date.UTC(2026, 10, 30, 12);
  await withIdempotency(state, "a", "fp", t0, ok);
  await withIdempotency(state, "b", "fp", t0 + 1, ok);
  await withIdempotency(state, "a", "other", t0 + DAY_MS + 1, ok); // expired: a new request, not a conflict
  await withIdempotency(state, "c", "fp", t0 + DAY_MS + 2, ok);
  expect([...state.idempotency.keys()].sort()).toEqual(["a", "c"]);
  await expect(withIdempotency(state, "a", "different", t0 + DAY_MS + 3, ok)).rejects.toThrow(/different request/);
});
