// Bearer credentials as the spec describes them: the secret key only on the token exchange, an access token
// (24 h on the sandbox clock, revocable) everywhere else, with the scope the method needs.
import type { IncomingHttpHeaders } from "node:http";
import type { Faults } from "../faults.ts";
import type { SandboxState } from "../state.ts";
import { ApiFailure } from "./api-error.ts";

export type Credential = "secretKey" | "accessToken" | "none";

function bearer(headers: IncomingHttpHeaders): string | undefined {
  const m = /^Bearer +(\S+)\s*$/i.exec(headers.authorization ?? "");
  return m?.[1];
}

const unauthorized = (message: string) => new ApiFailure("unauthorized", message);

export function checkSecretKey(headers: IncomingHttpHeaders, secretKey: string): void {
  const given = bearer(headers);
  if (given === undefined) throw unauthorized("Send your secret key as Authorization: Bearer sk_test_… to POST /v1/auth/token.");
  if (given.startsWith("sk_live_")) throw unauthorized("The sandbox accepts only sk_test_ keys; use the key it printed when it started.");
  if (given !== secretKey) throw unauthorized("The secret key is not valid for this sandbox; use the sk_test_ key it printed when it started.");
}

/** The scope a method needs: reads need payments.read, everything else payments.write. */
export function scopeFor(method: string): string {
  return method.toLowerCase() === "get" ? "payments.read" : "payments.write";
}

export function checkAccessToken(headers: IncomingHttpHeaders, method: string, state: SandboxState, now: number, secretKey: string, faults: Faults): void {
  const given = bearer(headers);
  if (given === undefined && faults.has("no-auth")) return;
  if (given === undefined) throw unauthorized("Send an access token from POST /v1/auth/token as Authorization: Bearer <token>.");
  if (given === secretKey && faults.has("secret-key-as-token")) return;
  if (given === secretKey || given.startsWith("sk_")) {
    throw unauthorized("This is a secret key; it is accepted only by POST /v1/auth/token. Send the access token it returns.");
  }
  const token = state.tokens.get(given);
  if (token === undefined) throw unauthorized("The access token is not valid. Request a new one from POST /v1/auth/token.");
  if (token.revoked) throw unauthorized("The access token was revoked. Request a new one from POST /v1/auth/token.");
  if (now >= token.expiresAt) throw unauthorized("The access token has expired. Request a new one from POST /v1/auth/token.");
  const needed = scopeFor(method);
  if (!token.scope.includes(needed)) throw new ApiFailure("forbidden", `This call needs the ${needed} scope; request a token with it.`);
}
