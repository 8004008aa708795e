// The security headers every response carries (set by proxy.ts). The Content Security Policy
// allows scripts only from this origin that carry the request's nonce, which Next adds to its
// own scripts when it finds the nonce in the request's CSP header ('strict-dynamic' lets those
// scripts load the app's chunks). Styles allow 'unsafe-inline': React's style attributes and
// the charts' SVG need it, and a nonce cannot cover style attributes. docs/decisions/0006.

export type PolicyOptions = { nonce: string; https: boolean; development: boolean };

export function contentSecurityPolicy({ nonce, https, development }: PolicyOptions): string {
  const directives = [
    "default-src 'self'",
    // React uses eval only in development, to rebuild server error stacks.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Over plain http (localhost) this would send the page's requests to an https that is not there.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function securityHeaders({ https }: { https: boolean }): Record<string, string> {
  return {
    "x-content-type-options": "nosniff",
    // Links out to news sites must not tell them which topic or report an analyst was reading.
    "referrer-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    // For browsers that predate frame-ancestors.
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    ...(https ? { "strict-transport-security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** 128 random bits, base64: a fresh nonce for every response. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
