// Matches a request to an operation of the generated operation table (the SDK's own), so the sandbox serves
// exactly the spec's routes: a path the spec does not describe is not found.
import { type OperationInfo, operations } from "../../../../generated/operations.ts";

export interface Route {
  operationId: string;
  op: OperationInfo;
  pathParams: Record<string, string>;
}

interface Compiled {
  operationId: string;
  op: OperationInfo;
  pattern: RegExp;
}

const compiled: Compiled[] = Object.entries(operations as Record<string, OperationInfo>).map(([operationId, op]) => ({
  operationId,
  op,
  // A parameter matches one path segment; decoding happens after the match, so %2F stays inside the segment.
  pattern: new RegExp(`^${op.path.split(/\{[^}]+\}/).map(escapeRegExp).join("([^/]+)")}$`),
}));

export function matchRoute(method: string, pathname: string): Route | undefined {
  for (const { operationId, op, pattern } of compiled) {
    if (op.method !== method.toLowerCase()) continue;
    const m = pattern.exec(pathname);
    if (m === null) continue;
    const pathParams: Record<string, string> = {};
    op.pathParams.forEach((name, i) => {
      pathParams[name] = safeDecode(m[i + 1]!);
    });
    return { operationId, op, pathParams };
  }
  return undefined;
}

// An undecodable segment is passed on as sent, so the parameter's schema rejects it with its own message.
function safeDecode(segment: string): string {
  return decodeSegment(segment) ?? segment;
}

/** A percent-decoded path segment, or undefined when it cannot be decoded (a truncated UTF-8 sequence, a lone surrogate). */
export function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
