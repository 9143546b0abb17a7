// JSDoc blocks for generated declarations, built from the spec's own words (summary, description, links).

/** A `/** … *\/` block indented by `indent`, or "" when there is nothing to say. */
export function jsdoc(paragraphs: (string | undefined)[], tags: string[] = [], indent = ""): string {
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    if (!paragraph?.trim()) continue;
    if (lines.length > 0) lines.push("");
    lines.push(...paragraph.trim().split("\n"));
  }
  if (tags.length > 0) {
    if (lines.length > 0) lines.push("");
    lines.push(...tags);
  }
  if (lines.length === 0) return "";
  // A `*/` inside a description would end the comment early and break the generated file.
  const body = lines.map((line) => `${indent} *${line ? " " + line.replace(/\*\//g, "*\\/").trimEnd() : ""}`);
  return `${indent}/**\n${body.join("\n")}\n${indent} */\n`;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}

/** `payment_id` → `paymentId`, `X-Request-Id` → `xRequestId`: a path parameter's name as a TypeScript label. */
export function camelCase(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const joined = words.map((w, i) => (i === 0 ? w[0]!.toLowerCase() + w.slice(1) : w[0]!.toUpperCase() + w.slice(1))).join("");
  return /^[0-9]/.test(joined) ? `_${joined}` : joined || "_";
}
