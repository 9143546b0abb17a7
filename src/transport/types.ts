// The shape every transport primitive speaks: a buffered request in, a buffered response out.
// Buffering the body once lets every retry attempt resend the same bytes.
import type { Abort } from "./abort.js";

export interface WireRequest {
  method: string;
  url: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  body?: string | undefined;
  /** Fires on the attempt's timeout, the caller's abort or close(); `abort.signal` is a real AbortSignal. */
  abort: Abort;
}

export interface WireResponse {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string;
}

/** Sends one attempt. Throws on network failure or abort; any HTTP status is a response. A PayConnectError
 * thrown here (a response too large to read) is final: it is not retried. */
export type Transport = ((request: WireRequest) => Promise<WireResponse>) & {
  /** Releases what the transport holds open (keep-alive sockets). */
  close?: () => void;
};
