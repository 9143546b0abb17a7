// The format checks the generated validators import (src/validation/formats.ts, copied from ajv-formats so a
// bundle holds only what the spec uses) answer exactly as ajv-formats' own, on generated inputs.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { fastFormats, fullFormats } from "ajv-formats/dist/formats.js";
import { type FormatCheck, predicate } from "../../helpers/format-predicate.ts";


import * as formatModule from "../../../src/validation/formats.ts";

const runtime = Object.fromEntries(Object.entries(formatModule).filter(([, v]) => typeof v === "function")) as Record<string, FormatCheck>;

const NUMERIC = new Set(["int32", "int64"]);
const strings = fc.oneof(
  fc.string(),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9+.-]{0,6}:[/]{0,2}[^\s]{0,20}$/),
  fc.stringMatching(/^\d{4}-[01]\d-[0-3]\d[tT ]([0-2]\d:[0-5]\d:[0-6]\d)(\.\d{1,4})?([zZ]|[+-][0-2]\d(:?[0-6]\d)?)?$/),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom("2024-02-29T00:00:00Z", "2023-02-29T00:00:00Z", "1990-12-31T23:59:60Z", "1990-12-31T15:59:60-08:00",
    "1990-12-31T23:59:60+01:00", "2026-11-29T12:00:00", "2026-11-29 12:00:00Z", "https://[::1]:8080/a?b#c", "a:b", "//x", ""),
);
const numbers = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(2 ** 31, 2 ** 31 - 1, -(2 ** 31), -(2 ** 31) - 1, 2 ** 53, -0, 0.5));

const checks = Object.entries(runtime).map(([name, check]) => {
  const [mode, ...rest] = name.split("_");
  return { name, mode: mode as "full" | "fast", format: rest.join("-"), check };
});

describe("src/validation/formats.ts", () => {
  test("holds checks, each named <full|fast>_<format>", () => {
    expect(checks.length).toBeGreaterThan(0);
    for (const c of checks) expect(["full", "fast"], c.name).toContain(c.mode);
  });

  test.each(checks)("$name answers as ajv-formats' $mode $format", ({ mode, format, check }) => {
    const reference = (mode === "full" ? fullFormats : fastFormats)[format as keyof typeof fullFormats] as FormatCheck | undefined;
    expect(reference, `ajv-formats has a ${mode} ${format}`).toBeDefined();
    const ours = predicate(check);
    const theirs = predicate(reference!);
    fc.assert(fc.property(NUMERIC.has(format) ? numbers : strings, (value) => ours(value) === theirs(value)), { numRuns: 2000 });
  });
});
