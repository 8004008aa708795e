import type { Metadata } from "next";
import { SignInForm } from "./sign-in-form";
import { safeReturnPath } from "@/lib/auth/return-path";

export const metadata: Metadata = { title: "Sign in" };

// A fresh CSP nonce on every response (proxy.ts) needs the page rendered per request.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ next?: string | string[]; signedOut?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { next, signedOut } = await searchParams;
  return <SignInForm returnPath={safeReturnPath(typeof next === "string" ? next : undefined)} signedOut={signedOut === "1"} />;
}
