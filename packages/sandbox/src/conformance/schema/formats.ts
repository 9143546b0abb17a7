// Short values for the formats the spec uses (and a few more), each checked against ajv-formats' "full" mode,
// the mode the SDK's request validators use. Short on purpose: every value is sent to a rate-limited server.
import fc from "fast-check";
import type { SchemaJudge } from "./json.ts";

const label = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);

const generators: Record<string, () => fc.Arbitrary<string>> = {
  email: () => fc.oneof(
    fc.tuple(fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,9}$/), label, fc.constantFrom("com", "example", "ru")).map(([user, host, tld]) => `${user}@${host}.${tld}`),
    fc.emailAddress({ size: "xsmall" }),
  ),
  uri: () => fc.oneof(
    fc.tuple(fc.constantFrom("https", "http"), label, fc.array(label, { maxLength: 3 })).map(([scheme, host, path]) => `${scheme}://${host}.example/${path.join("/")}`),
    fc.webUrl({ size: "xsmall", withQueryParameters: true, withFragments: true }),
  ),
  "date-time": () => instant().map((d) => d.toISOString()),
  date: () => instant().map((d) => d.toISOString().slice(0, 10)),
  time: () => instant().map((d) => d.toISOString().slice(11)),
  uuid: () => fc.uuid(),
  hostname: () => fc.domain({ size: "xsmall" }),
  ipv4: () => fc.ipV4(),
  ipv6: () => fc.ipV6(),
};

function instant(): fc.Arbitrary<Date> {
  return fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true });
}

/** Strings of `format`, or undefined for a format this module does not know (ajv then ignores it too). */
export function formatArbitrary(format: string, judge: SchemaJudge): fc.Arbitrary<string> | undefined {
  const make = generators[format];
  if (make === undefined) return undefined;
  let arb = made.get(format);
  if (arb === undefined) made.set(format, (arb = make()));
  const schema = { type: "string", format };
  return arb.filter((s) => judge.valid(schema, s));
}

/** Arbitraries are immutable: each format's is built once (fast-check's URL and e-mail ones take milliseconds). */
const made = new Map<string, fc.Arbitrary<string>>();

/** A fixed, readable value per format (for validExample), checked by the caller. */
export const FORMAT_EXAMPLES: Record<string, string> = {
  email: "customer@example.com",
  uri: "https://shop.example/orders/1",
  "date-time": "2025-01-01T00:00:00Z",
  date: "2025-01-01",
  time: "12:00:00Z",
  uuid: "5f0c8a4e-2b7d-4c1a-9e3f-6d8b0a2c4e1f",
  hostname: "shop.example",
  ipv4: "192.0.2.1",
  ipv6: "2001:db8::1",
};
