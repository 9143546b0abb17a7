// Limits the transports enforce on what they read.

/**
 * The largest response body read into memory (16 MiB). A page of 100 payments is well under 1 MiB; a body
 * larger than this is not a PayConnect answer (a misrouted download, a broken proxy) and would otherwise be
 * buffered whole.
 */
export const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
