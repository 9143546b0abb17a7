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

test("an address in any script, or on a dotless host, is masked whole in plain text", () => {
  const { lines, logger } = recorder();
  const log = createLog(logger, "debug", (text) => text);
  log("info", "account of renée.dupont@example.fr, owner jürgen@müller.de, admin ops@payments-intranet", { to: "δοκιμή@παράδειγμα.δοκιμή" });
  expect(lines).toEqual([["info", "[payconnect] account of [email], owner [email], admin [email]", { to: "[email]" }]]);
});

test("an address with an internationalised domain, percent-encoded in a query, is masked whole", () => {
  const { lines, logger } = recorder();
  const log = createLog(logger, "debug", (text) => text);
  const query = new URLSearchParams({ customer_email: "max@müller.de", limit: "2" }).toString();
  log("debug", `GET /v1/payments?customer_email=${encodeURIComponent("max@müller.de")}&limit=2`, { path: `/v1/payments?${query}` });
  expect(lines).toEqual([["debug", "[payconnect] GET /v1/payments?customer_email=[email]&limit=2", { path: "/v1/payments?customer_email=[email]&limit=2" }]]);
});

test("control characters are escaped visibly and long text is cut, saying how much, after the credentials are redacted whole", () => {
  const { lines, logger } = recorder();
  const secret = "sk_test_straddling_the_cut";
  const log = createLog(logger, "debug", (text) => text.replaceAll(secret, "[redacted]"));
  // The credential starts 10 characters before the field's cut: redacted on the whole text, it cannot half survive.
  const field = `${"f".repeat(990)}${secret}${"g".repeat(5000)}`;
  log("error", `a\r\nb\t\u0000\u001b\u007f\u0085\u2028\u2029${"m".repeat(3000)}`, { code: field, attempts: 3 });
  const [[, message, fields]] = lines as [[string, string, { code: string; attempts: number }]];
  expect(message.startsWith("[payconnect] a\\r\\nb\\t\\x00\\x1b\\x7f\\x85\\u2028\\u2029mmm")).toBe(true);
  expect(message).toMatch(/^\[payconnect\] [^…]{2000}…\[\+1036 chars\]$/); // 3 011 characters, 11 escaped into 36: 1 975 shown, 1 036 not
  expect(fields.attempts).toBe(3);
  expect(fields.code).toBe(`${"f".repeat(990)}[redacted]…[+5000 chars]`);
  expect(fields.code).not.toContain("sk_test");
});

test("a cut never splits a surrogate pair, and text within the bound is untouched", () => {
  const { lines, logger } = recorder();
  const log = createLog(logger, "debug", (text) => text);
  log("info", "short", { code: `${"x".repeat(999)}😀tail`, ok: `${"y".repeat(1000)}` });
  const fields = lines[0]![2] as Record<string, string>;
  expect(fields.code).toBe(`${"x".repeat(999)}…[+6 chars]`);
  expect(fields.ok).toBe("y".repeat(1000));
});
