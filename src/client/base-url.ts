// Which baseUrl a client can use: an http(s) URL the SDK can append an API path to, without a user name or password.

const EXAMPLE = "e.g. https://api.payconnect.com";

/** This machine: a sandbox or mock here is reached without the key crossing a network. URL has normalised the
 * host (lower case, `127.1` → `127.0.0.1`, IPv6 in brackets). Not `*.localhost`: Node's resolver looks such a
 * name up like any other, so a search domain or a DNS server could send the key elsewhere. */
const isLoopback = (host: string) => host === "localhost" || /^127\.\d+\.\d+\.\d+$/.test(host) || host === "[::1]";

/** Why `baseUrl` is unusable, or undefined. Never quotes the value: it may hold a password or a key. */
export function baseUrlProblem(baseUrl: string, allowInsecureConnection = false): string | undefined {
  // URL parsing drops leading and trailing whitespace and any tab or line break, but the SDK appends paths to
  // the text as given: "https://host/\n" + "/v1/payments" would reach //v1/payments. Usually an env file's newline.
  if (/[\s\u0000-\u001f\u007f]/.test(baseUrl)) {
    return `\`baseUrl\` contains whitespace or a control character (often a trailing newline from an env file); pass the URL alone, ${EXAMPLE}`;
  }
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    return `\`baseUrl\` must be an http(s) URL with its scheme, ${EXAMPLE}`;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return `\`baseUrl\` must be an http(s) URL with its scheme, ${EXAMPLE}`;
  if (parsed.protocol === "http:" && !allowInsecureConnection && !isLoopback(parsed.hostname)) {
    return "`baseUrl` uses http://, which sends the secret key unencrypted: use https:// (plain http is allowed for this machine: " +
      "localhost, 127.0.0.1, [::1]); for a mock on another host of a private network, also pass `allowInsecureConnection: true`";
  }
  // Userinfo would be sent to the server (fetch refuses it outright, quoting the URL in its error) and shown
  // in error messages; the API authenticates with secretKey only.
  if (parsed.username !== "" || parsed.password !== "") {
    return `\`baseUrl\` must not contain a user name or password (user:pass@); pass only the origin, ${EXAMPLE}`;
  }
  // Paths are appended to the text: after a query or fragment they would be part of it, and every request would
  // go to the base path. Tested on the text, as `?` and `#` with nothing after them leave search and hash empty.
  if (/[?#]/.test(baseUrl)) {
    return `\`baseUrl\` must not contain a query (?…) or fragment (#…): the SDK appends each API path to it; pass the origin (and a path prefix, if any), ${EXAMPLE}`;
  }
  return undefined;
}

/**
 * Why `baseUrl` (trailing slashes dropped) repeats the path prefix every operation path starts with (`/v1`), or
 * undefined. Copied from the docs with it, every call would go to /v1/v1/…, and a PayConnect-style 404 from
 * there would look like "payment not found". The prefix comes from the spec's paths; with none shared, no check.
 */
export function basePathProblem(baseUrl: string, paths: readonly string[]): string | undefined {
  const first = paths[0]?.split("/")[1];
  if (!first || !paths.every((p) => p.startsWith(`/${first}/`))) return undefined;
  if (!new URL(baseUrl).pathname.replace(/\/+$/, "").endsWith(`/${first}`)) return undefined;
  return `\`baseUrl\` ends with /${first}, which every API path starts with (the SDK adds it): pass the API root, ${EXAMPLE}`;
}
