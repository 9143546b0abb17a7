// Text another party wrote (a webhook endpoint's answer, a provider's error), made inert for a terminal: control
// characters (escape sequences, carriage returns), C1 controls, line and paragraph separators and bidi overrides
// are shown as \u escapes, so they neither act on the terminal nor start a line of their own.

export function inertText(text: string): string {
  return text.replace(/[\x00-\x1F\x7F-\x9F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Lines for a terminal: each line of `text` made inert, the line breaks between them kept. */
export const inertLines = (text: string): string => text.split("\n").map(inertText).join("\n");
