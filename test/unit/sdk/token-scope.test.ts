// The client's `scope` option and what a scope problem says, wherever it surfaces: a scope the spec does not
// know is refused by createPayConnect (nothing sent); the token exchange refusing the scopes (seen from the
// call that needed the token) names that exchange and the option; a 403 for a missing scope says which one to
// add to the option. Scope names come from the spec's token request examples, never from a list here.
import { expect, test } from "vitest";
import { BadRequestError, PayConnectError, PermissionDeniedError, createPayConnect } from "../../../src/entry/node.js";
import { operations } from "../../../generated/operations.js";
import { SECRET, payment } from "../../helpers/fake-api.ts";
import { requestExamples, responseExamples } from "../../helpers/spec-examples.ts";
import { useFaultServer } from "../../helpers/use-fault-server.ts";

const server = useFaultServer();
/** Every scope the spec's createAccessToken examples ask for. */
const known: string[] = [...new Set(Object.values(requestExamples("createAccessToken")).flatMap((e: { scope: string }) => e.scope.split(" ")))];
/** The spec's 403 example of createPayment: the server naming the scope the call needs. */
const forbidden = Object.values(responseExamples("createPayment", "403"))[0] as { error: { code: string; message: string; docs_url: string } };
const needed = known.find((s) => forbidden.error.message.includes(s))!;

const client = (extra: object = {}) => createPayConnect({ secretKey: SECRET, baseUrl: server.baseUrl, ...extra });
const envelope = (error: object) => JSON.stringify({ error: { docs_url: "https://docs.payconnect.com/errors#x", ...error } });

test("the spec's examples name at least two scopes, one of them in its 403 example", () => {
  expect(known.length).toBeGreaterThanOrEqual(2);
  expect(needed).toBeDefined();
});

// The operation authenticated with the secret key: the token exchange, whose request's `scope` lists the names.
const tokenOperation = Object.entries(operations).find(([, op]) => op.auth === "secretKey")![0];
const refusal = (scope: string[]) => {
  try {
    client({ scope });
  } catch (e) {
    expect(e).toBeInstanceOf(PayConnectError);
    return (e as Error).message;
  }
  throw new Error(`${JSON.stringify(scope)} was accepted`);
};

test("a scope-like name the spec does not know is refused by createPayConnect, quoted, saying where the valid ones are", () => {
  const typo = `${known[0]!.split(".")[0]}.writes`; // a plausible mistake, shaped like a scope
  const message = refusal([known[0]!, typo]);
  expect(message).toBe(
    `createPayConnect: \`scope[1]\` (${JSON.stringify(typo)}) is not a scope the API documents: the valid names are in the description of the \`scope\` field of ${tokenOperation}'s request in the API reference`,
  );
  expect(message).not.toContain("validateRequests"); // turning the check off only moves the refusal to the server
  expect(server.tokenRequests).toHaveLength(0);
});

test("an entry that does not look like a scope name (a pasted key, a long text) is named by index only", () => {
  for (const bad of [SECRET, `${known[0]}.${"x".repeat(40)}`, "Payments.Read", "payments"]) {
    const message = refusal([known[0]!, bad]);
    expect(message).toMatch(/^createPayConnect: `scope\[1\]` is not a scope the API documents: /);
    expect(message).not.toContain(bad);
  }
  expect(server.tokenRequests).toHaveLength(0);
});

test("one entry holding several names (the token request's space-separated form) is refused, saying to split it", () => {
  const message = refusal([known.join(" ")]);
  expect(message).toBe(`createPayConnect: \`scope[0]\` holds several names separated by spaces: pass one name per entry, e.g. ${JSON.stringify(known)}`);
  // Words that do not look like scope names (a pasted key) are not shown.
  const pasted = refusal([known[0]!, `Bearer ${SECRET}`]);
  expect(pasted).toBe("createPayConnect: `scope[1]` holds several names separated by spaces: pass one name per entry");
});

test("every scope the spec knows, alone or together, is accepted", () => {
  for (const scope of [...known.map((s) => [s]), known]) expect(() => client({ scope })).not.toThrow();
});

test("validateRequests: false lets a scope the spec does not know through to the server", async () => {
  server.tokenFaults.push({ kind: "raw", status: 400, headers: { "content-type": "application/json" }, body: envelope({ code: "invalid_request", message: "Unknown scope.", param: "/scope" }) });
  const pc = client({ scope: ["payments.future"], validateRequests: false });
  try {
    await expect(pc.getPayment(payment.id)).rejects.toBeInstanceOf(BadRequestError);
    expect(JSON.parse(server.tokenRequests[0]!.body)).toEqual({ scope: "payments.future" });
  } finally {
    pc.close();
  }
});

