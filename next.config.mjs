/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native modules stay outside the bundle and load from node_modules.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@node-rs/argon2",
    "playwright-core",
  ],
  // e2e and CI build into their own folder so a running dev/prod app and a
  // test build never clobber each other.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `npm test` type-checks the whole project first (tsc --noEmit), so its e2e
  // builds skip Next's second pass over the same files.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === "1" },
};

export default nextConfig;
