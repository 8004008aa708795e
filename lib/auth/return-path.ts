// Where to go after signing in: only a path on this site, so that a crafted link to
// /sign-in?next=https://elsewhere cannot send an analyst off-site with their guard down.
export function safeReturnPath(next: FormDataEntryValue | string | null | undefined): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  if (next.startsWith("/sign-in")) return "/";
  return next;
}
