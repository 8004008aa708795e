// Turning a user's URL (or a redirect's Location) into a checked target: a parsed http(s)
// URL and the one address the connection will be pinned to. Everything here runs before any
// connection is opened, and again for every redirect hop.
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { AppError } from "../errors";
import { isLoopbackAddress, isPublicAddress } from "./address";

/** Maps a hostname to every address it resolves to. Injected in tests; DNS otherwise. */
export type Resolver = (hostname: string) => Promise<string[]>;

export type Target = { url: URL; hostname: string; address: string };

export type TargetPolicy = { resolve: Resolver; allowLoopback: boolean; signal: AbortSignal };

const maxUrlLength = 2048;

// News pages live on the standard ports. Other ports on public hosts are what an attacker
// would use to make the server probe services (SSH, databases, admin panels) for them.
const standardPorts = new Set([80, 443]);

export const defaultResolver: Resolver = async (hostname) => {
  const answers = await lookup(hostname, { all: true, verbatim: true });
  return answers.map((answer) => answer.address);
};

/** Parses an address given by a user, or a redirect's Location relative to the page it came from. */
export function parseWebAddress(input: string, base?: URL): URL {
  const trimmed = input.trim();
  if (!trimmed) throw new AppError("bad_request", "Give the address (URL) of the report");
  if (trimmed.length > maxUrlLength) throw new AppError("bad_request", `The address is longer than ${maxUrlLength} characters`);
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    throw new AppError("bad_request", "That is not a valid web address (URL); it should look like https://example.com/story");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new AppError("bad_request", `Only http and https addresses can be fetched, not ${url.protocol.replace(/:$/, "")}`);
  }
  // Credentials in a URL would be sent to the host, and they hide the real host from a
  // reader ("https://trusted.example@evil.example/").
  if (url.username || url.password) throw new AppError("bad_request", "The address contains a user name or password; remove them");
  return url;
}

/** The URL's host without IPv6 brackets, as the resolver and the request take it. */
function bareHostname(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, "$1");
}

function portOf(url: URL): number {
  if (url.port) return Number(url.port);
  return url.protocol === "https:" ? 443 : 80;
}

function privateAddressError(): AppError {
  // Deliberately vague: the user learns nothing about which internal address a name maps to.
  return new AppError("bad_request", "The address points to a private or local network address, which cannot be fetched");
}

async function resolveAddresses(hostname: string, policy: TargetPolicy): Promise<string[]> {
  if (isIP(hostname)) return [hostname];
  let addresses: string[];
  try {
    addresses = await abortable(policy.resolve(hostname), policy.signal);
  } catch (error) {
    if (policy.signal.aborted) throw error;
    const code = (error as { code?: unknown } | null)?.code;
    if (code === "ENOTFOUND" || code === "ENODATA") throw new AppError("bad_request", `No web server is known by the name ${hostname}`);
    throw new AppError("upstream_failed", `The name ${hostname} could not be looked up; try again later`);
  }
  if (addresses.length === 0) throw new AppError("bad_request", `No web server is known by the name ${hostname}`);
  return addresses;
}

function isAllowed(address: string, allowLoopback: boolean): boolean {
  return isPublicAddress(address) || (allowLoopback && isLoopbackAddress(address));
}

/**
 * Resolves the URL's host and checks every address it resolves to: one private answer
 * among public ones is enough to refuse, since we cannot tell which one a connection would
 * get. The first address is the one the connection is pinned to.
 */
export async function checkTarget(url: URL, policy: TargetPolicy): Promise<Target> {
  const hostname = bareHostname(url);
  const addresses = await resolveAddresses(hostname, policy);
  if (!addresses.every((address) => isAllowed(address, policy.allowLoopback))) throw privateAddressError();
  const address = addresses[0]!;
  // The loopback opt-in exists for a local test server, which listens on any port.
  if (!standardPorts.has(portOf(url)) && !isLoopbackAddress(address)) {
    throw new AppError("bad_request", `The address uses port ${portOf(url)}; only the standard web ports 80 and 443 can be fetched`);
  }
  return { url, hostname, address };
}

/** Rejects as soon as the signal aborts, even if the work (a DNS lookup) cannot be cancelled. */
export function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