test("a 400 from the token exchange, seen from getPayment, names the exchange and the scope option", async () => {
  const said = "The scope payments.write is not enabled for this account.";
  server.tokenFaults.push({ kind: "raw", status: 400, headers: { "content-type": "application/json", "x-request-id": "req_tok" }, body: envelope({ code: "invalid_request", message: said, param: "/scope" }) });
  const pc = client({ scope: known });
  try {
    const error = (await pc.getPayment(payment.id).catch((e: unknown) => e)) as BadRequestError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect([error.status, error.code, error.param, error.requestId]).toEqual([400, "invalid_request", "/scope", "req_tok"]);
    expect(error.message).toContain(said);
    expect(error.message).toContain(`createAccessToken, POST ${server.tokenRequests[0]!.url}`);
    expect(error.message).toContain(`the \`scope\` option of createPayConnect`);
    expect(error.message).toContain(JSON.stringify(known));
    expect(error.message).not.toContain(SECRET);
    expect(error.message.split("request id")).toHaveLength(2);
    expect(server.requests).toHaveLength(0);
  } finally {
    pc.close();
  }
});

test("a 403 naming a scope the client did not ask for says to add it to the scope option", async () => {
  const others = known.filter((s) => s !== needed);
  server.faults.push({ kind: "raw", status: 403, headers: { "content-type": "application/json", "x-request-id": "req_403" }, body: JSON.stringify(forbidden) });
  const pc = client({ scope: others });
  try {
    const error = (await pc.getPayment(payment.id).catch((e: unknown) => e)) as PermissionDeniedError;
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect([error.status, error.code, error.requestId]).toEqual([403, forbidden.error.code, "req_403"]);
    expect(error.message).toContain(forbidden.error.message);
    expect(error.message).toContain(`Add ${JSON.stringify(needed)} to the \`scope\` option of createPayConnect`);
    expect(error.message).toContain(JSON.stringify(others));
  } finally {
    pc.close();
  }
});

test.each([
  ["names no scope", "Forbidden.", known.slice(0, 1)],
  ["names a scope the client already asks for", forbidden.error.message, known],
])("a 403 that %s still points at the scope option", async (_what, message, scope) => {
  server.faults.push({ kind: "raw", status: 403, headers: { "content-type": "application/json" }, body: envelope({ code: "forbidden", message }) });
  const pc = client({ scope });
  try {
    const error = (await pc.getPayment(payment.id).catch((e: unknown) => e)) as PermissionDeniedError;
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error.message).toContain(message);
    expect(error.message).toContain("the `scope` option of createPayConnect");
    expect(error.message).not.toMatch(/\bAdd "/);
  } finally {
    pc.close();
  }
});

test.each([
  ["invalid_request without a param: names the option", 400, { code: "invalid_request", message: "Bad scope." }, true],
  ["another code pointing at /scope: names the option", 422, { code: "invalid_scope", message: "Bad scope.", param: "/scope" }, true],
  ["a proxy's 400 page (no PayConnect envelope): says nothing of the option", 400, undefined, false],
])("a token-exchange error, %s", async (_what, status, error, named) => {
  server.tokenFaults.push({ kind: "raw", status, headers: { "content-type": error ? "application/json" : "text/html" }, body: error ? envelope(error) : "<html>Bad request</html>" });
  const pc = client({ maxRetries: 0 });
  try {
    const message = ((await pc.getPayment(payment.id).catch((e: unknown) => e)) as Error).message;
    expect(message.includes("the `scope` option of createPayConnect")).toBe(named);
    expect(message).toContain("createAccessToken");
  } finally {
    pc.close();
  }
});

test("a 403 that is not PayConnect's forbidden (a proxy's page) says nothing of scopes", async () => {
  server.faults.push({ kind: "raw", status: 403, headers: { "content-type": "text/html" }, body: "<html>Access denied by policy</html>" });
  const pc = client();
  try {
    const error = (await pc.getPayment(payment.id).catch((e: unknown) => e)) as PermissionDeniedError;
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error.message).not.toMatch(/scope/);
  } finally {
    pc.close();
  }
});
