import { expect, test } from "vitest";
import { createRateLimiter, takeFromAll } from "./rate-limit";

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

test("allows the limit within the window, refuses the next with the seconds until a slot frees", () => {
  const time = clock();
  const limiter = createRateLimiter({ limit: 3, windowMs: 60_000 }, time.now);
  expect([limiter.take("ana"), limiter.take("ana")]).toEqual([{ allowed: true }, { allowed: true }]);
  time.advance(10_000);
  expect(limiter.take("ana")).toEqual({ allowed: true });
  expect(limiter.take("ana")).toEqual({ allowed: false, retryAfterSeconds: 50 });
  expect(limiter.take("ben")).toEqual({ allowed: true });
});

test("the window slides: the oldest attempt ages out, not the whole minute at once", () => {
  const time = clock();
  const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 }, time.now);
  limiter.take("ana");
  time.advance(30_000);
  limiter.take("ana");
  time.advance(29_999);
  expect(limiter.take("ana")).toEqual({ allowed: false, retryAfterSeconds: 1 });
  time.advance(1);
  expect(limiter.take("ana")).toEqual({ allowed: true });
  expect(limiter.take("ana")).toEqual({ allowed: false, retryAfterSeconds: 30 });
});

test("refused attempts do not extend the lockout", () => {
  const time = clock();
  const limiter = createRateLimiter({ limit: 1, windowMs: 60_000 }, time.now);
  limiter.take("ana");
  for (let second = 0; second < 59; second++) {
    time.advance(1_000);
    expect(limiter.take("ana").allowed).toBe(false);
  }
  time.advance(1_000);
  expect(limiter.take("ana").allowed).toBe(true);
});

test("refund gives back one attempt and reset forgets them all", () => {
  const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 }, clock().now);
  limiter.take("ana");
  limiter.take("ana");
  limiter.refund("ana");
  expect(limiter.take("ana").allowed).toBe(true);
  expect(limiter.take("ana").allowed).toBe(false);
  limiter.reset("ana");
  expect(limiter.take("ana").allowed).toBe(true);
});

test("taking from several limiters is all or nothing", () => {
  const time = clock();
  const perEmail = createRateLimiter({ limit: 5, windowMs: 60_000 }, time.now);
  const perAddress = createRateLimiter({ limit: 1, windowMs: 60_000 }, time.now);
  expect(
    takeFromAll([
      [perEmail, "ana"],
      [perAddress, "10.0.0.1"],
    ]),
  ).toEqual({ allowed: true });
  expect(
    takeFromAll([
      [perEmail, "ana"],
      [perAddress, "10.0.0.1"],
    ]),
  ).toEqual({ allowed: false, retryAfterSeconds: 60 });
  // The refused attempt was given back to the email's limiter: 4 more fit, not 3.
  for (let attempt = 0; attempt < 4; attempt++) expect(perEmail.take("ana").allowed).toBe(true);
  expect(perEmail.take("ana").allowed).toBe(false);
});

test("many keys that went quiet are swept, so memory does not grow without bound", () => {
  const time = clock();
  const limiter = createRateLimiter({ limit: 1, windowMs: 1_000 }, time.now);
  for (let key = 0; key < 5_000; key++) limiter.take(`address-${key}`);
  expect(limiter.trackedKeys()).toBe(5_000);
  time.advance(2_000);
  for (let key = 0; key < 1_000; key++) limiter.take(`late-${key}`);
  // The early keys aged out and were swept on the way; only recent ones remain.
  expect(limiter.trackedKeys()).toBeLessThanOrEqual(1_000);
});
