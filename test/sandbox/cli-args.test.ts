// The command line refuses an option given twice unless it takes a list (--forward-to, --fault): the last value
// winning in silence hid a rotation rehearsal's first --webhook-secret (trial round 5).
import { expect, test } from "vitest";
import { UsageError, parse } from "../../packages/sandbox/src/cli/args.ts";

test.each([
  ["--webhook-secret", "whsec_aaaaaaaaaaaa", "whsec_bbbbbbbbbbbb"],
  ["--port", "1", "2"],
  ["--sandbox", "http://127.0.0.1:1", "http://127.0.0.1:2"],
])("%s given twice is a usage error naming it, not the last one winning", (flag, a, b) => {
  for (const argv of [["sandbox", flag, a, flag, b], ["sandbox", `${flag}=${a}`, flag, b]]) {
    expect(() => parse(argv)).toThrow(UsageError);
    expect(() => parse(argv)).toThrow(new RegExp(`^${flag} is given 2 times: it takes one value`));
  }
});

test("options that take a list may repeat", () => {
  const { values } = parse(["sandbox", "--forward-to", "http://127.0.0.1:1/a", "--forward-to", "http://127.0.0.1:2/b", "--fault", "no-auth", "--fault", "no-auth"]);
  expect(values["forward-to"]).toHaveLength(2);
  expect(values.fault).toHaveLength(2);
});

test("a boolean flag given twice is refused too", () => {
  expect(() => parse(["conformance", "--skip-rate-limit", "--skip-rate-limit"])).toThrow(/^--skip-rate-limit is given 2 times/);
});
