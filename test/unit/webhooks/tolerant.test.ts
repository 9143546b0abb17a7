// Tolerant readers (issue 9 item 3): a correctly signed event that changed in a way the spec calls
// non-breaking is returned; `strict: true` rejects it; real defects are rejected either way. Every event is
// a spec example, mutated.
import { describe, expect, expectTypeOf, test } from "vitest";
import type { components } from "../../../src/entry/node.js";
import * as node from "../../../src/entry/webhooks-node.js";
import * as web from "../../../src/entry/webhooks-web.js";
import { NOW, SECRET, type SpecEvent, places, setAt, sign, specEvents, verifySigned } from "./spec-events.ts";

const events = specEvents();
const growable = (e: SpecEvent) => places(e.schema, e.event).filter((p) => p.schema["x-growable-enum"] === true && typeof p.value === "string");
/** Objects with declared fields (not maps such as metadata, whose extra keys are data, not new fields). */
const objects = (e: SpecEvent) =>
  places(e.schema, e.event).filter((p) => p.value !== null && typeof p.value === "object" && !Array.isArray(p.value) && typeof p.schema.additionalProperties !== "object");

test("the spec's examples reach every kind of change tested here", () => {
  expect(events.length).toBeGreaterThan(0);
  expect(events.flatMap(growable).length).toBeGreaterThan(0);
});

describe.each([
  ["node:crypto", node],
  ["Web Crypto", web],
])("%s", (_name, impl) => {
  const verify = (event: unknown, strict?: boolean) => verifySigned(impl, event, strict);

  test.each(events.map((e) => [e.name, e] as const))("%s: a new optional field on every object is returned", async (_n, e) => {
    for (const place of objects(e)) {
      const changed = setAt(e.event, [...place.path, "field_from_a_newer_api"], { nested: true });
      await expect(verify(changed)).resolves.toEqual(changed);
      // Strict mode rejects it exactly where the spec closes the object.
      const closed = place.schema.additionalProperties === false;
      if (closed) await expect(verify(changed, true)).rejects.toMatchObject({ reason: "invalid_payload" });
      else await expect(verify(changed, true)).resolves.toEqual(changed);
    }
  });

  test.each(events.map((e) => [e.name, e] as const))("%s: a new value of every growable enum is returned; strict rejects it", async (_n, e) => {
    for (const place of growable(e)) {
      const fresh = `${String(place.value)}_from_a_newer_api`;
      const changed = setAt(e.event, place.path, fresh);
      await expect(verify(changed)).resolves.toEqual(changed);
      const error = await verify(changed, true).catch((err: unknown) => err);
      expect(error).toMatchObject({ name: "WebhookVerificationError", reason: "invalid_payload" });
      expect((error as Error).message).toContain("/" + place.path.join("/"));
    }
  });

  test.each(events.map((e) => [e.name, e] as const))("%s: a missing required field or a wrong type is still invalid_payload", async (_n, e) => {
    let checked = 0;
    for (const place of places(e.schema, e.event)) {
      const required = Array.isArray(place.schema.required) ? place.schema.required.map(String) : [];
      for (const name of required) {
        for (const strict of [false, true]) {
          await expect(verify(setAt(e.event, [...place.path, name], undefined), strict)).rejects.toMatchObject({ reason: "invalid_payload" });
          checked++;
        }
      }
      // A wrong type: a number where the spec says string, a string where it says number or object.
      const type = [place.schema.type].flat();
      if (place.path.length > 0 && place.value !== null && !type.includes("null") && type[0] !== undefined) {
        const wrong = typeof place.value === "string" ? 12345 : "a string";
        await expect(verify(setAt(e.event, place.path, wrong))).rejects.toMatchObject({ reason: "invalid_payload" });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  test("strict must be a boolean", async () => {
    const body = JSON.stringify(events[0]!.event);
    await expect(impl.verifyWebhook(body, sign(body), SECRET, { now: NOW, strict: "yes" as never })).rejects.toThrow(/strict must be true or false/);
  });
});

type PaymentStatus = components["schemas"]["PaymentStatus"];
/** The literal members of a growable enum's type: what autocompletes and what a `case` narrows to. */
type Known<T> = T extends unknown ? (string extends T ? never : T) : never;

test("an unknown status comes back from verifyWebhook, typed so that known values still narrow", async () => {
  const e = events.find((ev) => growable(ev).some((p) => p.path.at(-1) === "status"))!;
  const status = growable(e).find((p) => p.path.at(-1) === "status")!;
  const changed = setAt(e.event, status.path, "on_hold_from_a_newer_api");
  const body = JSON.stringify(changed);
  const event = await node.verifyWebhook(body, sign(body), SECRET, { now: NOW });
  expect(event).toEqual(changed);
  if (event.type === "payment.succeeded" || event.type === "payment.failed" || event.type === "payment.refunded") {
    const value = event.data.object.status;
    expectTypeOf(value).toEqualTypeOf<PaymentStatus>();
    expectTypeOf<"on_hold_from_a_newer_api">().toMatchTypeOf<PaymentStatus>(); // unknown values type-check
    expectTypeOf<Known<PaymentStatus>>().not.toBeNever(); // the known values are kept, not widened to string
    expectTypeOf<PaymentStatus>().not.toEqualTypeOf<string>();
    switch (value) {
      case "succeeded":
        expectTypeOf<Known<typeof value>>().toEqualTypeOf<"succeeded">();
        break;
      case "failed":
        expectTypeOf<Known<typeof value>>().toEqualTypeOf<"failed">();
        break;
      default:
        // A value newer than the SDK lands here, as a string.
        expectTypeOf(value).toMatchTypeOf<string>();
        expect(value).toBe("on_hold_from_a_newer_api");
    }
  } else {
    expect.unreachable(`${String(event.type)} has a status in the spec's example`);
  }
});
