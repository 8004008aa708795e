// Slowing down password guessing without letting anyone lock an account: failures are
// counted per account *and* address (consecutive: a success clears them) and per address per
// day. Someone guessing from elsewhere never stops the owner from signing in from their own
// address. The counts are kept in the database, shared by every app process.
// docs/decisions/0016.
import { RateLimiterRes } from "rate-limiter-flexible";
import type { Connection } from "../db/client";
import { storedRateLimiter } from "../data/accounts/rate-limit-store";

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type SignInThrottle = {
  /** Counts an attempt before the password is checked, so a burst of parallel guesses is counted. */
  attempt: (email: string, address: string) => Promise<ThrottleVerdict>;
  /** The password was right: the attempt was no failure. */
  succeeded: (email: string, address: string) => Promise<void>;
};

const pairKey = (email: string, address: string) => `${email}|${address}`;

/** Sign-in throttling, docs/decisions/0016. */
export function signInLimits() {
  return {
    /** Wrong passwords in a row for one account from one address before it waits… */
    consecutiveFailuresPerAccountAndAddress: 5,
    /** …this long (and the count is forgotten after as long without a failure). */
    failureWindowSeconds: 15 * 60,
    /** Wrong passwords from one address in a day, whatever the accounts: a desk behind one address stays well under it. */
    failuresPerAddressPerDay: 100,
  };
}

export type SignInThrottleOptions = { connection?: Connection; limits?: Partial<ReturnType<typeof signInLimits>> };

export function createSignInThrottle({ connection, limits: overrides }: SignInThrottleOptions = {}): SignInThrottle {
  const limits = { ...signInLimits(), ...overrides };
  const perPair = storedRateLimiter(
    {
      keyPrefix: "sign-in-failures",
      points: limits.consecutiveFailuresPerAccountAndAddress,
      duration: limits.failureWindowSeconds,
      blockDuration: limits.failureWindowSeconds,
    },
    connection,
  );
  const perAddress = storedRateLimiter({ keyPrefix: "sign-in-failures-daily", points: limits.failuresPerAddressPerDay, duration: 24 * 60 * 60 }, connection);

  return {
    async attempt(email, address) {
      try {
        // The address's daily count first: a refused pair must not spare it.
        await perAddress.consume(address);
        await perPair.consume(pairKey(email, address));
        return { allowed: true };
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
      }
    },
    async succeeded(email, address) {
      await perPair.delete(pairKey(email, address));
      await perAddress.reward(address);
    },
  };
}
