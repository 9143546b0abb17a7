// One sandbox per test file (or describe block), with an SDK client pointed at it and a webhook endpoint
// that records what it receives. Payload values come from the spec's examples.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";
import { type Sandbox, type SandboxOptions, startSandbox } from "../../packages/sandbox/src/index.ts";
import { type PayConnect, createPayConnect } from "../../src/entry/node.ts";
import { requestExample } from "../helpers/spec-examples.ts";

export interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface Endpoint {
  url: string;
  received: Received[];
  /** Statuses (or statuses with a body) to answer with, one per delivery; 200 once they run out. */
  answers: (number | { status: number; body: string })[];
  close(): Promise<void>;
}

export async function startEndpoint(): Promise<Endpoint> {
  const received: Received[] = [];
  const answers: Endpoint["answers"] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const answer = answers.shift() ?? 200;
      if (typeof answer === "number") res.writeHead(answer).end();
      else res.writeHead(answer.status, { "content-type": "application/json" }).end(answer.body);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`,
    received,
    answers,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export interface SandboxFixture {
  sandbox: Sandbox;
  pc: PayConnect;
  endpoint: Endpoint;
}

/** A sandbox delivering to a recording endpoint, and a client; both stop after the file. */
export function useSandbox(options: SandboxOptions = {}): SandboxFixture {
  const fixture = {} as SandboxFixture;
  beforeAll(async () => {
    fixture.endpoint = await startEndpoint();
    fixture.sandbox = await startSandbox({ port: 0, rateLimit: 100_000, forwardTo: fixture.endpoint.url, ...options });
    fixture.pc = createPayConnect({ secretKey: fixture.sandbox.secretKey, baseUrl: fixture.sandbox.url, maxRetries: 0 });
  });
  afterAll(async () => {
    await fixture.pc?.close();
    await fixture.sandbox?.close();
    await fixture.endpoint?.close();
  });
  return fixture;
}

/** A create-payment body from the spec's first example. */
export const paymentBody = (): any => requestExample("createPayment");

/** POSTs to a sandbox control and returns the JSON answer. */
export async function control(sandbox: Sandbox, path: string, body?: unknown): Promise<any> {
  const res = await fetch(`${sandbox.url}/_sandbox/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

/** GET /_sandbox/status: the clock, the endpoints and the counts (payments, events, access tokens issued). */
export async function sandboxStatus(sandbox: Pick<Sandbox, "url">): Promise<{ payments: number; events: number; access_tokens: number }> {
  return (await fetch(`${sandbox.url}/_sandbox/status`)).json() as Promise<{ payments: number; events: number; access_tokens: number }>;
}

/** A fresh access token from the sandbox's token endpoint, for raw requests the SDK would not send. */
export async function accessToken(sandbox: Sandbox): Promise<string> {
  const res = await fetch(`${sandbox.url}/v1/auth/token`, {
    method: "POST",
    headers: { authorization: `Bearer ${sandbox.secretKey}`, "content-type": "application/json" },
    body: JSON.stringify(requestExample("createAccessToken")),
  });
  return ((await res.json()) as { access_token: string }).access_token;
}
