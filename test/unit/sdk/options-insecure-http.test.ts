// Plain http:// carries the secret key and every access token unencrypted. A baseUrl with http:// is accepted
// for this machine (a local sandbox or mock: localhost, 127.0.0.0/8, [::1]) and anywhere else only with
// `allowInsecureConnection: true` (a mock on another container of a private network), said in the refusal.
// The host is judged as URL normalises it (127.1 is 127.0.0.1), never as a name a resolver might map elsewhere.
import { expect, test } from "vitest";
import { PayConnectError, createPayConnect } from "../../../src/entry/node.js";
import { SECRET, payment } from "../../helpers/fake-api.ts";
import { useFaultServer } from "../../helpers/use-fault-server.ts";

const server = useFaultServer();
const create = (options: object) => () => createPayConnect({ secretKey: SECRET, ...options });

// A *.localhost name is looked up like any other (Node's resolver does not special-case it: a search domain or a
// DNS server can send it anywhere), so only "localhost" itself counts.
test.each(["http://api.payconnect.com", "http://sandbox:4010", "http://sandbox.localhost:4010", "http://10.0.0.5:4010/pc", "http://127.0.0.1.example.com", "http://localhost.example.com", "http://[::2]:4010"])(
  "%s is refused, naming the option that allows it and never quoting the URL",
  (baseUrl) => {
    const make = create({ baseUrl });
    expect(make).toThrow(PayConnectError);
    expect(make).toThrow(/^createPayConnect: `baseUrl` uses http:\/\/, which sends the secret key unencrypted: use https:\/\/ .*`allowInsecureConnection: true`/);
    try {
      make();
    } catch (error) {
      expect((error as Error).message).not.toContain(new URL(baseUrl).host);
    }
  },
);

test.each(["http://localhost:4010", "http://LOCALHOST:4010", "http://127.0.0.1:4010", "http://127.1.2.3", "http://127.1:4010", "http://[::1]:4010", "https://api.payconnect.com"])(
  "%s is accepted without the option",
  (baseUrl) => {
    expect(create({ baseUrl })).not.toThrow();
  },
);

test("allowInsecureConnection: true accepts http:// to another host", () => {
  expect(create({ baseUrl: "http://sandbox:4010", allowInsecureConnection: true })).not.toThrow();
  expect(create({ baseUrl: "http://sandbox:4010", allowInsecureConnection: false })).toThrow(/allowInsecureConnection/);
});

test.each([1, "true", {}])("allowInsecureConnection %j is refused: it must be true or false", (value) => {
  expect(create({ baseUrl: "http://sandbox:4010", allowInsecureConnection: value })).toThrow(/^createPayConnect: `allowInsecureConnection` must be true or false \(default false\), got /);
});

test("a loopback http:// client still works end to end", async () => {
  const pc = createPayConnect({ secretKey: SECRET, baseUrl: server.baseUrl });
  try {
    expect(server.baseUrl).toMatch(/^http:\/\/127\./);
    await expect(pc.getPayment(payment.id)).resolves.toMatchObject({ id: payment.id });
  } finally {
    pc.close();
  }
});
