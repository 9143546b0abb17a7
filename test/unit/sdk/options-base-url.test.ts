// A baseUrl the SDK cannot append paths to is refused by createPayConnect, naming the fix and never quoting
// the value (a query or user info may hold a secret): a `?query` or `#fragment` would put every path after it
// (`https://host?x=1/v1/payments`), whitespace from an env file would change the path, userinfo would be sent.
import { describe, expect, test } from "vitest";
import { PayConnectError, createPayConnect } from "../../../src/entry/node.js";
import { SECRET, payment } from "../../helpers/fake-api.ts";
import { useFaultServer } from "../../helpers/use-fault-server.ts";

const server = useFaultServer();
const SECRETISH = "hunter2value";

function refusal(baseUrl: string): Error {
  try {
    createPayConnect({ secretKey: SECRET, baseUrl });
  } catch (error) {
    expect(error).toBeInstanceOf(PayConnectError);
    return error as Error;
  }
  throw new Error(`${JSON.stringify(baseUrl)} was accepted`);
}

describe("refused at createPayConnect", () => {
  test.each([
    ["a query", `https://api.payconnect.com?key=${SECRETISH}`, /query \(\?…\) or fragment \(#…\)/],
    ["a query after a path", `https://proxy.example/pc/?key=${SECRETISH}`, /query \(\?…\) or fragment \(#…\)/],
    ["an empty query", "https://api.payconnect.com?", /query \(\?…\) or fragment \(#…\)/],
    ["a fragment", `https://api.payconnect.com/#${SECRETISH}`, /query \(\?…\) or fragment \(#…\)/],
    ["an empty fragment", "https://api.payconnect.com#", /query \(\?…\) or fragment \(#…\)/],
    ["a trailing newline (from an env file)", "https://api.payconnect.com/\n", /whitespace or a control character/],
    ["a leading space", " https://api.payconnect.com", /whitespace or a control character/],
    ["a tab inside", "https://api.payconnect.com/p\tc", /whitespace or a control character/],
    ["a user name and password", `https://user:${SECRETISH}@api.payconnect.com`, /user name or password/],
    ["another scheme", "ftp://api.payconnect.com", /http\(s\) URL/],
    ["no scheme", "api.payconnect.com", /http\(s\) URL/],
    ["host:port without a scheme", "localhost:4010", /http\(s\) URL/],
  ])("%s, saying what to pass and without quoting it", (_name, baseUrl, reason) => {
    const { message } = refusal(baseUrl);
    expect(message).toMatch(/^createPayConnect: `baseUrl`/);
    expect(message).toMatch(reason);
    expect(message).toMatch(/e\.g\. https:\/\/api\.payconnect\.com/);
    expect(message).not.toContain(SECRETISH);
    expect(server.requests.length + server.tokenRequests.length).toBe(0);
  });
});

describe("accepted, and requests reach the API's paths", () => {
  test.each([
    ["the origin", (url: string) => url],
    ["the origin with a slash", (url: string) => `${url}/`],
    ["an upper-case scheme", (url: string) => url.replace("http:", "HTTP:")],
  ])("%s", async (_name, form) => {
    const pc = createPayConnect({ secretKey: SECRET, baseUrl: form(server.baseUrl) });
    await expect(pc.getPayment(payment.id)).resolves.toMatchObject({ id: payment.id });
    pc.close();
    expect(server.requests.map((r) => r.url)).toEqual([`/v1/payments/${payment.id}`]);
  });
});
