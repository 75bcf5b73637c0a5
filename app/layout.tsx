import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { NONCE_HEADER } from "@/lib/http/security-headers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Fact-check desk", template: "%s · Fact-check desk" },
  description: "Check news articles claim by claim.",
};

/**
 * zod (bundled for its schemas' limits and checks) probes whether eval is
 * allowed with `Function("")` when it builds an object schema; the CSP
 * refuses that and reports a violation. With this global set before any
 * bundle runs, zod skips the probe (and its eval-compiled fast path).
 */
const ZOD_WITHOUT_EVAL =
  "globalThis.__zod_globalConfig=Object.assign(globalThis.__zod_globalConfig||{},{jitless:true});";

/**
 * Every page is rendered per request, never prerendered at build time: the
 * CSP nonce (proxy.ts) is new on each request, and Next.js can only put it
 * on its script tags while rendering. Reading the request's headers makes
 * every page dynamic; a prerendered page (the 404 page was one) would carry
 * scripts without the nonce, which the CSP blocks.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return (
    <html lang="en">
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: ZOD_WITHOUT_EVAL }} />
      </head>
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
        >
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
