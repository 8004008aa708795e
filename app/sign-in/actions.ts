"use server";
// The sign-in form's server action. Next checks a server action's Origin against its Host,
// and the rate limits and the password check live in lib/auth/sign-in.ts.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { SignInSchema } from "@/lib/schemas/account";
import { clientAddress } from "@/lib/auth/client-address";
import { isServedOverHttps, sessionCookieName, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { signIn } from "@/lib/auth/sign-in";
import { endSession } from "@/lib/data/accounts/sessions";
import { safeReturnPath } from "@/lib/auth/return-path";
import { malformedAction, postedForm } from "@/lib/http/action";

export type SignInState = {
  /** What the analyst typed, so a refused form keeps the email. */
  email: string;
  message?: string;
  fieldErrors?: { email?: string[]; password?: string[] };
};

export async function signInAction(_previous: SignInState, posted: FormData): Promise<SignInState> {
  const form = postedForm(posted);
  if (!form) return { email: "", message: malformedAction().message };
  const typedEmail = String(form.get("email") ?? "");
  const parsed = SignInSchema.safeParse({ email: form.get("email") ?? undefined, password: form.get("password") ?? undefined });
  if (!parsed.success) return { email: typedEmail, fieldErrors: z.flattenError(parsed.error).fieldErrors };

  const requestHeaders = await headers();
  const outcome = await signIn(parsed.data, clientAddress(requestHeaders));
  if (outcome.kind !== "signed_in") return { email: typedEmail, message: outcome.message };

  const jar = await cookies();
  // Rotation: whatever session this browser had before is ended, not carried over.
  const previous = jar.get(sessionCookieName)?.value;
  if (previous) await endSession(previous);
  jar.set(sessionCookieName, outcome.token, sessionCookieOptions(outcome.expiresAt, isServedOverHttps(requestHeaders)));
  redirect(safeReturnPath(form.get("next")));
}
