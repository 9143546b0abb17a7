// What a hostile or broken server puts in an error body reaches the log lines (the error code, a failed
// token exchange's message): it must not be able to forge a line with CR/LF or flood the log with megabytes.
// And a customer's email is masked whole whatever its script: internationalised, dotless, percent-encoded.
// Over a real server on 127.0.0.1 that answers what an attacker would.
import { expect, test } from "vitest";
import { createPayConnect } from "../../../src/entry/node.js";
import { SECRET, payment } from "../../helpers/fake-api.ts";
import { useFaultServer } from "../../helpers/use-fault-server.ts";

const server = useFaultServer();
type Line = { level: string; message: string; fields: Record<string, unknown> };
function capture() {
  const lines: Line[] = [];
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) => lines.push({ level, message, fields: fields ?? {} });
  return { lines, logger: { error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") } };
}
// validateRequests off: the format check refuses a non-ASCII address, and a merchant may well turn it off.
const client = (logger: object) =>
  createPayConnect({ secretKey: SECRET, baseUrl: server.baseUrl, logger: logger as never, logLevel: "debug", sleep: async () => {}, validateRequests: false });
/** Every string a logger got: no control character, line separator or NEL, and none longer than a screenful or two. */
function expectBounded(lines: Line[]) {
  for (const line of lines) {
    for (const text of [line.message, ...Object.values(line.fields).filter((v) => typeof v === "string")] as string[]) {
      // Booleans, not the text: a failure must not print megabytes.
      expect(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(text), `a control character in ${JSON.stringify(text.slice(0, 200))}`).toBe(false);
      expect(text.length, JSON.stringify(text.slice(0, 200))).toBeLessThan(2_100);
    }
  }
}
const forged = "\r\n[payconnect] forged: refund re_1 succeeded\u2028\u0085\u001b[2J";

test("an error code with CR/LF and megabytes: the error line's code is escaped visibly and cut, saying how much", async () => {
  const { lines, logger } = capture();
  const sent = `not_found${forged}${"B".repeat(3e6)}`;
  server.faults.push({ kind: "status", status: 404, code: sent });
  await expect(client(logger).getPayment(payment.id)).rejects.toMatchObject({ status: 404 });
  const error = lines.find((l) => l.level === "error")!;
  const code = String(error.fields.code);
  expect(/^not_found\\r\\n\[payconnect\] forged: refund re_1 succeeded\\u2028\\x85\\x1b\[2JB+…\[\+\d+ chars\]$/.test(code), code.slice(0, 200)).toBe(true);
  // The count is of the characters not shown: with the shown ones (each escape one character) they make the code sent.
  const [suffix, cut] = code.match(/…\[\+(\d+) chars\]$/)!;
  const shown = code.slice(0, -suffix.length);
  expect(shown.length).toBeLessThanOrEqual(1_000);
  const escapes = shown.match(/\\(?:[rnt]|x[0-9a-f]{2}|u[0-9a-f]{4})/g) ?? [];
  expect(shown.length - escapes.join("").length + escapes.length + Number(cut)).toBe(sent.length);
  expectBounded(lines);
});

test("a failed token exchange's message with CR/LF and megabytes: escaped and cut in the error line's message", async () => {
  const { lines, logger } = capture();
  const message = `bad request${forged}${"M".repeat(2e6)}`;
  server.tokenFaults.push({ kind: "raw", status: 400, headers: { "content-type": "application/json" }, body: JSON.stringify({ error: { code: "invalid_request", message } }) });
  await expect(client(logger).getPayment(payment.id)).rejects.toMatchObject({ status: 400 });
  const errors = lines.filter((l) => l.level === "error");
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.some((l) => l.message.includes("bad request\\r\\n[payconnect] forged")), errors.map((l) => l.message.slice(0, 300)).join("\n")).toBe(true);
  expect(errors.some((l) => /…\[\+\d+ chars\]/.test(l.message))).toBe(true);
  expectBounded(lines);
});

test.each([
  ["renée.dupont@example.fr", "an accented local part"],
  ["jürgen@müller.de", "an internationalised domain"],
  ["ops@payments-intranet", "a dotless domain"],
  ["max@müller.de", "an internationalised domain, percent-encoded in the query"],
])("%s (%s) is masked whole in the debug lines of a listPayments", async (address) => {
  const { lines, logger } = capture();
  await client(logger).listPayments({ customer_email: address } as never);
  expect(server.requests.at(-1)!.url).toContain(encodeURIComponent(address)); // sent as is, only not logged
  const all = JSON.stringify(lines);
  expect(lines.some((l) => JSON.stringify(l.fields).includes("customer_email=[email]"))).toBe(true);
  for (const part of [address, encodeURIComponent(address), address.split("@")[1]!, encodeURIComponent(address.split("@")[1]!)]) {
    expect(all).not.toContain(part);
  }
});
