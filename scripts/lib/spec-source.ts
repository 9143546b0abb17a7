// Reading a spec file with source positions, so that every problem found in it — YAML syntax, a wrong
// `openapi` version, a `$ref` that points at nothing — is reported as `file:line:col` with what to do,
// instead of an exception from whichever generator tripped over it first.
import { readFileSync } from "node:fs";
import { isAbsolute, relative } from "node:path";
import { type Document, LineCounter, type Node, isMap, isScalar, isSeq, parseDocument, visit } from "yaml";
import { unescapeSegment } from "../../src/json-pointer.ts";

/** A problem with the spec file itself. Scripts print its message alone: it already says where and what to do. */
export class SpecError extends Error {
  override name = "SpecError";
}

export interface SpecSource {
  /** The file as the user would type it: relative to the working directory when inside it. */
  file: string;
  value: unknown;
  /** `file:line:col` of a JSON pointer (`#/paths/~1v1~1payments/post`), or of its deepest existing parent. */
  locate(pointer: string): string;
  /** Every `$ref` string in the document, with where it is written. */
  refs(): { ref: string; at: string }[];
}

export function readSpecSource(path: string): SpecSource {
  const file = displayName(path);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      throw new SpecError(`${file}: no such file. Pass the spec with --spec <file> (default: openapi.yaml in the working directory).`);
    }
    throw new SpecError(`${file}: cannot read the spec (${code ?? String(error)}). Pass a readable file with --spec <file>.`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) {
    const lines = doc.errors.map((e) => {
      const at = e.linePos?.[0] ?? { line: 1, col: 1 };
      const message = e.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
      return `${file}:${at.line}:${at.col}: YAML syntax error: ${message}`;
    });
    throw new SpecError(`${lines.join("\n")}\nFix the YAML at ${lines.length === 1 ? "that line" : "those lines"} (indentation, quotes, brackets, duplicate keys).`);
  }
  const where = (node: Node | null | undefined): string => {
    const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
    return `${file}:${line}:${col}`;
  };
  return {
    file,
    value: doc.toJS(),
    locate: (pointer) => where(deepestNode(doc, pointer)),
    refs() {
      const out: { ref: string; at: string }[] = [];
      visit(doc, {
        Pair(_, pair) {
          if (isScalar(pair.key) && pair.key.value === "$ref" && isScalar(pair.value) && typeof pair.value.value === "string") {
            out.push({ ref: pair.value.value, at: where(pair.value) });
          }
        },
      });
      return out;
    },
  };
}

function deepestNode(doc: Document, pointer: string): Node | null {
  let node = doc.contents as Node | null;
  for (const raw of pointer.replace(/^#?\/?/, "").split("/").filter((s) => s !== "")) {
    const key = unescapeSegment(raw);
    let next: unknown;
    if (isMap(node)) next = node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key)?.value;
    else if (isSeq(node)) next = node.items[Number(key)];
    if (next === undefined || next === null) break;
    node = next as Node;
  }
  return node;
}

function displayName(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}
