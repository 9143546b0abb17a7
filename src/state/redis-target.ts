// Which Redis a store talks to, as messages name it (`redis://host:port/db`), and the credentials no message may
// show (the URL's user name and password, raw and decoded, or those of a client passed in): read from the options
// before anything connects.
import { PayConnectError } from "../error-base.js";
import type { RedisClientLike } from "./redis.js";

export interface RedisTarget {
  description: string;
  secrets: string[];
}

export function fromUrl(url: string): RedisTarget {
  const parsed = parseUrl(url);
  const secrets = parsed.username || parsed.password ? [url, parsed.password, parsed.username, safeDecode(parsed.password), safeDecode(parsed.username)] : [];
  return { description: `${parsed.protocol}//${parsed.hostname}:${parsed.port || 6379}/${parsed.pathname.slice(1) || 0}`, secrets };
}

export function fromClient(client: RedisClientLike): RedisTarget {
  const given = readOptions(client);
  const secrets = given?.username || given?.password ? [given.url ?? "", given.password ?? "", given.username ?? ""] : [];
  const description = given?.socket?.host !== undefined || given?.socket?.port !== undefined
    ? `redis://${given.socket.host ?? "localhost"}:${given.socket.port ?? 6379}/${given.database ?? 0}`
    : "redis (a client you passed)";
  return { description, secrets };
}

function parseUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // The URL is not repeated: it may hold a password.
    throw new PayConnectError("redisStore: options.url is not a URL; expected redis://[[user]:password@]host[:port][/db] or rediss://…");
  }
  if (parsed.protocol !== "redis:" && parsed.protocol !== "rediss:") {
    throw new PayConnectError(`redisStore: options.url must start with redis:// or rediss://, not ${parsed.protocol}//; for another kind of connection, pass a node-redis client as options.client`);
  }
  if (!/^\/\d*$/.test(parsed.pathname) && parsed.pathname !== "") throw new PayConnectError("redisStore: options.url's path must be a database number (redis://host:port/0)");
  return parsed;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function readOptions(client: RedisClientLike): { socket?: { host?: string; port?: number }; database?: number; url?: string; username?: string; password?: string } | undefined {
  try {
    return client.options as ReturnType<typeof readOptions>;
  } catch {
    return undefined;
  }
}
