// Which address a request comes from, for the rate limits. A client may write anything in
// X-Forwarded-For, so it is believed only as far as TRUST_PROXY says proxies of ours stand in
// front of the app; with none, the TCP peer's address is the client's. Next's own server keeps
// a client's X-Forwarded-For as it came, so the app is served by scripts/serve.ts, which
// writes the resolved address into X-Forwarded-For before Next sees the request.
//
// TRUST_PROXY and HOST come from the configuration module (lib/config.ts). docs/decisions/0016.
import { readConfig } from "../config";

/** TRUST_PROXY: how many proxies of ours stand in front of the app (0 or unset: none). */
export function trustedProxyCount(environment: Record<string, string | undefined> = process.env): number {
  return readConfig(environment).TRUST_PROXY;
}

/** HOST: the address the app listens on; loopback unless said otherwise. */
export function listenHost(environment: Record<string, string | undefined> = process.env): string {
  return readConfig(environment).HOST;
}

/**
 * The client's address: the socket's peer, or, behind `trustedProxies` proxies that each
 * append the address they received from, the entry the outermost of them wrote. Entries
 * further left were written by the client and prove nothing.
 */
export function resolveClientAddress(peerAddress: string | undefined, forwardedFor: string | undefined, trustedProxies: number): string {
  const peer = normaliseAddress(peerAddress ?? "") || "unknown";
  if (trustedProxies <= 0) return peer;
  const forwarded = (forwardedFor ?? "")
    .split(",")
    .map((entry) => normaliseAddress(entry))
    .filter(Boolean);
  const chain = [...forwarded, peer];
  return chain[Math.max(0, chain.length - 1 - trustedProxies)]!;
}

/** IPv4 addresses arrive as "::ffff:127.0.0.1" on a dual-stack socket: one spelling per client. */
function normaliseAddress(address: string): string {
  const trimmed = address.trim();
  return trimmed.startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

/**
 * The client's address as the app sees it: scripts/serve.ts has replaced X-Forwarded-For by
 * the resolved address, so its first entry is the client's.
 */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}

/** The host the browser addressed: the proxy's X-Forwarded-Host only when proxies are trusted. */
export function requestHost(headers: Headers, trustedProxies = trustedProxyCount()): string | null {
  const forwarded = trustedProxies > 0 ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  return forwarded || headers.get("host");
}
