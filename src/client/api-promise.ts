// What every generated method returns: a Promise of the parsed body that also offers `.withResponse()`
// for the response's status, headers and request id (openai-node's APIPromise pattern), so
// `await pc.getPayment(id)` stays as it was.

/** The HTTP response behind a method's result. */
export interface ResponseInfo {
  status: number;
  /** Response headers, lower-case names: `x-ratelimit-remaining`, `x-ratelimit-reset`, … */
  headers: Record<string, string>;
  /** The `X-Request-Id` response header: quote it when contacting support. */
  requestId: string | undefined;
}

export interface WithResponse<T> {
  data: T;
  response: ResponseInfo;
}

export type ApiPromise<T> = Promise<T> & {
  /** The parsed body together with the response's status, headers and request id. */
  withResponse(): Promise<WithResponse<T>>;
};

export function apiPromise<T>(full: Promise<WithResponse<T>>): ApiPromise<T> {
  const data = full.then((r) => r.data);
  // A caller who only uses withResponse() never handles `data`: keep its rejection from being "unhandled".
  data.catch(() => {});
  return Object.assign(data, { withResponse: () => full });
}
