import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and driver packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg"],
  poweredByHeader: false,
  // Several checkouts' builds can live side by side (parallel test runs): NEXT_DIST_DIR.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  turbopack: { root: import.meta.dirname },
};

export default nextConfig;
