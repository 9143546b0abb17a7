// The /_sandbox/ controls take no credential (the sandbox listens on 127.0.0.1), so any web page the developer
// visits could send them a "simple" cross-site POST (no preflight: a body without a Content-Type, or none) and
// complete payments, revoke tokens or make the sandbox send signed events to any URL. Browsers name the page's
// origin on such requests; only the sandbox's own origin, or none (curl, the CLI, the SDK, tests), is served.
import { expect, test } from "vitest";
import { errorStatus } from "../../generated/server-table.ts";
import { paymentBody, useSandbox } from "./use-sandbox.ts";

const s = useSandbox();

test.each(["https://evil.example", "null", "http://127.0.0.1.evil.example"])("a control posted from origin %s is refused (403) and changes nothing", async (origin) => {
  const p = await s.pc.createPayment(paymentBody());
  // A Blob without a type is sent with no Content-Type: the kind of body a cross-site page may post unchecked.
  const res = await fetch(`${s.sandbox.url}/_sandbox/payments/${p.id}/complete`, { method: "POST", headers: { origin }, body: new Blob(['{"outcome":"succeeded"}']) });
  expect(res.status).toBe(errorStatus.forbidden);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe("forbidden");
  const revoke = await fetch(`${s.sandbox.url}/_sandbox/tokens/revoke`, { method: "POST", headers: { origin } });
  expect(revoke.status).toBe(errorStatus.forbidden);
  expect((await s.pc.getPayment(p.id)).status).toBe("pending");
});

test("the sandbox's own origin and requests without one (CLI, SDK, curl) are served", async () => {
  const p = await s.pc.createPayment(paymentBody());
  const own = await fetch(`${s.sandbox.url}/_sandbox/status`, { headers: { origin: new URL(s.sandbox.url).origin } });
  expect(own.status).toBe(200);
  const res = await fetch(`${s.sandbox.url}/_sandbox/payments/${p.id}/complete`, { method: "POST", body: new Blob(['{"outcome":"succeeded"}']) });
  expect(res.status).toBe(200);
  expect((await s.pc.getPayment(p.id)).status).toBe("succeeded");
});

test("the controls' query parameters are checked against controls.yaml like their bodies (400 envelope)", async () => {
  for (const query of [`event_id=${"x".repeat(500)}`, "event_id=a&event_id=b", "evnt_id=a"]) {
    const res = await fetch(`${s.sandbox.url}/_sandbox/deliveries?${query}`);
    expect(res.status, query).toBe(errorStatus.invalid_request);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("invalid_request");
  }
  expect((await fetch(`${s.sandbox.url}/_sandbox/deliveries?event_id=evt_1`)).status).toBe(200);
});
