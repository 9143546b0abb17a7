// Opt-in logging (issue 10, "seeing what happens"): every attempt, every retry with its reason and delay,
// every token refresh, through a logger the caller passes. Off unless `logLevel` says otherwise. Each line
// passes through `redact` (the client's credentials) and has customer emails masked, so a log can be shared,
// and is one bounded line whatever a server sent.

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
// An address in plain text, its local part any RFC 5322 atext (`john*doe`, `o'brien`) or letter, digit or mark of
// any script (`renée`, RFC 6531), its domain any script too and dotless (`ops@intranet`); or percent-encoded in a
// URL (`customer_email=john*doe%40b.com`), where `&`, `=`, `/` and `?` are the URL's own and both parts are what
// encodeURIComponent and URLSearchParams leave as is plus %XX (UTF-8 of a non-ASCII letter: m%C3%BCller.de).
// Each starts where a run of its characters starts (the lookbehind), so a long run without an address is scanned
// once, not once per character. Every repeat is of one character class, never of a group with alternatives:
// V8 keeps a backtrack entry per iteration of those, and a 16 MiB run overflowed the stack.
const ATEXT = "[\\p{L}\\p{N}\\p{M}\\w.!#$%&'*+/=?^`{|}~-]";
const LABEL = "[\\p{L}\\p{N}\\p{M}\\w-]+";
const URL_CHAR = "[\\p{L}\\p{N}\\p{M}\\w.!~*'()+%-]";
const URL_LABEL = "[\\p{L}\\p{N}\\p{M}\\w%-]+";
const EMAIL = new RegExp(
  `(?<!${ATEXT})${ATEXT}+@${LABEL}(?:\\.${LABEL})*|(?<!${URL_CHAR})${URL_CHAR}+%40${URL_LABEL}(?:\\.${URL_LABEL})*`,
  "gu",
);

// What a logger gets is bounded and one line, whatever a server put in an error body: a control character (CR/LF
// would forge a line, ESC drive a terminal), DEL, C1 or a Unicode line separator is shown escaped, and a long text
// is cut, saying how much. The limits are far above anything the SDK writes itself.
const MESSAGE_MAX = 2_000;
const FIELD_MAX = 1_000;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const NAMED: Record<string, string> = { "\r": "\\r", "\n": "\\n", "\t": "\\t" };
function escaped(c: string): string {
  if (!CONTROL.test(c)) return c;
  const code = c.charCodeAt(0);
  // Stryker disable next-line EqualityOperator: U+0100 is no control character, so it never gets here
  return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16)}`);
}
/** `text` escaped, at most `max` characters of it, and how many characters were left out (`more` of them after `text`). */
function bounded(text: string, max: number, more = 0): string {
  let out = "";
  let i = 0;
  for (; i < text.length; i++) {
    const piece = escaped(text[i]!);
    if (out.length + piece.length > max) break;
    out += piece;
  }
  // Half an emoji would be an invalid string for a JSON logger: the pair goes together.
  const high = text.charCodeAt(i - 1);
  if (i < text.length && high >= 0xd800 && high <= 0xdbff) {
    out = out.slice(0, -1);
    i--;
  }
  return i < text.length || more > 0 ? `${out}…[+${text.length - i + more} chars]` : out;
}

/** A log level as given, quoted (JSON-escaped, a few characters: it comes from an env file, it is no secret), or its type. */
function shortly(value: unknown): string {
  if (typeof value !== "string") return value === null ? "null" : `a ${typeof value}`;
  return value.length <= 20 ? JSON.stringify(value) : `${JSON.stringify(value.slice(0, 20)).slice(0, -1)}…" (${value.length} characters)`;
}

/** Why the logging options are unusable, or undefined. */
export function logProblem(logger: unknown, logLevel: unknown): string | undefined {
  if (logLevel !== undefined && !LEVELS.includes(logLevel as LogLevel)) return `\`logLevel\` must be one of ${LEVELS.join(", ")}; got ${shortly(logLevel)}`;
  const missing = (["error", "warn", "info", "debug"] as const).filter((m) => typeof (logger as Logger | null)?.[m] !== "function");
  if (logger !== undefined && missing.length > 0) {
    const got = logger !== null && typeof logger === "object" ? `an object without ${missing.join(", ")}` : logger === null ? "null" : `a ${typeof logger}`;
    return `\`logger\` must have error, warn, info and debug methods (console works), got ${got}`;
  }
  return undefined;
}

const OFF: Log = () => {};

/** How far past the cut addresses are still looked for: one that straddles it is masked whole (RFC 5321: ≤ 254). */
const EMAIL_REACH = 4_096;

export function createLog(logger: Logger, logLevel: LogLevel, redact: (text: string) => string): Log {
  // Stryker disable next-line ConditionalExpression: an optimization, "off" logs nothing either way (below)
  if (logLevel === "off") return OFF;
  // Credentials are taken out of the whole text first: one straddling the cut is still found. Addresses only in what
  // can be shown and a reach beyond it: the address pattern over a hostile error code of megabytes ran out of
  // regexp stack once warm (a RangeError, and the error line was lost). Only that masked part is ever shown (an
  // address-like run masks to a few characters), the rest counted.
  const clean = (text: string, max: number) => {
    const safe = redact(text);
    const reach = max + EMAIL_REACH;
    return bounded(safe.slice(0, reach).replace(EMAIL, "[email]"), max, Math.max(0, safe.length - reach));
  };
  return (level, message, fields = {}) => {
    if (LEVELS.indexOf(level) > LEVELS.indexOf(logLevel)) return;
    try {
      const safe: LogFields = {};
      // A value the call does not have is left out, not printed as undefined or "".
      for (const [k, v] of Object.entries(fields)) if (v !== undefined && v !== "") safe[k] = typeof v === "string" ? clean(v, FIELD_MAX) : v;
      const result: unknown = logger[level](`[payconnect] ${clean(message, MESSAGE_MAX)}`, safe);
      // An async logger's failure (a remote sink that is down) is a rejected promise: handled here, or it is an
      // unhandled rejection that ends the process.
      // Stryker disable next-line ConditionalExpression,OptionalChaining: Promise.resolve of a non-thenable resolves (nothing to catch), and reading .then of undefined throws into the catch below: neither is observable
      if (typeof (result as PromiseLike<unknown> | undefined)?.then === "function") Promise.resolve(result).catch(() => {});
    } catch {
      // A failing logger (or a line too big to scrub) must not fail a payment; an unscrubbed line is never sent.
    }
  };
}
