// Which strings can be sent as a bearer credential: printable ASCII without spaces. A line break, a NUL or
// a non-ASCII letter cannot travel in a header; left in, the transport's header check would quote the
// credential in its error message.
export function isHeaderSafeCredential(value: string): boolean {
  return /^[\x21-\x7e]+$/.test(value);
}
