"use server";
// Signing out deletes the session's row, so the token is dead even if a copy of the cookie
// survives somewhere; then the cookie itself is removed.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { endSession } from "@/lib/data/accounts/sessions";

export async function signOutAction(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(sessionCookieName)?.value;
  if (token) await endSession(token);
  jar.delete(sessionCookieName);
  redirect("/sign-in?signedOut=1");
}
