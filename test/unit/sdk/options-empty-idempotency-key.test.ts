// An empty or whitespace-only Idempotency-Key is no key: sent on an operation that takes one it would be
// retried as if it protected the call; sent on one that does not, it is a mistake the server would judge.
// Every operation of the generated table refuses it, in any spelling, whatever validateRequests says, with a
// ValidationError saying what to do — and nothing reaches the (real, 127.0.0.1) server.
import { describe, expect, test } from "vitest";
import { ValidationError, createPayConnect, operations } from "../../../src/entry/node.js";
import { SECRET } from "../../helpers/fake-api.ts";
import { useFaultServer } from "../../helpers/use-fault-server.ts";

const server = useFaultServer();
const sent = () => server.requests.length + server.tokenRequests.length;

type Call = (...args: unknown[]) => Promise<unknown>;
function call(operationId: string, options: object, validateRequests: boolean) {
  const row = operations[operationId as keyof typeof operations];
  const pc = createPayConnect({ secretKey: SECRET, baseUrl: server.baseUrl, validateRequests, maxRetries: 0 }) as unknown as Record<string, Call>;
  const args = [...row.pathParams.map(() => "x_1"), ...(row.hasBody ? [{}] : []), ...(row.hasQuery ? [{}] : []), options];
  return pc[operationId]!(...args).then(() => undefined, (e: unknown) => e).finally(() => (pc.close as () => void)());
}

const ids = Object.keys(operations);
const spellings = ["Idempotency-Key", "idempotency-key", "IDEMPOTENCY-KEY"];
const blanks = ["", " ", "\t", "   "];

test("the table has operations with and without a key (else this file checks half of nothing)", () => {
  const rows = Object.values(operations);
  expect(rows.some((row) => row.idempotent)).toBe(true);
  expect(rows.some((row) => !row.idempotent)).toBe(true);
});

describe.each(ids)("%s", (operationId) => {
  test("without a bad key, the call reaches the server (so the counts below can fail)", async () => {
    await call(operationId, {}, false);
    expect(sent()).toBeGreaterThan(0);
  });

  test.each([true, false])("a blank Idempotency-Key header is refused saying what to do (validateRequests %s); nothing is sent", async (validateRequests) => {
    for (const name of spellings) {
      for (const value of blanks) {
        const error = await call(operationId, { headers: { [name]: value } }, validateRequests);
        expect(error, `${name}: ${JSON.stringify(value)}`).toBeInstanceOf(ValidationError);
        const issue = (error as ValidationError).issues.find((i) => i.path === `/headers/${name}`);
        expect(issue?.message).toMatch(/empty/);
        expect(issue?.message).toMatch(/`idempotencyKey`/);
        expect(issue?.message).toMatch(/omit it/);
        // One issue for the key, not the spec's minLength and pattern besides.
        expect((error as ValidationError).issues.filter((i) => i.path === `/headers/${name}`)).toHaveLength(1);
      }
    }
    expect(sent()).toBe(0);
  });

  test("a blank idempotencyKey is refused the same way; nothing is sent", async () => {
    for (const value of blanks) {
      const error = await call(operationId, { idempotencyKey: value }, false);
      expect(error, JSON.stringify(value)).toBeInstanceOf(ValidationError);
      const issues = (error as ValidationError).issues.filter((i) => i.path === "/idempotencyKey");
      expect(issues).toHaveLength(1);
      expect(issues[0]!.message).toMatch(/empty/);
    }
    expect(sent()).toBe(0);
  });
});
