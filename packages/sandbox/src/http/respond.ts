// Writes JSON and HTML responses with the headers every API response carries.
import type { ServerResponse } from "node:http";

/**
 * An answer given before the request body was read to its end (a body over the limit) leaves the rest of it on
 * the connection, where it would be read as the next request: such a connection is closed after the answer, and
 * the client is told so instead of finding out with a reset on its next request.
 */
function closeIfUnread(res: ServerResponse): Record<string, string> {
  return res.req?.complete === false ? { Connection: "close" } : {};
}

/** `contentType` is other than JSON's only for the sandbox's `wrong-content-type` fault. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>, contentType = "application/json; charset=utf-8"): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, ...closeIfUnread(res), "Content-Type": contentType, "Content-Length": String(Buffer.byteLength(text)) });
  res.end(text);
}

export function sendHtml(res: ServerResponse, status: number, html: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, {
    ...headers,
    ...closeIfUnread(res),
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": String(Buffer.byteLength(html)),
    // The page is the sandbox's own: no scripts, no framing, nothing loaded from elsewhere.
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http: https:; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
  });
  res.end(html);
}

export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { Location: location, "Content-Length": "0" });
  res.end();
}
