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
  // Static files skip the proxy (proxy.ts sets every other response's
  // security headers); they run nothing, so they need only nosniff: a script
  // or stylesheet is then used only when served with its own MIME type.
  async headers() {
    const nosniff = [{ key: "X-Content-Type-Options", value: "nosniff" }];
    return [
      { source: "/_next/static/:path*", headers: nosniff },
      { source: "/favicon.ico", headers: nosniff },
    ];
  },
};

export default nextConfig;
