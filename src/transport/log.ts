// Opt-in logging (issue 10, "seeing what happens"): every attempt, every retry with its reason and delay,
// every token refresh, through a logger the caller passes. Off unless `logLevel` says otherwise. Each line
// passes through `redact` (the client's credentials) and has customer emails masked, so a log can be shared.

export type LogLevel = "off" | "error" | "warn" | "info" | "debug";
export type LogFields = Record<string, string | number | undefined>;
/** Anything with these four methods: `console`, pino, winston, … Each gets a message and a fields object. */
export interface Logger {
  error(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  debug(message: string, fields?: LogFields): void;
}
export type Log = (level: Exclude<LogLevel, "off">, message: string, fields?: LogFields) => void;

const LEVELS: readonly LogLevel[] = ["off", "error", "warn", "info", "debug"];
// An address in plain text, its local part any RFC 5322 atext (`john*doe`, `o'brien`), or percent-encoded
// in a URL (`customer_email=john*doe%40b.com`), where `&`, `=`, `/` and `?` are the URL's own and the local
// part is what encodeURIComponent and URLSearchParams leave as is plus %XX. Each starts where a run of its
// characters starts (the lookbehind), so a long run without an address is scanned once, not once per character.
const ATEXT = "[\\w.!#$%&'*+/=?^`{|}~-]";
const URL_LOCAL = "(?:[\\w.!~*'()+-]|%[0-9a-f]{2})";
const DOMAIN = "[\\w-]+(?:\\.[\\w-]+)+";
const EMAIL = new RegExp(`(?<!${ATEXT})${ATEXT}+@${DOMAIN}|(?<![\\w.!~*'()+%-])${URL_LOCAL}+%40${DOMAIN}`, "gi");

/** Why the logging options are unusable, or undefined. */
export function logProblem(logger: unknown, logLevel: unknown): string | undefined {
  if (logLevel !== undefined && !LEVELS.includes(logLevel as LogLevel)) return `\`logLevel\` must be one of ${LEVELS.join(", ")}`;
  if (logger !== undefined && !(["error", "warn", "info", "debug"] as const).every((m) => typeof (logger as Logger)?.[m] === "function")) {
    return "`logger` must have error, warn, info and debug methods (console works)";
  }
  return undefined;
}

export function createLog(logger: Logger, logLevel: LogLevel, redact: (text: string) => string): Log {
  const clean = (text: string) => redact(text).replace(EMAIL, "[email]");
  return (level, message, fields = {}) => {
    if (LEVELS.indexOf(level) > LEVELS.indexOf(logLevel)) return;
    const safe: LogFields = {};
    // A value the call does not have is left out, not printed as undefined or "".
    for (const [k, v] of Object.entries(fields)) if (v !== undefined && v !== "") safe[k] = typeof v === "string" ? clean(v) : v;
    try {
      logger[level](`[payconnect] ${clean(message)}`, safe);
    } catch {
      // A failing logger must not fail a payment.
    }
  };
}
