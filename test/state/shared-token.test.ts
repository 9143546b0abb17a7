// The client's `shared` option (shareState(store), issue 14): clients sharing a store share one access token, against a real sandbox
// that counts the tokens it issued (GET /_sandbox/status: access_tokens). Many processes on one Redis:
// shared-token-processes.test.ts. Here, in one process on the memory store: one request on a cold start, one
// refresh after a revocation, the store holding no usable token, and a failing store costing nothing but a log line.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Sandbox, startSandbox } from "../../packages/sandbox/src/index.ts";
import { type PayConnect, createPayConnect } from "../../src/entry/node.ts";
import { type SharedStore, memoryStore, shareState } from "../../src/entry/state.ts";
import { control, sandboxStatus } from "../sandbox/use-sandbox.ts";

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, rateLimit: 100_000 });
});
afterAll(async () => {
  await sandbox.close();
});

const issued = async (): Promise<number> => (await sandboxStatus(sandbox)).access_tokens;

/** A memory store that records what was written, and can be made to fail. */
function recordingStore() {
  const base = memoryStore();
  const written: string[] = [];
  let failing = false;
  const guard = <T>(call: () => Promise<T>) => (failing ? Promise.reject(Object.assign(new Error("redis://:hunter2@10.0.0.9:6379 ECONNREFUSED"), { name: "SharedStoreError" })) : call());
  const store: SharedStore = {
    description: "recording store",
    add: (k, v, t) => guard(() => (written.push(v), base.add(k, v, t))),
    get: (k) => guard(() => base.get(k)),
    replace: (k, e, v, t) => guard(() => (written.push(v), base.replace(k, e, v, t))),
    remove: (k, e) => guard(() => base.remove(k, e)),
    take: (k, u, l, w) => guard(() => base.take(k, u, l, w)),
    settle: (k, u, w) => guard(() => base.settle(k, u, w)),
  };
  return { store, written, fail: (on: boolean) => void (failing = on) };
}

function clients(count: number, store: SharedStore, extra: Record<string, unknown> = {}): PayConnect[] {
  return Array.from({ length: count }, () => createPayConnect({ secretKey: sandbox.secretKey, baseUrl: sandbox.url, shared: shareState(store), maxRetries: 0, ...extra }));
}

describe("clients on one store", () => {
  test("8 clients starting at once make 1 token request; after the sandbox revokes it, 1 refresh for all of them", async () => {
    const { store } = recordingStore();
    const pcs = clients(8, store);
    const before = await issued();
    await Promise.all(pcs.flatMap((pc) => [pc.listPayments(), pc.listPayments()]));
    expect(await issued()).toBe(before + 1);
    expect((await control(sandbox, "tokens/revoke")).revoked).toBeGreaterThan(0);
    await Promise.all(pcs.map((pc) => pc.listPayments()));
    expect(await issued()).toBe(before + 2);
    for (const pc of pcs) pc.close();
  });

  test("a client created later takes the stored token: no request of its own", async () => {
    const { store } = recordingStore();
    const [first] = clients(1, store);
    await first!.listPayments();
    const before = await issued();
    const [later] = clients(1, store);
    await later!.listPayments();
    expect(await issued()).toBe(before);
    first!.close();
    later!.close();
  });

  test("without a store, each client requests its own token (the default is per client)", async () => {
    const before = await issued();
    const pcs = Array.from({ length: 3 }, () => createPayConnect({ secretKey: sandbox.secretKey, baseUrl: sandbox.url, maxRetries: 0 }));
    await Promise.all(pcs.map((pc) => pc.listPayments()));
    expect(await issued()).toBe(before + 3);
    for (const pc of pcs) pc.close();
  });

  test("the store never holds the token as text: what is written is sealed (the token and its base64 appear nowhere)", async () => {
    const { store, written } = recordingStore();
    const tokens: string[] = [];
    const [pc] = clients(1, store, { fetch: async (input: string | URL | Request, init?: RequestInit) => {
      const res = await fetch(input, init);
      if (String(input instanceof Request ? input.url : input).endsWith("/v1/auth/token")) tokens.push(((await res.clone().json()) as { access_token: string }).access_token);
      return res;
    } });
    await pc!.listPayments();
    expect(tokens).toHaveLength(1);
    const token = tokens[0]!;
    expect(written.length).toBeGreaterThan(0);
    for (const value of written) {
      expect(value).not.toContain(token);
      expect(value).not.toContain(Buffer.from(token).toString("base64").slice(0, 16));
      expect(value).not.toContain(sandbox.secretKey);
    }
    pc!.close();
  });

  test("clients of another secret key on the same store do not get its token (each key, base URL and scope apart)", async () => {
    const { store } = recordingStore();
    const [a] = clients(1, store);
    await a!.listPayments();
    const before = await issued();
    const readOnly = createPayConnect({ secretKey: sandbox.secretKey, baseUrl: sandbox.url, shared: shareState(store), scope: ["payments.read"], maxRetries: 0 });
    await readOnly.listPayments();
    expect(await issued()).toBe(before + 1);
    a!.close();
    readOnly.close();
  });
});

