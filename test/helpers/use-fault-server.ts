// One fault server for the calling file or describe block: started before its tests, its queues and records
// emptied before each test, closed after. The returned handle reads through to the running server.
import { afterAll, beforeAll, beforeEach } from "vitest";
import { startFaultServer } from "./fault-server.ts";

export type FaultServer = Awaited<ReturnType<typeof startFaultServer>>;

export function useFaultServer(): FaultServer {
  let current: FaultServer | undefined;
  beforeAll(async () => {
    current = await startFaultServer();
  });
  afterAll(async () => {
    await current?.close();
  });
  beforeEach(() => {
    for (const list of [current!.faults, current!.tokenFaults, current!.requests, current!.tokenRequests]) list.length = 0;
  });
  return new Proxy({} as FaultServer, {
    get(_target, key) {
      if (!current) throw new Error("useFaultServer(): the server is used outside a test (it starts in beforeAll)");
      return Reflect.get(current, key);
    },
  });
}
