// How long a session lasts, shared by the cookie (lib/auth) and the stored session (lib/data),
// which may not import each other in that direction.

/** 30 days, sliding: the database extends a session in use (lib/data/accounts/sessions.ts), the proxy its cookie. */
export const sessionLifetimeMs = 30 * 24 * 60 * 60 * 1000;
