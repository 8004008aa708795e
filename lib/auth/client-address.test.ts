import { expect, test } from "vitest";
import { listenHost, requestHost, resolveClientAddress, trustedProxyCount } from "./client-address";

test("without trusted proxies the socket's address counts, whatever X-Forwarded-For says", () => {
  expect(resolveClientAddress("127.0.0.9", "203.0.113.7", 0)).toBe("127.0.0.9");
  expect(resolveClientAddress("::ffff:192.0.2.4", undefined, 0)).toBe("192.0.2.4");
});

test("behind one proxy the address it appended counts, not what the client wrote before it", () => {
  // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the address it saw.
  expect(resolveClientAddress("10.0.0.2", "1.2.3.4, 198.51.100.20", 1)).toBe("198.51.100.20");
  expect(resolveClientAddress("10.0.0.2", "198.51.100.20", 1)).toBe("198.51.100.20");
  expect(resolveClientAddress("10.0.0.3", "1.2.3.4, 198.51.100.20, 10.0.0.2", 2)).toBe("198.51.100.20");
  // A request that reached the app without the proxy: its own socket.
  expect(resolveClientAddress("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
});

test("TRUST_PROXY is a count of proxies, HOST defaults to loopback", () => {
  expect(trustedProxyCount({})).toBe(0);
  expect(trustedProxyCount({ TRUST_PROXY: "2" })).toBe(2);
  expect(() => trustedProxyCount({ TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY/);
  expect(listenHost({})).toBe("127.0.0.1");
  expect(listenHost({ HOST: "0.0.0.0" })).toBe("0.0.0.0");
});

test("X-Forwarded-Host names the host only when proxies are trusted", () => {
  const headers = new Headers({ host: "tracker.example", "x-forwarded-host": "evil.example" });
  expect(requestHost(headers, 0)).toBe("tracker.example");
  expect(requestHost(headers, 1)).toBe("evil.example");
});
