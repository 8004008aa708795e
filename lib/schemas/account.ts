// The fields of accounts, parsed the same way by the sign-in form, the API, and the scripts.
import { z } from "zod";
import { roles } from "../domain/vocabulary";
import { AppError, zodIssues } from "../errors";

/** Emails are compared trimmed and in lower case: "Ana@Desk.org " is ana@desk.org. */
export const EmailSchema = z
  .string({ error: "Enter your email address" })
  .trim()
  .toLowerCase()
  .max(254, "An email address has at most 254 characters")
  .pipe(z.email({ error: "Enter an email address, like name@example.org" }));

// A long passphrase is welcome; a megabyte is not (every guess costs a scrypt).
const passwordMaxLength = 1024;

/** New passwords: long enough to resist guessing once the hash is slow (NIST SP 800-63B asks for 8+). */
export const NewPasswordSchema = z
  .string({ error: "Enter a password" })
  .min(12, "A password needs at least 12 characters")
  .max(passwordMaxLength, `A password has at most ${passwordMaxLength} characters`);

export const RoleSchema = z.enum(roles, { error: `The role must be one of: ${roles.join(", ")}` });

export const NewUserSchema = z.strictObject({ email: EmailSchema, role: RoleSchema, password: NewPasswordSchema });

/** Sign-in checks only that something was typed: the rules for new passwords may have changed since. */
export const SignInSchema = z.strictObject({
  email: EmailSchema,
  password: z.string({ error: "Enter your password" }).min(1, "Enter your password").max(passwordMaxLength, "That password is too long"),
});
export type SignInInput = z.output<typeof SignInSchema>;

export const TokenNameSchema = z
  .string({ error: "Name the token" })
  .trim()
  .min(1, "Name the token (what it is for)")
  .max(100, "A token's name has at most 100 characters");

/** Parses, or throws the app's validation error naming every bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("validation_failed", "Some fields are not valid", zodIssues(parsed.error));
  return parsed.data;
}
