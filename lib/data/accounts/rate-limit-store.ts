// The store of the sign-in throttle: rate-limiter-flexible's Prisma limiter on the
// `rate_limits` table, so every app process counts the same failures. Writes go through the
// connection's write queue like every other write (one writer on SQLite). docs/decisions/0016.
import { type IRateLimiterStoreOptions, RateLimiterPrisma } from "rate-limiter-flexible";
import { type Connection, db } from "../../db/client";

type RateLimitArguments = Record<string, unknown>;

/** What RateLimiterPrisma asks of a Prisma client, for the model `rateLimit`. */
function rateLimitStore(connection: Connection) {
  return {
    rateLimit: {
      findFirst: (query: RateLimitArguments) => connection.read.rateLimit.findFirst(query as never),
      upsert: (query: RateLimitArguments) => connection.writeTransaction((tx) => tx.rateLimit.upsert(query as never)),
      deleteMany: (query: RateLimitArguments) => connection.writeTransaction((tx) => tx.rateLimit.deleteMany(query as never)),
    },
  };
}

export type StoredLimitRule = Pick<IRateLimiterStoreOptions, "keyPrefix" | "points" | "duration" | "blockDuration">;

/** A limiter whose counts live in the database. */
export function storedRateLimiter(rule: StoredLimitRule, connection: Connection = db()): RateLimiterPrisma {
  return new RateLimiterPrisma({ ...rule, storeClient: rateLimitStore(connection), tableName: "rateLimit" });
}
