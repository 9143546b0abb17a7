// JSON Pointer segments (RFC 6901): in a segment "~" is written "~0" and "/" is written "~1". Escaping replaces
// "~" first and unescaping "~1" first, so "~01" stays "~1" as text. Used by the SDK, scripts/ and the sandbox.

export const escapeSegment = (segment: string): string =>
  /[~/]/.test(segment) ? segment.replace(/~/g, "~0").replace(/\//g, "~1") : segment;

export const unescapeSegment = (segment: string): string => segment.replace(/~1/g, "/").replace(/~0/g, "~");
