// The app's rate limits, one set per process. Kept on globalThis because Next may load this
// module more than once (pages, actions and route handlers are bundled apart), and separate
// copies would each allow the full count.
import { config } from "../config";
import { createRateLimiter, type RateLimiter } from "./rate-limit";

const minute = 60_000;

export type AppLimits = {
  /** Failed sign-ins per email: the limit an attacker cannot dodge by changing address. */
  signInPerEmail: RateLimiter;
  /** Failed sign-ins per client address: higher, since one office may share an address. */
  signInPerAddress: RateLimiter;
  /** Requests with a bearer token that matches nothing, per client address. */
  unknownTokenPerAddress: RateLimiter;
  /** Requests per API token (API_TOKEN_REQUESTS_PER_MINUTE, default 6,000). */
  requestsPerToken: RateLimiter;
};

function tokenRequestsPerMinute() {
  return config().API_TOKEN_REQUESTS_PER_MINUTE;
}

export function createAppLimits(): AppLimits {
  return {
    signInPerEmail: createRateLimiter({ limit: 5, windowMs: minute }),
    signInPerAddress: createRateLimiter({ limit: 30, windowMs: minute }),
    unknownTokenPerAddress: createRateLimiter({ limit: 20, windowMs: minute }),
    requestsPerToken: createRateLimiter({ limit: tokenRequestsPerMinute(), windowMs: minute }),
  };
}

const globalForLimits = globalThis as typeof globalThis & { claimTrackerLimits?: AppLimits };

export function appLimits(): AppLimits {
  globalForLimits.claimTrackerLimits ??= createAppLimits();
  return globalForLimits.claimTrackerLimits;
}
