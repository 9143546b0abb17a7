// Odd Retry-After values against the runner's reading of it (seconds or an IMF-fixdate, as the SDK reads it):
// dates in the past, far in the future, in lower case, values joined by a proxy. Each wait stays between 1 s and
// the cap, and a date in the future is waited out until then (capped), never read as "retry at once".
import { expect, test } from "vitest";
import { runConformance } from "../../../packages/sandbox/src/index.ts";
import { hostileServer, oneRequest, sandboxStatus, secretKey, withTokens } from "./attack-server.ts";

const inSeconds = (s: number) => new Date(Math.ceil(Date.now() / 1000) * 1000 + s * 1000).toUTCString();

/** The clock advance (seconds) the runner makes for one 429 carrying `retryAfter` (a string or repeated headers). */
async function waitFor(retryAfter: string | string[]): Promise<number[]> {
  const advanced: number[] = [];
  let api = 0;
  const server = await hostileServer(withTokens((req, res) => {
    if (req.url === "/_sandbox/status") return void res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(sandboxStatus));
    if (req.url === "/_sandbox/clock/advance") {
      advanced.push((JSON.parse(req.body) as { seconds: number }).seconds);
      return void res.writeHead(200, { "content-type": "application/json" }).end("{}");
    }
    res.setHeader("retry-after", retryAfter);
    res.writeHead(api++ < 1 ? 429 : 404, { "content-type": "application/json" }).end("{}");
  }));
  try {
    await runConformance({ baseUrl: server.url, secretKey, seed: 1, replay: oneRequest }).catch(() => undefined);
    return advanced;
  } finally {
    await server.close();
  }
}

test("odd Retry-After values: one wait each, between 1 s and the cap; a future date is waited until then", async () => {
  const cases: [string, string | string[], number, number][] = [
    ["a date in the past", "Thu, 01 Jan 1970 00:00:00 GMT", 1, 1],
    ["the year 9999", "Fri, 31 Dec 9999 23:59:59 GMT", 65, 65],
    ["a date 30 s ahead", inSeconds(30), 28, 31],
    ["a date 30 s ahead, lower case", inSeconds(30).toLowerCase(), 1, 31],
    ["seconds joined by a proxy", "7, 7", 1, 7],
    ["dates joined by a proxy", `${inSeconds(20)}, ${inSeconds(20)}`, 1, 21],
    ["repeated headers", ["7", "7"], 1, 7],
    ["the 31st of February", inSeconds(30).replace(/^\w+, \d\d \w+/, "Sat, 31 Feb"), 1, 65],
    ["a leading zero run", "0000000000000000000000000005", 5, 5],
    ["seconds past 2^53", "9".repeat(400), 65, 65],
  ];
  for (const [what, value, min, max] of cases) {
    const advanced = await waitFor(value);
    expect(advanced.length, what).toBe(1);
    expect(advanced[0]! >= min && advanced[0]! <= max, `${what}: waited ${advanced[0]} s`).toBe(true);
  }
}, 30_000);

test("the rate-limit check accepts delay seconds and HTTP dates, and names a malformed Retry-After as such", async () => {
  const verdict = async (retryAfter: string | undefined) => {
    let calls = 0;
    const server = await hostileServer(withTokens((_req, res) => {
      const first = calls++ === 0;
      if (!first && retryAfter !== undefined) res.setHeader("retry-after", retryAfter);
      res.writeHead(first ? 404 : 429, { "content-type": "application/json", "x-ratelimit-remaining": "0" }).end("{}");
    }));
    try {
      const report = await runConformance({ baseUrl: server.url, secretKey, seed: 1, replay: "cross-cutting/rate-limit" });
      return report.cases.flatMap((c) => c.failures).filter((f) => f.check === "rate_limit").map((f) => f.message).join("\n");
    } finally {
      await server.close();
    }
  };
  for (const good of ["0", "120", inSeconds(30), "Thu, 01 Jan 1970 00:00:00 GMT"]) expect(await verdict(good), good).toBe("");
  for (const bad of ["", "1.5", "0x10", "1e3", "-1", "soon"]) expect(await verdict(bad), bad).toMatch(/neither delay seconds \(digits\) nor an HTTP date/);
  expect(await verdict(undefined)).toMatch(/429 without a Retry-After header/);
}, 60_000);
