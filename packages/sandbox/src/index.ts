// @payconnect/sandbox: the PayConnect API running locally, with state, a confirmation page and webhooks.
export { startSandbox, type Sandbox } from "./start.ts";
export type { SandboxOptions } from "./options.ts";
export { FAULTS, type FaultName } from "./faults.ts";
export type { SandboxClock } from "./clock.ts";
export type { DeliveryAttempt } from "./webhooks/deliver.ts";
export { runConformance, type ConformanceReport } from "./conformance/run.ts";
export type { ConformanceOptions } from "./conformance/options.ts";
export type { CaseResult, CompletePayment, Failure } from "./conformance/case.ts";
export { formatSummary, replayCommand, toJUnit, toJson } from "./conformance/report.ts";
