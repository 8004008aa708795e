// POST /api/v1/session signs in (JSON email and password), DELETE signs out: the API form of
// the sign-in page, for tools that keep a cookie. Tokens are the usual way for scripts.
export { signInRoute as POST, signOutRoute as DELETE } from "@/lib/http/session-routes";
