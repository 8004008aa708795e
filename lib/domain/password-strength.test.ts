import { expect, test } from "vitest";
import { NewPasswordSchema } from "../schemas/account";
import { weakPasswordReason } from "./password-strength";

test("blank and very common passwords are refused, with the reason", () => {
  expect(weakPasswordReason("            ")).toBe("A password cannot be blank");
  for (const common of ["password1234", "123456789012", "qwertyuiop123", "aaaaaaaaaaaa"]) {
    expect(weakPasswordReason(common)).toMatch(/^This password is too easy to guess/);
  }
});

test("a passphrase of unrelated words is accepted", () => {
  expect(weakPasswordReason("correct horse battery staple")).toBeNull();
  expect(weakPasswordReason("lantern quietly orbits marmalade")).toBeNull();
});

test("a new account's password goes through the same rule", () => {
  const refused = NewPasswordSchema.safeParse("            ");
  expect(refused.success).toBe(false);
  expect(refused.error?.issues.map((issue) => issue.message)).toContain("A password cannot be blank");
  expect(NewPasswordSchema.safeParse("password1234").success).toBe(false);
  expect(NewPasswordSchema.safeParse("correct horse battery staple").success).toBe(true);
});
