// A response body read with a bound: a server may answer with any amount of data, and every exchange is kept for
// the report, so the runner reads at most MAX_BODY_BYTES of it and says the rest was left unread.
export const MAX_BODY_BYTES = 1_000_000;

export async function readBody(res: Response): Promise<string> {
  if (res.body === null) return "";
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined);
      const text = new TextDecoder().decode(Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES));
      return `${text}… (the body is longer than ${MAX_BODY_BYTES} bytes; the rest was not read)`;
    }
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
