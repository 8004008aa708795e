// Password guessing is slowed per account *and* address (issue 11, defect 5): an attacker
// who guesses wrong five times is held, whatever X-Forwarded-For they make up (defect 2),
// while the account's owner, from their own address, signs in with the right password.
import { expect, test } from "vitest";
import { e2eUsers } from "@/e2e/fixtures/users";
import { errorOf, requestFrom } from "../_testing/from-address";

const { locked } = e2eUsers;
const signIn = (address: string, password: string, forwardedFor?: string) =>
  requestFrom(address, "POST", "/api/v1/session", {
    body: JSON.stringify({ email: locked.email, password }),
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
  });

test("an attacker's guesses hold the attacker, not the account's owner", async () => {
  const attacker = "127.0.0.41";
  for (let attempt = 0; attempt < 5; attempt++) {
    expect((await signIn(attacker, `wrong guess ${attempt}`, `203.0.113.${attempt}`)).status).toBe(401);
  }
  // A sixth try, even with the right password and yet another made-up address, is held.
  const held = await signIn(attacker, locked.password, "203.0.113.99");
  expect(held.status).toBe(429);
  expect(errorOf(held)).toMatchObject({ code: "rate_limited", message: expect.stringMatching(/^Too many sign-in attempts\. Try again in \d+ s\.$/) });
  expect(Number(held.headers["retry-after"])).toBeGreaterThan(14 * 60);

  // The owner, from another address, signs in.
  const owner = await signIn("127.0.0.42", locked.password);
  expect(owner.status).toBe(200);
  expect(JSON.parse(owner.text)).toMatchObject({ account: { email: locked.email } });
});
