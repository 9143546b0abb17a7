// The breaking-change gate: a table of spec pairs (openapi.yaml and an edited copy), each with the class the
// edit must get, and the CLI's exit code.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { describe, expect, test } from "vitest";
import { type ChangeClass, diffSpecs, overall } from "../../../scripts/lib/spec-diff.ts";
import { type JsonObject, loadSpec } from "../../../scripts/lib/spec.ts";
import { root, specPath, tsxCli } from "../../helpers/paths.ts";

const base = loadSpec(specPath);
type Edit = (s: any) => void;
const schemas = (s: any) => s.components.schemas;

const table: [name: string, edit: Edit, expected: ChangeClass | "none", where?: RegExp][] = [
  ["removed response field", (s) => {
    delete schemas(s).Payment.properties.amount_refunded;
    schemas(s).Payment.required = schemas(s).Payment.required.filter((f: string) => f !== "amount_refunded");
  }, "breaking", /GET \/v1\/payments\/\{payment_id\} 200 response \/amount_refunded/],
  ["new required request field", (s) => {
    schemas(s).CreatePaymentRequest.properties.return_url = { type: "string", format: "uri", description: "Where to return." };
    schemas(s).CreatePaymentRequest.required.push("return_url");
  }, "breaking", /POST \/v1\/payments request body \/return_url/],
  ["narrowed enum in a request", (s) => void (schemas(s).RefundReason.enum = ["requested_by_customer", "duplicate"]), "breaking", /request body \/reason/],
  ["widened enum in a response", (s) => void schemas(s).PaymentStatus.enum.push("disputed"), "breaking", /200 response \/status/],
  ["widened enum used only in a request", (s) => void (schemas(s).CreateRefundRequest.properties.reason = {
    type: "string", description: "Why.", enum: [...schemas(s).RefundReason.enum, "other"] }), "non-breaking"],
  ["widened enum shared by a request and a response", (s) => void schemas(s).RefundReason.enum.push("other"), "breaking", /response \/reason oneOf\[0\]/],
  ["new required query parameter, beside existing ones", (s) => void s.paths["/v1/payments"].get.parameters.push(
    { name: "account", in: "query", required: true, description: "Account.", schema: { type: "string" } }), "breaking", /parameter query account/],
  ["new required query parameter, the operation's first", (s) => void s.paths["/v1/payments/{payment_id}"].get.parameters.push(
    { name: "expand", in: "query", required: true, description: "Expand.", schema: { type: "string" } }), "breaking", /parameter query expand/],
  ["new optional query parameter", (s) => void s.paths["/v1/payments"].get.parameters.push(
    { name: "currency", in: "query", description: "Currency.", schema: { type: "string" } }), "non-breaking"],
  ["removed operation", (s) => void delete s.paths["/v1/refunds/{refund_id}"], "breaking", /GET \/v1\/refunds\/\{refund_id\}/],
  ["new operation", (s) => void (s.paths["/v1/balance"] = { get: { ...s.paths["/v1/refunds/{refund_id}"].get, operationId: "getBalance", parameters: [] } }), "non-breaking"],
  ["renamed operationId (the SDK method)", (s) => void (s.paths["/v1/payments"].post.operationId = "makePayment"), "breaking"],
  ["changed webhook payload field type", (s) => void (schemas(s).PaymentRefundedEvent.properties.created_at = { type: "integer", description: "Unix seconds." }), "breaking", /webhook payment\.refunded payload \/created_at/],
  ["new required webhook payload field", (s) => {
    schemas(s).PaymentFailedEvent.properties.attempt = { type: "integer", description: "Delivery attempt." };
    schemas(s).PaymentFailedEvent.required.push("attempt");
  }, "breaking", /webhook payment\.failed payload \/attempt/],
  ["new optional webhook payload field", (s) => void (schemas(s).PaymentFailedEvent.properties.attempt = { type: "integer", description: "Delivery attempt." }), "non-breaking"],
  ["removed webhook event", (s) => void delete s.webhooks["payment.refunded"], "breaking", /webhook payment\.refunded/],
  ["new webhook event", (s) => void (s.webhooks["payment.disputed"] = structuredClone(s.webhooks["payment.failed"])), "non-breaking"],
  ["new optional request field", (s) => void (schemas(s).CreatePaymentRequest.properties.return_url = { type: "string", format: "uri", description: "Where to return." }), "non-breaking"],
  ["new optional response field", (s) => void (schemas(s).Refund.properties.settled_at = { type: "string", format: "date-time", description: "When." }), "non-breaking"],
  ["RUB limit lowered (a request bound tightened)", (s) => void (schemas(s).CreatePaymentRequest.then.properties.amount.maximum = 10_000_000), "breaking", /\(then\) \/amount/],
  ["RUB limit raised (a request bound loosened)", (s) => void (schemas(s).CreatePaymentRequest.then.properties.amount.maximum = 30_000_000), "non-breaking"],
  ["response field may now be missing", (s) => void (schemas(s).Refund.required = schemas(s).Refund.required.filter((f: string) => f !== "reason")), "breaking"],
  ["security requirement changed", (s) => void (s.paths["/v1/payments"].get.security = [{ secretKey: [] }]), "breaking"],
  ["description-only change", (s) => void (schemas(s).Payment.properties.amount.description = "The amount, in kopecks for RUB."), "docs-only"],
  ["summary and example change", (s) => {
    s.paths["/v1/payments"].post.summary = "Create a new payment";
    s.components.examples.PendingPayment.value.amount = 2000;
  }, "docs-only"],
  ["no change", () => {}, "none"],
];

