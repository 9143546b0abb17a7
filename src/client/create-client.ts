// Assembles a client from generated tables and one platform's primitives. The public createPayConnect
// (src/entry/*.ts) binds this to generated/ and to the platform picked by package.json `exports`.
import type { Client } from "openapi-fetch";
import type { OperationInfo } from "../../generated/operations.js";
import { TokenManager } from "../auth/token-manager.js";
import { requestToken } from "../auth/request-token.js";
import { scopeOptionProblem } from "../auth/scope-hints.js";
import { PayConnectError } from "../errors.js";
import { type Core, createCore } from "../transport/core.js";
import { describe } from "../transport/failures.js";
import { fetchTransport } from "../transport/fetch-transport.js";
import { abortableSleep } from "../transport/timeout.js";
import type { Transport } from "../transport/types.js";
import { VERSION } from "../version.js";
import { buildMethods, type ValidatorTable } from "./methods.js";
import { type PayConnectOptions, resolveOptions } from "./options.js";
import { createRawClient } from "./raw.js";
import { basePathProblem } from "./base-url.js";
import type { Methods } from "./types.js";

export interface Platform {
  name: string;
  /** The default transport when no `fetch` option is given; `httpAgent` is the caller's (a proxy agent). */
  defaultTransport: (options: { httpAgent?: object | undefined }) => Transport;
}

export interface GeneratedApi<T extends Record<string, OperationInfo>> {
  operations: T;
  requestValidators: ValidatorTable;
}

/**
 * `paths` with each growable enum's open member (`string & {}`) as plain `string`: openapi-fetch's Readable<> maps
 * every object type, `string & {}` included, so a status came back as an object type no string accepts.
 */
export type RawPaths<T> = T extends string ? (string extends T ? string : T) : T extends readonly (infer E)[] ? RawPaths<E>[] : T extends object ? { [K in keyof T]: RawPaths<T[K]> } : T;

/** What every client has besides its operation methods. */
export interface ClientExtras<Paths extends {}> {
  /** The openapi-fetch client for `paths`, with the same auth, retries and timeouts. */
  readonly raw: Client<RawPaths<Paths>>;
  /**
   * Closes the client's keep-alive connections (node:http on Node; a `fetch` you pass keeps its own pool).
   * Call it when a short-lived client is done; later calls fail with a clear error. Idempotent.
   */
  close(): void;
}

export type ClientFor<T extends Record<string, OperationInfo>, Ops extends object, Paths extends {}> = Methods<T, Ops> &
  ClientExtras<Paths>;

export function createClientFrom<T extends Record<string, OperationInfo>, Ops extends object, Paths extends {}>(
  api: GeneratedApi<T>,
  platform: Platform,
  userOptions: PayConnectOptions,
): ClientFor<T, Ops, Paths> {
  const options = resolveOptions(userOptions);
  const doubled = basePathProblem(options.baseUrl, Object.values(api.operations).map((op) => op.path));
  if (doubled) throw new PayConnectError(`createPayConnect: ${doubled}`);
  const [tokenOperation, tokenOp] = Object.entries(api.operations).find(([, row]) => row.auth === "secretKey") ?? [];
  if (!tokenOp) throw new PayConnectError("the spec has no operation authenticated with the secret key (the token endpoint)");

  // A scope name is whatever the spec's token request accepts as its scope.
  const tokenBody = api.requestValidators[tokenOperation!]?.body;
  const isScope = (value: string) => tokenBody?.validate({ scope: value }) === true;
  const badScope = options.validateRequests && tokenBody ? scopeOptionProblem(options.scope, isScope, tokenOperation!) : undefined;
  if (badScope) throw new PayConnectError(`createPayConnect: ${badScope}`);

  const baseHeaders = { accept: "application/json", "x-payconnect-client": `payconnect-sdk-js/${VERSION} (${platform.name})` };
  // State lives on this instance only: token cache, in-flight refresh, keep-alive agents.
  const ownToken = async () => {
    const issued = await requestToken(core, options.baseUrl, tokenOp.path, options.scope, baseHeaders, tokenOperation!);
    core.log("info", `access token obtained, valid for ${issued.expiresIn} s`, { expiresInSec: issued.expiresIn });
    return issued;
  };
  // With `shared`: the token and the rate budget shared with the other clients on its store (src/state/share.ts).
  const shared = options.shared?.attach({
    secretKey: options.secretKey,
    baseUrl: options.baseUrl,
    scope: options.scope,
    now: options.now,
    tokenRefreshMarginSec: options.tokenRefreshMarginSec,
    requestToken: ownToken,
    log: (level, message, fields) => core.log(level, message, fields),
  });
  const tokens = new TokenManager(
    shared ? () => shared.fetchToken() : ownToken,
    options.now,
    options.tokenRefreshMarginSec,
    (error, behind) => {
      // Behind the calls, no call saw this failure (they went on with the still-valid token); otherwise the calls
      // waiting for it fail with it, or have given up already (their own timeout): said once here either way.
      // This runs in a promise's rejection handler: whatever goes wrong here must not become an unhandled rejection.
      try {
        const reason = describe(error);
        core.log("warn", behind
          ? `refreshing the access token before it expires failed: ${reason}. Calls go on with the current token, and the next one tries again`
          : `the access token request failed: ${reason}. Calls waiting for it fail with this error; the next call tries again`, { reason });
      } catch {
        // Nothing left to tell it with.
      }
    },
  );
  const core: Core = createCore({
    ...options,
    budget: shared?.budget,
    transport: options.fetch ? fetchTransport(options.fetch) : platform.defaultTransport(options),
    credentials: {
      secretKey: options.secretKey,
      accessToken: () => tokens.get(),
      freshToken: () => tokens.fresh(),
      invalidate: (token) => {
        tokens.invalidate(token);
        shared?.invalidate(token);
      },
      known: () => [options.secretKey, ...tokens.issued()],
    },
    sleep: options.sleep ?? abortableSleep,
  });
  const newIdempotencyKey = () => globalThis.crypto.randomUUID();

  const methods = buildMethods(api.operations, { core, options, validators: api.requestValidators, newIdempotencyKey, baseHeaders, isScope });
  const raw = createRawClient<Paths>(api.operations, core, options.baseUrl, baseHeaders, newIdempotencyKey);
  for (const reserved of ["raw", "close"]) {
    if (reserved in methods) throw new PayConnectError(`the spec's operationId ${reserved} collides with pc.${reserved}; rename the operation`);
  }
  return Object.freeze({ ...methods, raw, close: () => core.close() }) as unknown as ClientFor<T, Ops, Paths>;
}
