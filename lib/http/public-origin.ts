import { configuredOrigin } from "@/lib/config/app-url";
import { proxySettings } from "@/lib/config/proxy-settings";

/** What the origin is read from: a Request, or a page's URL and headers. */
export interface OriginSource {
  url: string;
  headers: { get(name: string): string | null };
}

const HOST = /^(\[[0-9a-f:.]+\]|[a-z0-9-]+(\.[a-z0-9-]+)*)(:\d{1,5})?$/i;

const firstValue = (header: string | null) => header?.split(",")[0]?.trim() || null;
const validHost = (host: string | null) => (host && HOST.test(host) ? host.toLowerCase() : null);
const validProto = (proto: string | null) => {
  const value = proto?.toLowerCase();
  return value === "http" || value === "https" ? value : null;
};

/**
 * The origin every absolute URL (public links, exports, JSON-LD, e-mails)
 * is built from: APP_URL when set; else the address the request came to,
 * read from its Host header (Next.js's own request URL says "localhost"
 * whatever the client asked for). X-Forwarded-Host and X-Forwarded-Proto
 * count only behind trusted proxies (TRUST_PROXY_HOPS > 0), which must set
 * them, replacing what a client sent; from anyone else they are ignored,
 * so a client cannot put another host into a published link.
 */
export function publicOrigin(
  request: OriginSource,
  options: { env?: Record<string, string | undefined>; trustedHops?: number } = {},
): string {
  const configured = configuredOrigin(options.env ?? process.env);
  if (configured) return configured;
  const own = new URL(request.url);
  const trusted = (options.trustedHops ?? proxySettings().trustedHops) > 0;
  const forwardedHost = trusted ? validHost(firstValue(request.headers.get("x-forwarded-host"))) : null;
  const forwardedProto = trusted ? validProto(firstValue(request.headers.get("x-forwarded-proto"))) : null;
  const host = forwardedHost ?? validHost(request.headers.get("host")) ?? own.host;
  const proto = forwardedProto ?? own.protocol.replace(/:$/, "");
  return new URL(`${proto}://${host}`).origin;
}
