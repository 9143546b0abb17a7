// The runner catches real faults: against a sandbox with one planted defect (packages/sandbox/src/faults.ts),
// a run fails, and the defect is reported by the check that is about it, on the operation where it lives. The
// table below is the runner's promise per fault; a fault added to FAULTS without a row fails the first test.
import { describe, expect, test } from "vitest";
import { FAULTS, type FaultName, runConformance, startSandbox } from "../../../packages/sandbox/src/index.ts";

const CAUGHT_BY: Record<FaultName, { check: string; operationId?: string }> = {
  "wrong-success-status": { check: "status_code_conformance", operationId: "createPayment" },
  "missing-required-field": { check: "response_schema_conformance", operationId: "getPayment" },
  "missing-header": { check: "response_headers_conformance" },
  "zero-amount-accepted": { check: "negative_data_rejection", operationId: "createPayment" },
  "lowercase-currency-accepted": { check: "negative_data_rejection", operationId: "createPayment" },
  "idempotency-ignored": { check: "idempotency_replay", operationId: "createPayment" },
  "refund-over-amount": { check: "refund_limits", operationId: "createRefund" },
  "cancel-twice": { check: "cancel_idempotent", operationId: "cancelPayment" },
  "no-auth": { check: "ignored_auth" },
  "no-retry-after": { check: "rate_limit" },
  "secret-key-as-token": { check: "ignored_auth" },
  "unknown-route-not-404": { check: "unknown_route" },
  "list-omits-newest": { check: "resource_listed", operationId: "listPayments" },
  "refund-not-counted": { check: "refund_accounting", operationId: "getPayment" },
  "wrong-content-type": { check: "content_type_conformance" },
  "illegal-transition": { check: "lifecycle_transitions", operationId: "cancelPayment" },
};

test("every planted fault has a row saying which check must catch it", () => {
  expect(Object.keys(CAUGHT_BY).sort()).toEqual(Object.keys(FAULTS).sort());
});

describe.concurrent("each planted fault fails the run, reported by its check on its operation", () => {
  test.each(Object.keys(FAULTS) as FaultName[])("%s", { timeout: 60_000 }, async (fault) => {
    // The rate limit is spent only where it is the point, so the other runs stay short.
    const sandbox = await startSandbox({ port: 0, faults: [fault], ...(fault === "no-retry-after" ? {} : { rateLimit: 100_000 }) });
    try {
      const report = await runConformance({ baseUrl: sandbox.url, secretKey: sandbox.secretKey, seed: 12, maxExamples: 1, rateLimit: fault === "no-retry-after" });
      const failures = report.cases.flatMap((c) => c.failures.map((f) => ({ ...f, case: c.id })));
      const expected = CAUGHT_BY[fault];
      expect(report.ok).toBe(false);
      expect(failures, JSON.stringify(failures, null, 1).slice(0, 3000)).toContainEqual(expect.objectContaining({
        check: expected.check, ...(expected.operationId === undefined ? {} : { operationId: expected.operationId }),
      }));
    } finally {
      await sandbox.close();
    }
  });
});