describe("classification", () => {
  test.each(table)("%s → %s", (_name, edit, expected, where) => {
    const head = structuredClone(base) as JsonObject;
    edit(head);
    const changes = diffSpecs(base, head);
    expect(overall(changes), JSON.stringify(changes, null, 1)).toBe(expected);
    if (where) expect(changes.filter((c) => c.class === expected).map((c) => c.where).join("\n")).toMatch(where);
  });
});

describe("npm run diff:spec", () => {
  function repoWith(edit: Edit, version?: string) {
    const dir = mkdtempSync(join(tmpdir(), "pc-diff-"));
    const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "pipe" });
    git("init", "-q");
    git("config", "user.email", "t@example.com");
    git("config", "user.name", "t");
    cpSync(specPath, join(dir, "openapi.yaml"));
    git("add", ".");
    git("commit", "-qm", "base");
    const head = structuredClone(base) as any;
    edit(head);
    if (version) head.info.version = version;
    writeFileSync(join(dir, "openapi.yaml"), stringify(head));
    git("commit", "-qam", "change");
    return dir;
  }
  const run = (dir: string) =>
    spawnSync(process.execPath, [tsxCli, join(root, "scripts/diff-spec.ts")], { cwd: dir, encoding: "utf8", env: { ...process.env } });

  test("exits 1 on a breaking change without a major bump, naming the change", () => {
    const dir = repoWith((s) => void delete s.paths["/v1/refunds/{refund_id}"]);
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("GET /v1/refunds/{refund_id}: operation getRefund removed");
    expect(result.stderr).toMatch(/major version bump/);
  });

  test("exits 0 on the same change with a major bump", () => {
    const dir = repoWith((s) => void delete s.paths["/v1/refunds/{refund_id}"], "2.0.0");
    const result = run(dir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/1\.0\.0 → 2\.0\.0\): breaking/);
  });

  test("exits 0 on a non-breaking change", () => {
    const dir = repoWith((s) => void (schemas(s).Refund.properties.settled_at = { type: "string", description: "When." }));
    const result = run(dir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/: non-breaking; 0 breaking, 3 non-breaking/); // Refund appears in three responses
  });
});