describe("a failing store", () => {
  test("calls go on with each client's own token and budget; one warn line per client and part naming the store, none with its password; one info line each when it is back", async () => {
    const { store, fail } = recordingStore();
    const lines: { level: string; message: string; fields?: unknown }[] = [];
    const logger = Object.fromEntries(["error", "warn", "info", "debug"].map((level) => [level, (message: string, fields?: unknown) => void lines.push({ level, message, fields })])) as never;
    const pcs = clients(3, store, { logger, logLevel: "info" });
    fail(true);
    const before = await issued();
    await Promise.all(pcs.flatMap((pc) => [pc.listPayments(), pc.listPayments()]));
    expect(await issued()).toBe(before + 3);
    // One line per client and part (the token, the rate budget), however many calls.
    const warned = lines.filter((l) => l.level === "warn").map((l) => l.message);
    expect(warned.filter((m) => /recording store.*requests its own access token until it does/.test(m))).toHaveLength(3);
    expect(warned.filter((m) => /recording store.*keeps a rate budget of its own until it does/.test(m))).toHaveLength(3);
    expect(warned).toHaveLength(6);
    expect(lines.map((l) => l.message).join("\n")).not.toMatch(/hunter2|10\.0\.0\.9/);
    // Fields for a structured logger: which store, and which part falls back.
    expect(lines.find((l) => l.level === "warn")).toMatchObject({ fields: { store: "recording store", part: expect.stringMatching(/^(access token|rate budget)$/) } });
    // Back: the next token request goes through the store again, and says so once.
    fail(false);
    await control(sandbox, "tokens/revoke");
    await Promise.all(pcs.map((pc) => pc.listPayments()));
    const back = lines.filter((l) => l.level === "info" && /answers again/.test(l.message)).map((l) => l.message);
    expect(back.filter((m) => /access token is shared again/.test(m))).toHaveLength(3);
    expect(back.filter((m) => /rate budget is shared again/.test(m))).toHaveLength(3);
    for (const pc of pcs) pc.close();
  });

  test("a store that is not one is refused by shareState; a `shared` that is not shareState's by createPayConnect", () => {
    expect(() => shareState({ get() {} } as never)).toThrow(/shareState: store must be a SharedStore.*add, get, replace, remove, take, settle/);
    expect(() => shareState("redis://localhost" as never)).toThrow(/store must be a SharedStore/);
    expect(() => shareState(memoryStore(), { ratelimit: 5 } as never)).toThrow(/unknown option `ratelimit`. Known options: rateLimit/);
    expect(() => createPayConnect({ secretKey: sandbox.secretKey, baseUrl: sandbox.url, shared: memoryStore() as never })).toThrow(/`shared` must be what shareState\(store\) from @payconnect\/sdk\/state returns/);
  });
});
