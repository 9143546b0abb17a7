// Cursor pagination as the spec describes it: newest first, `limit` objects after `starting_after`,
// `has_more` when more follow; an unknown cursor is 404 not_found.
import { ApiFailure } from "../http/api-error.ts";

export interface Page<T> {
  object: "list";
  data: T[];
  has_more: boolean;
}

export function paginate<T extends { id: string }>(
  items: Iterable<T>,
  query: Record<string, unknown>,
  defaultLimit: number,
  what: string,
): Page<T> {
  const limit = typeof query.limit === "number" ? query.limit : defaultLimit;
  const after = typeof query.starting_after === "string" ? query.starting_after : undefined;
  const data: T[] = [];
  let started = after === undefined;
  let has_more = false;
  for (const item of items) {
    if (!started) {
      started = item.id === after;
      continue;
    }
    if (data.length === limit) {
      has_more = true;
      break;
    }
    data.push(item);
  }
  if (!started) throw new ApiFailure("not_found", `starting_after: no ${what} with id ${after} in this list.`, "/starting_after");
  return { object: "list", data, has_more };
}
