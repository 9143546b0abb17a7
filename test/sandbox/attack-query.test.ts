// Query parameter names that are also names of Object.prototype's members are names like any other: an
// unknown one is refused as unknown (not as "given twice", not silently dropped); a known one given twice is.
import { expect, test } from "vitest";
import { errorStatus } from "../../generated/server-table.ts";
import { requestExample } from "../helpers/spec-examples.ts";
import { useSandbox } from "./use-sandbox.ts";

const s = useSandbox();

async function list(query: string): Promise<{ status: number; error?: { code: string; message: string; param?: string } }> {
  const token = await fetch(`${s.sandbox.url}/v1/auth/token`, {
    method: "POST",
    headers: { authorization: `Bearer ${s.sandbox.secretKey}`, "content-type": "application/json" },
    body: JSON.stringify(requestExample("createAccessToken")),
  });
  const { access_token } = (await token.json()) as { access_token: string };
  const res = await fetch(`${s.sandbox.url}/v1/payments?${query}`, { headers: { authorization: `Bearer ${access_token}` } });
  return { status: res.status, ...((await res.json()) as object) };
}

test.each(["toString", "constructor", "__proto__", "hasOwnProperty", "valueOf"])("?%s=1 is refused as an unknown parameter, like any other name", async (name) => {
  const unknown = await list("zzunknown=1");
  expect(unknown.status).toBe(errorStatus.invalid_request);
  const answer = await list(`${name}=1`);
  expect(answer.status).toBe(unknown.status);
  expect(answer.error).toEqual(JSON.parse(JSON.stringify(unknown.error).replaceAll("zzunknown", name)));
});

test("a parameter given twice is still refused", async () => {
  const answer = await list("limit=1&limit=2");
  expect([answer.status, answer.error?.param]).toEqual([errorStatus.invalid_request, "/limit"]);
});
