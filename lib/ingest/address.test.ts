import { describe, expect, test } from "vitest";
import { isLoopbackAddress, isPublicAddress } from "./address";

// Only the text of these addresses is examined: nothing here opens a connection.
const refused: [string, string][] = [
  ["127.0.0.1", "IPv4 loopback"],
  ["127.255.255.254", "the far end of 127/8"],
  ["0.0.0.0", "unspecified"],
  ["0.1.2.3", "this network"],
  ["10.0.0.5", "private 10/8"],
  ["10.255.255.255", "private 10/8, last address"],
  ["172.16.0.1", "private 172.16/12"],
  ["172.31.255.255", "private 172.16/12, last address"],
  ["192.168.1.1", "private 192.168/16"],
  ["169.254.169.254", "cloud metadata (link-local)"],
  ["169.254.0.1", "link-local"],
  ["100.64.0.1", "carrier-grade NAT"],
  ["100.127.255.255", "carrier-grade NAT, last address"],
  ["192.0.0.8", "IETF protocol assignments"],
  ["192.0.2.10", "TEST-NET-1"],
  ["198.18.0.1", "benchmarking"],
  ["198.51.100.7", "TEST-NET-2"],
  ["203.0.113.9", "TEST-NET-3"],
  ["224.0.0.251", "multicast"],
  ["239.255.255.250", "multicast (SSDP)"],
  ["240.0.0.1", "reserved"],
  ["255.255.255.255", "broadcast"],
  ["::1", "IPv6 loopback"],
  ["::", "IPv6 unspecified"],
  ["fc00::1", "unique-local fc00::/7"],
  ["fd12:3456:789a::1", "unique-local fd00::/8"],
  ["fe80::1", "link-local"],
  ["fe80::1%eth0", "link-local with a zone"],
  ["febf:ffff::1", "link-local, far end of fe80::/10"],
  ["ff02::1", "multicast"],
  ["::ffff:127.0.0.1", "IPv4-mapped loopback, dotted"],
  ["::ffff:7f00:1", "IPv4-mapped loopback, hex"],
  ["::ffff:10.0.0.5", "IPv4-mapped private"],
  ["::ffff:a9fe:a9fe", "IPv4-mapped metadata address"],
  ["::ffff:0.0.0.0", "IPv4-mapped unspecified"],
  ["::127.0.0.1", "IPv4-compatible (deprecated)"],
  ["64:ff9b::a00:5", "NAT64 to a private address"],
  ["2001:db8::1", "documentation"],
  ["2001::1", "Teredo"],
  ["2002:a00:5::1", "6to4 embedding 10.0.0.5"],
  ["100::1", "discard-only"],
  ["0177.0.0.1", "octal notation is not an address we accept"],
  ["2130706433", "an integer is not an address we accept"],
  ["localhost", "a name, not an address"],
  ["", "empty"],
];

const allowed: [string, string][] = [
  ["93.184.215.14", "public IPv4"],
  ["8.8.8.8", "public IPv4"],
  ["100.128.0.1", "just past carrier-grade NAT"],
  ["172.32.0.1", "just past 172.16/12"],
  ["169.255.0.1", "just past link-local"],
  ["223.255.255.255", "just below multicast"],
  ["::ffff:8.8.8.8", "IPv4-mapped public"],
  ["2606:4700::6810:85e5", "public IPv6"],
  ["2a00:1450:4001:80b::200e", "public IPv6"],
  ["2001:4860:4860::8888", "public IPv6 just past 2001::/23"],
];

describe("isPublicAddress", () => {
  test.each(refused)("refuses %s (%s)", (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });

  test.each(allowed)("allows %s (%s)", (ip) => {
    expect(isPublicAddress(ip)).toBe(true);
  });
});

describe("isLoopbackAddress", () => {
  test.each(["127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1"])("%s is loopback", (ip) => {
    expect(isLoopbackAddress(ip)).toBe(true);
  });

  test.each(["10.0.0.5", "0.0.0.0", "::", "169.254.169.254", "8.8.8.8", "localhost"])("%s is not loopback", (ip) => {
    expect(isLoopbackAddress(ip)).toBe(false);
  });
});
