// On the sandbox, the runner uses its /_sandbox/ controls for what no API call can do: complete a payment (for
// the refund and lifecycle cases) and, when the rate limit makes it wait, move the sandbox clock forward
// instead of sleeping. Any other server gets neither: refund cases are skipped unless completePayment is given,
// and a 429 is waited out in real time. A server is taken for a sandbox only when /_sandbox/status answers as
// controls.yaml documents it (a JSON object with its required fields): a catch-all 200 page is not a sandbox.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { controlsPath } from "../controls/document.ts";
import type { CompletePayment } from "./case.ts";
import { readBody } from "./read-body.ts";

export interface SandboxControls {
  complete: CompletePayment;
  /** Moves the sandbox clock forward by `ms` (rounded up to whole seconds). */
  advance(ms: number): Promise<void>;
}

export async function findSandboxControls(baseUrl: string, timeoutMs: number): Promise<SandboxControls | undefined> {
  // Not following redirects: the runner talks to the host it was given and no other.
  const status = await fetch(`${baseUrl}/_sandbox/status`, { redirect: "manual", signal: AbortSignal.timeout(Math.min(5_000, timeoutMs)) })
    .then(async (res) => (res.status === 200 ? readBody(res) : (await res.body?.cancel(), undefined)))
    .catch(() => undefined);
  if (status === undefined || !isSandboxStatus(status)) return undefined;
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${baseUrl}/_sandbox/${path}`, {
      method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), redirect: "manual", signal: AbortSignal.timeout(timeoutMs),
    });
    if (!res.ok) throw new Error(`the sandbox control ${path} answered ${res.status}: ${(await readBody(res)).slice(0, 200)}`);
    await res.body?.cancel();
  };
  return {
    complete: (paymentId) => post(`payments/${encodeURIComponent(paymentId)}/complete`, { outcome: "succeeded" }),
    advance: (ms) => post("clock/advance", { seconds: Math.ceil(ms / 1000) }),
  };
}

function isSandboxStatus(text: string): boolean {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return false;
  }
  const schema = (parse(readFileSync(controlsPath(), "utf8")) as any)?.paths?.["/_sandbox/status"]?.get?.responses?.["200"]?.content?.["application/json"]?.schema;
  const required: unknown = schema?.required;
  return typeof body === "object" && body !== null && !Array.isArray(body) && Array.isArray(required) && required.every((k) => typeof k === "string" && k in body);
}
