// Which baseUrl a client can use: an http(s) URL without a user name or password.

/** Why `baseUrl` is unusable, or undefined. Never quotes the value: it may hold a password. */
export function baseUrlProblem(baseUrl: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    return "`baseUrl` must be an http(s) URL such as https://api.payconnect.com";
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return "`baseUrl` must be an http(s) URL such as https://api.payconnect.com";
  // Userinfo would be sent to the server (fetch refuses it outright, quoting the URL in its error) and shown
  // in error messages; the API authenticates with secretKey only.
  if (parsed.username !== "" || parsed.password !== "") {
    return "`baseUrl` must not contain a user name or password (user:pass@); pass only the origin, e.g. https://api.payconnect.com";
  }
  return undefined;
}
