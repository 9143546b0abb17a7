// A signed event whose body has very many members that each break the schema: refused, and the time grows with the
// body's size, not faster. A ratio of two sizes in one run, with room for a busy machine; out of the mutation
// runs (vitest.mutation.config.ts), where coverage instrumentation and a second worker make timings meaningless.
import { expect, test } from "vitest";
import { WebhookVerificationError } from "../../../src/entry/webhooks-node.js";
import { specEvents } from "../webhooks/spec-events.ts";
import { deliver } from "./deliver.ts";

const json = JSON.stringify(specEvents()[0]!.event);

test("many members each breaking the schema: refused, in time linear in the body's size", async () => {
  // data.object.metadata holds strings; each number member is one error (every mode collects every error).
  const body = (bytes: number) => {
    const members = Array.from({ length: Math.ceil(bytes / 12) }, (_, i) => `"m${i}":${i}`).join(",");
    return json.replace('"metadata":{', `"metadata":{${members},`);
  };
  const fastest = async (text: string) => {
    let best = Infinity;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      expect(await deliver(text, false)).toBeInstanceOf(WebhookVerificationError);
      best = Math.min(best, performance.now() - started);
    }
    return best;
  };
  const small = body(64 * 1024);
  const large = body(1024 * 1024);
  const [t64, t1024] = [await fastest(small), await fastest(large)];
  // 16 times the bytes: linear work takes about 16 times as long, quadratic 256 times. Room for a busy machine.
  expect(t1024 / Math.max(t64, 1)).toBeLessThan(64);
}, 60_000);
