// Which IP addresses the server may fetch a report from. A URL given by a user must never
// make the server reach its own machine, its private network or the cloud metadata service
// (SSRF): see docs/decisions/0009-fetching-reports-by-url.md.
import { BlockList, isIP } from "node:net";

// IPv4 ranges that are not the public internet (IANA special-purpose registry, RFC 6890).
const notPublicIPv4: [string, number][] = [
  ["0.0.0.0", 8], // "this network", including the unspecified 0.0.0.0
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT: a provider's internal network
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, where cloud metadata services answer (169.254.169.254)
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation (TEST-NET-1)
  ["192.88.99.0", 24], // deprecated 6to4 relays
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation (TEST-NET-2)
  ["203.0.113.0", 24], // documentation (TEST-NET-3)
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, up to the broadcast address 255.255.255.255
];

// IPv6 is allow-listed: only global unicast (2000::/3) can be public. That single rule shuts
// out ::, ::1, unique-local fc00::/7, link-local fe80::/10, multicast ff00::/8, NAT64
// 64:ff9b::/96 and the IPv4-compatible and -translated forms at once.
const globalUnicastIPv6: [string, number][] = [["2000::", 3]];

// Inside 2000::/3, blocks that are not reachable hosts or that tunnel to an IPv4 address we
// could not check (6to4 and Teredo embed one).
const notPublicIPv6: [string, number][] = [
  ["2001::", 23], // IETF protocol assignments, including Teredo 2001::/32
  ["2001:db8::", 32], // documentation
  ["2002::", 16], // 6to4
  ["3fff::", 20], // documentation (RFC 9637)
];

const ipv4MappedIPv6: [string, number][] = [["::ffff:0:0", 96]];

const loopback: [string, number, "ipv4" | "ipv6"][] = [
  ["127.0.0.0", 8, "ipv4"],
  ["::1", 128, "ipv6"],
];

function blockList(ranges: [string, number][], family: "ipv4" | "ipv6"): BlockList {
  const list = new BlockList();
  for (const [network, prefix] of ranges) list.addSubnet(network, prefix, family);
  return list;
}

const notPublicV4 = blockList(notPublicIPv4, "ipv4");
const globalV6 = blockList(globalUnicastIPv6, "ipv6");
const notPublicV6 = blockList(notPublicIPv6, "ipv6");
const mappedV4 = blockList(ipv4MappedIPv6, "ipv6");
const loopbackList = new BlockList();
for (const [network, prefix, family] of loopback) loopbackList.addSubnet(network, prefix, family);

/** A zone index ("fe80::1%eth0") names an interface, not part of the address. */
function withoutZone(ip: string): string {
  const percent = ip.indexOf("%");
  return percent === -1 ? ip : ip.slice(0, percent);
}

/**
 * True only for an address on the public internet. Anything that is not a valid IPv4 or
 * IPv6 address in canonical text form (e.g. "0177.0.0.1") is not public.
 */
export function isPublicAddress(ip: string): boolean {
  const address = withoutZone(ip.trim());
  const family = isIP(address);
  if (family === 4) return !notPublicV4.check(address, "ipv4");
  if (family !== 6) return false;
  // ::ffff:10.0.0.5 reaches 10.0.0.5: judge it by the IPv4 rules. BlockList applies IPv4
  // subnets to IPv4-mapped IPv6 addresses, in dotted or hex form alike.
  if (mappedV4.check(address, "ipv6")) return !notPublicV4.check(address, "ipv6");
  return globalV6.check(address, "ipv6") && !notPublicV6.check(address, "ipv6");
}

/** 127.0.0.0/8, ::1 and their IPv4-mapped forms: the only addresses `allowLoopback` opens. */
export function isLoopbackAddress(ip: string): boolean {
  const address = withoutZone(ip.trim());
  const family = isIP(address);
  if (family === 4) return loopbackList.check(address, "ipv4");
  return family === 6 && loopbackList.check(address, "ipv6");
}
