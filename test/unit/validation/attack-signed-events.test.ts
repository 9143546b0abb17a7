// Signed but hostile events through verifyWebhook: keys and types that name Object.prototype members, deep
// nesting. The answer is an event or a WebhookVerificationError (never another exception), and Object.prototype
// is untouched (linear-time.test.ts: bodies with very many members that each break the schema). Events are the
// spec's examples, signed with node:crypto.
import { describe, expect, test } from "vitest";
import { WebhookVerificationError } from "../../../src/entry/webhooks-node.js";
import { specEvents } from "../webhooks/spec-events.ts";
import { deliver } from "./deliver.ts";

const example = specEvents()[0]!.event;
const json = JSON.stringify(example);


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
