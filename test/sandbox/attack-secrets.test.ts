// A careless client puts a credential where an id or a name goes (a path, a query parameter, a header). The
// sandbox's error messages quote what they refuse; they must never quote a credential back, in any spelling.
import { expect, test } from "vitest";
import { accessToken, useSandbox } from "./use-sandbox.ts";

const s = useSandbox();

/** `text` with the spellings a message may carry (percent-encoded, JSON-escaped underscores) read as plain text. */
const plain = (text: string) => text.replace(/%5f|\\u005f/gi, "_");

test("no error answer of the API or the controls quotes the secret key, the webhook secret or an access token", async () => {
  const token = await accessToken(s.sandbox);
  const auth = { authorization: `Bearer ${token}` };
  for (const secret of [s.sandbox.secretKey, s.sandbox.webhookSecret, token]) {
    const encoded = secret.replaceAll("_", "%5F");
    const attempts: [string, RequestInit][] = [
      [`/v1/${secret}`, { headers: auth }],
      [`/v1/${encoded}`, { headers: auth }],
      [`/v1/payments?${secret}=1&${secret}=2`, { headers: auth }],
      [`/v1/payments?limit=1&${encoded}=1`, { headers: auth }],
      [`/v1/payments`, { method: "POST", headers: { ...auth, "content-type": `text/plain; key=${secret}` }, body: "{}" }],
      [`/_sandbox/payments/${secret}/complete`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"outcome":"succeeded"}' }],
      [`/_sandbox/events/${encoded}/resend`, { method: "POST" }],
      [`/_sandbox/${secret}`, {}],
    ];
    for (const [path, init] of attempts) {
      const res = await fetch(s.sandbox.url + path, init);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      const text = await res.text();
      expect(text, path).toMatch(/"error"/);
      expect(plain(text), `${path} → ${text}`).not.toContain(secret);
    }
  }
});

test("the delivery log, its control and the status control name no secret", async () => {
  await fetch(`${s.sandbox.url}/_sandbox/trigger`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ type: "payment.succeeded" }) });
  await s.sandbox.idle();
  const shown = [
    JSON.stringify(s.sandbox.deliveries()),
    await (await fetch(`${s.sandbox.url}/_sandbox/deliveries`)).text(),
    await (await fetch(`${s.sandbox.url}/_sandbox/status`)).text(),
  ];
  expect(shown[0]).toMatch(/"event_id"/);
  for (const text of shown) for (const secret of [s.sandbox.secretKey, s.sandbox.webhookSecret]) expect(plain(text)).not.toContain(secret);
});
