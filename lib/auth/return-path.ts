// Where to go after signing in: only a path on this site, so that a crafted link to
// /sign-in?next=… cannot send an analyst off-site with their guard down. The path is parsed
// as a browser would (URL drops tabs and newlines, reads "\" as "/"), against a stand-in
// origin: anything that leaves that origin ("//evil", "/\tevil", "https://evil") is refused.
const standIn = "http://claim-tracker.invalid";

export function safeReturnPath(next: FormDataEntryValue | string | null | undefined): string {
  if (typeof next !== "string" || !next.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(next, standIn);
  } catch {
    return "/";
  }
  if (url.origin !== standIn || url.pathname.startsWith("/sign-in")) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
