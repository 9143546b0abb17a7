// The signature header PayConnect sends (one `t`, one lower-case `v1`) is read by a one-match path; every other
// spelling takes the general path. Both must agree: the canonical header parses to the same result as the same
// content spelled any other accepted way, and near-canonical text (a leading zero, a 13-digit or signed
// timestamp, 63 or 65 hex digits, a stray character) is refused as it was before the one-match path existed.
import fc from "fast-check";
import { expect, test } from "vitest";
import { parseSignatureHeader } from "../../../src/webhooks/header.js";

const timestamp = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 999_999_999_999 }));
const hex = fc.stringMatching(/^[0-9a-f]{64}$/);
const refusal = (header: string) => {
  try {
    parseSignatureHeader(header);
    return undefined;
  } catch (error) {
    return (error as { reason?: string }).reason;
  }
};

test("the canonical header parses as the same content spelled other ways (spaces, upper case, an ignored scheme)", () => {
  fc.assert(
    fc.property(timestamp, hex, fc.constantFrom(" ", "  ", "\t"), (t, sig, space) => {
      const canonical = parseSignatureHeader(`t=${t},v1=${sig}`);
      expect(canonical).toEqual({ timestamp: t, signatures: [sig] });
      for (const other of [
        `${space}t=${t},v1=${sig}`,
        `t=${t},v1=${sig}${space}`,
        `t = ${t} , v1 = ${sig}`,
        `t=${t},v1=${sig.toUpperCase()}`,
        `v1=${sig},t=${t}`,
        `t=${t},v0=x,v1=${sig}`,
        [`t=${t},v1=${sig}`],
      ]) expect(parseSignatureHeader(other), String(other)).toEqual(canonical);
    }),
    { numRuns: 200 },
  );
});

test("near-canonical headers are refused as malformed", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), hex, (t, sig) => {
      for (const bad of [
        `t=0${t},v1=${sig}`,
        `t=+${t},v1=${sig}`,
        `t=-${t},v1=${sig}`,
        `t=1${String(t).padStart(12, "0")},v1=${sig}`,
        `t=${t},v1=${sig.slice(1)}`,
        `t=${t},v1=${sig}0`,
        `t=${t},v1=${sig.slice(1)}g`,
        `t=${t}.5,v1=${sig}`,
        `t=${t},v1=${sig},t=${t}`,
        `t=${t % 9 + 1}x,v1=${sig}`,
        `t=${t},v1=${sig.slice(0, 1)}`,
        `t=${t},v1=${"z".repeat(64)}`,
      ]) expect(refusal(bad), bad).toBe("malformed_header");
    }),
    { numRuns: 100 },
  );
});
