/** The first line of every generated file; the drift check and the tests look for it. */
export function header(specName: string, comment: "//" | "#" = "//"): string {
  return `${comment} generated from ${specName} by scripts/generate.ts — do not edit. Run \`npm run generate\`.\n`;
}
