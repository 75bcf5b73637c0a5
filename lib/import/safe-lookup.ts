import { lookup as dnsLookup } from "node:dns/promises";
import { isIP } from "node:net";
import { isAllowedHost, isPublicAddress, normalizeHostname } from "./address-policy";
import { fetchFailures } from "./fetch-failures";

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to every address it has. Injectable so tests can map "news.test" to 127.0.0.1. */
export type LookupHost = (hostname: string) => Promise<ResolvedAddress[]>;

/** The system resolver (dns.lookup, so /etc/hosts counts as it does for every other program). */
export const systemLookup: LookupHost = async (hostname) => {
  const results = await dnsLookup(hostname, { all: true });
  return results.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

export interface SafeLookupOptions {
  lookup: LookupHost;
  allowedHosts: readonly string[];
}

const NOT_FOUND_CODES = new Set(["ENOTFOUND", "ENODATA", "EAI_NONAME", "EAI_NODATA"]);

/**
 * The addresses a fetch may connect to for `hostname`, checked by what they
 * ARE, not what the name looks like: "intranet.example" or "nip.io" tricks
 * that resolve to 10.0.0.1 are blocked all the same. Every address must be
 * public, because the connection may use any of them. Allow-listed hosts
 * skip the address check.
 */
export async function resolveSafeAddresses(
  hostname: string,
  options: SafeLookupOptions,
): Promise<ResolvedAddress[]> {
  const host = normalizeHostname(hostname);
  const addresses = await resolve(host, options.lookup);
  if (isAllowedHost(host, options.allowedHosts)) return addresses;
  if (addresses.some(({ address }) => !isPublicAddress(address))) throw fetchFailures.blockedAddress();
  return addresses;
}

async function resolve(host: string, lookup: LookupHost): Promise<ResolvedAddress[]> {
  // An IP literal needs no DNS, and Node would not call a lookup for it either.
  const literalFamily = isIP(host);
  if (literalFamily === 4 || literalFamily === 6) return [{ address: host, family: literalFamily }];

  let addresses: ResolvedAddress[];
  try {
    addresses = await lookup(host);
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "";
    throw NOT_FOUND_CODES.has(code) ? fetchFailures.hostNotFound(host) : fetchFailures.lookupFailed(host);
  }
  if (addresses.length === 0) throw fetchFailures.hostNotFound(host);
  return addresses;
}
