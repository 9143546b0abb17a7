// `@payconnect/sdk/redis`: the shared store on Redis (node-redis, an optional peer dependency), for deployments of
// many replicas. Importing it needs `npm install redis`; the other entries never load it.
export { SharedStoreError } from "../state/errors.js";
export { PayConnectError } from "../error-base.js";
export type { SharedStore } from "../state/store.js";
export { redisStore, type RedisClientLike, type RedisStore, type RedisStoreOptions } from "../state/redis.js";
