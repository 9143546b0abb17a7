// The log function itself: which levels pass at each logLevel, and that an email address is masked whole in
// messages and string fields. Written against mutants a Stryker run of src/ left alive.
import { expect, test } from "vitest";
import { type LogLevel, createLog, logProblem } from "../../../src/transport/log.js";

const order: Exclude<LogLevel, "off">[] = ["error", "warn", "info", "debug"];

function recorder() {
  const lines: [string, string, unknown][] = [];
  const at = (level: string) => (message: string, fields?: unknown) => lines.push([level, message, fields]);
  return { lines, logger: { error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") } };
}

test.each<LogLevel>(["off", ...order])("logLevel %s passes exactly the levels up to it, each to its own method", (logLevel) => {
  expect(logProblem(undefined, logLevel)).toBeUndefined();
  const { lines, logger } = recorder();
  const log = createLog(logger, logLevel, (text) => text);
  for (const level of order) log(level, `a ${level} line`);
  const expected = order.slice(0, order.indexOf(logLevel as never) + 1);
  expect(lines.map(([level, message]) => [level, message])).toEqual(expected.map((level) => [level, `[payconnect] a ${level} line`]));
});

test("an email address is masked whole, plain or percent-encoded, in the message and in string fields", () => {
  const { lines, logger } = recorder();
  const log = createLog(logger, "debug", (text) => text);
  log("info", "sent to first.last+tag@mail.example.co.uk; query customer_email=x-y%40sub.example.org&limit=2", { to: "a_b@c-d.example.com", attempt: 2 });
  expect(lines).toEqual([["info", "[payconnect] sent to [email]; query customer_email=[email]&limit=2", { to: "[email]", attempt: 2 }]]);
});

// RFC 5322 atext: letters, digits, !#$%&'*+/=?^_`{|}~- and dots between them.
test.each(["john*doe", "o'brien", "a!b#c$d%e&f", "x+y=z?w^v", "{tag}|pipe~", "back`tick", "slash/local", "a.b-c_d"])(
  "an address with the local part %s is masked whole, plain and percent-encoded as a query sends it",
  (local) => {
    const { lines, logger } = recorder();
    const log = createLog(logger, "debug", (text) => text);
    const address = `${local}@example.com`;
    const query = new URLSearchParams({ customer_email: address, limit: "2" }).toString();
    log("info", `customer ${address} failed`, { path: `/v1/payments?${query}` });
    expect(lines).toEqual([["info", "[payconnect] customer [email] failed", { path: "/v1/payments?customer_email=[email]&limit=2" }]]);
  },
);

test("a path with a percent-encoded address in its query keeps its path and other parameters", () => {
  const { lines, logger } = recorder();
  const log = createLog(logger, "debug", (text) => text);
  log("debug", "GET /v1/payments?status=paid&customer_email=j*d%40example.com&limit=2 → HTTP 200");
  expect(lines[0]![1]).toBe("[payconnect] GET /v1/payments?status=paid&customer_email=[email]&limit=2 → HTTP 200");
});
