// The fetch transport's reading of a response: a browser's opaque manual redirect is refused, not taken for
// an empty answer, and text is decoded across chunk boundaries. Written against mutants a Stryker run of src/
// left alive.
import { expect, test } from "vitest";
import { UnexpectedResponseError, createPayConnect } from "../../../src/entry/node.js";
import { SECRET, fakeApi, payment } from "../../helpers/fake-api.ts";

/** A fetch that answers token requests as the fake API does and API requests with `answer()`. */
function fetchAnswering(answer: () => Response) {
  const api = fakeApi(() => ({ status: 200, body: payment }));
  const calls: string[] = [];
  const fetch = (async (input: string, init?: RequestInit) => {
    if (new URL(input).pathname.endsWith("/auth/token")) return api.fetch(input, init);
    calls.push(input);
    return answer();
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

test("a browser's opaque answer to a manual redirect is an UnexpectedResponseError naming the redirect, not retried", async () => {
  // What a browser's fetch gives for redirect: "manual" (Node's fetch answers with the 3xx itself).
  const { fetch, calls } = fetchAnswering(() => Object.defineProperty(new Response(null), "type", { value: "opaqueredirect" }));
  const error = await createPayConnect({ secretKey: SECRET, fetch, sleep: async () => {} }).getPayment(payment.id).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UnexpectedResponseError);
  expect((error as Error).message).toMatch(/redirect/);
  expect(calls).toHaveLength(1);
});

test("a character split across two chunks is decoded whole", async () => {
  const bytes = new TextEncoder().encode(JSON.stringify({ ...payment, description: "Café €" }));
  const cut = bytes.indexOf(0xe2) + 1; // inside the three bytes of "€"
  const { fetch } = fetchAnswering(() => new Response(new ReadableStream({
    start(controller) {
      controller.enqueue(bytes.slice(0, cut));
      controller.enqueue(bytes.slice(cut));
      controller.close();
    },
  }), { status: 200, headers: { "content-type": "application/json" } }));
  const result = await createPayConnect({ secretKey: SECRET, fetch }).getPayment(payment.id);
  expect((result as { description?: string }).description).toBe("Café €");
});
