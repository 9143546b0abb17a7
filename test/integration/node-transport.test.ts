// The node:http transport over real sockets: one keep-alive connection per client, and a response header sent
// several times read as one comma-joined value. Written against mutants a Stryker run of src/ left alive.
import { expect, test } from "vitest";
import { createPayConnect } from "../../src/entry/node.js";
import { SECRET, payment } from "../helpers/fake-api.ts";
import { useFaultServer } from "../helpers/use-fault-server.ts";

const server = useFaultServer();
const client = () => createPayConnect({ secretKey: SECRET, baseUrl: server.baseUrl, sleep: async () => {} });

test("a client's calls, token request included, share one keep-alive connection until close()", async () => {
  const pc = client();
  for (let i = 0; i < 3; i++) await pc.getPayment(payment.id);
  expect(server.openConnections()).toBe(1);
  pc.close();
  await new Promise((r) => setTimeout(r, 50)); // let the server see the FIN
  expect(server.openConnections()).toBe(0);
});

test("a response header sent several times is one value, joined with \", \" as Headers does", async () => {
  server.faults.push({ kind: "raw", status: 200, headers: { "content-type": "application/json", "set-cookie": ["a=1", "b=2"] } as never, body: JSON.stringify(payment) });
  const pc = client();
  const { response } = await pc.getPayment(payment.id).withResponse();
  pc.close();
  expect(response.headers["set-cookie"]).toBe(new Headers([["set-cookie", "a=1"], ["set-cookie", "b=2"]]).get("set-cookie"));
});
