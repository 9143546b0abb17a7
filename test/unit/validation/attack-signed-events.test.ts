// Signed but hostile events through verifyWebhook: keys and types that name Object.prototype members, deep
// nesting, and bodies with very many members that each break the schema. The answer is an event or a
// WebhookVerificationError (never another exception), Object.prototype is untouched, and the time grows with
// the body's size, not faster. Events are the spec's examples, signed with node:crypto.
import { describe, expect, test } from "vitest";
import * as node from "../../../src/entry/webhooks-node.js";
import { WebhookVerificationError } from "../../../src/entry/webhooks-node.js";
import { NOW, SECRET, sign, specEvents } from "../webhooks/spec-events.ts";

const example = specEvents()[0]!.event;
const json = JSON.stringify(example);

/** Verifies `body` as a correctly signed delivery; an event, or the WebhookVerificationError it was refused with. */
async function deliver(body: string, strict: boolean): Promise<unknown> {
  try {
    return await node.verifyWebhook(body, sign(body), SECRET, { now: NOW, strict });
  } catch (error) {
    if (error instanceof WebhookVerificationError) return error;
    throw error;
  }
}

/** `json` with `member` ("name":value) added first to every object in it. */
const everywhere = (member: string) => json.replace(/\{/g, `{${member},`);

describe.each([false, true])("strict %s", (strict) => {
  test.each([
    ['"__proto__":"polluted"'],
    ['"__proto__":{"polluted":1}'],
    ['"constructor":"x"'],
    ['"constructor":{"prototype":{"polluted":1}}'],
    ['"toString":"x"'],
    ['"hasOwnProperty":"x"'],
    ['"a/b~c":"x"'],
  ])("%s in every object: an event or a refusal, Object.prototype untouched", async (member) => {
    const outcome = await deliver(everywhere(member), strict);
    expect((({}) as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
    // A new string member is a new optional field (and a valid metadata entry): the tolerant reader takes it,
    // as an own property of a plain object.
    if (!strict && member.endsWith('"x"')) expect(outcome).not.toBeInstanceOf(WebhookVerificationError);
    if (!(outcome instanceof WebhookVerificationError)) {
      expect(Object.getPrototypeOf(outcome)).toBe(Object.prototype);
      expect(Object.getPrototypeOf((outcome as { data: object }).data)).toBe(Object.prototype);
    }
  });

  test.each(["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", ""])("type %j: checked as an envelope", async (type) => {
    const outcome = await deliver(JSON.stringify({ ...example, type }), strict);
    // An empty type is no event type; any other is one this SDK does not know, its envelope intact.
    if (type === "") expect(outcome).toBeInstanceOf(WebhookVerificationError);
    else expect(outcome).toMatchObject({ type, id: example.id });
  });

  test("nesting 150 000 levels deep under data.object: an answer, not a stack overflow", async () => {
    const depth = 150_000;
    const body = json.replace('"data":{"object":{', `"data":{"object":{"deep":${'{"a":'.repeat(depth)}1${"}".repeat(depth)},`);
    const outcome = await deliver(body, strict);
    expect(outcome instanceof WebhookVerificationError || (outcome as { data?: unknown }).data !== undefined).toBe(true);
  });
});

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
