import ipaddr from "ipaddr.js";

/*
 * Which resolved IP addresses an import may connect to. The rule is an
 * allow-list, not a block-list: IPv4 must be ordinary public unicast, and
 * IPv6 must be public unicast inside 2000::/3. That shuts out everything a
 * server-side fetch could abuse to reach the inside of our network:
 * private (10/8, 172.16/12, 192.168/16), loopback, link-local (which holds
 * 169.254.169.254, the cloud metadata service), unique-local (fd00:ec2::254,
 * AWS's IPv6 metadata), CGNAT (100.64/10, Alibaba's 100.100.100.200),
 * multicast, broadcast, unspecified, reserved and documentation ranges —
 * including ranges ipaddr.js learns about later, since anything it does not
 * call "unicast" is refused.
 */

/** Metadata endpoints that sit on otherwise ordinary public unicast addresses. */
const METADATA_ADDRESSES = new Set([
  "168.63.129.16", // Azure WireServer
]);

/** NAT64 (64:ff9b::/96) carries an IPv4 address: judge that one, so IPv6-only hosts behind DNS64 still work. */
const NAT64_PREFIX = ipaddr.IPv6.parseCIDR("64:ff9b::/96");
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR("2000::/3");

/** True when an import may connect to this IP address (a literal, not a host name). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const v6 = ipaddr.parse(address);
  if (v6 instanceof ipaddr.IPv4) return isPublicIPv4(v6);
  // ::ffff:10.0.0.1 connects to 10.0.0.1, so a mapped address is judged as the IPv4 it carries.
  if (v6.isIPv4MappedAddress()) return isPublicIPv4(v6.toIPv4Address());
  if (v6.match(NAT64_PREFIX)) return isPublicIPv4(new ipaddr.IPv4(v6.toByteArray().slice(12)));
  return v6.range() === "unicast" && v6.match(GLOBAL_UNICAST_V6);
}

function isPublicIPv4(address: ipaddr.IPv4): boolean {
  return address.range() === "unicast" && !METADATA_ADDRESSES.has(address.toString());
}

/** "News.Example." and "[::1]" as written in URLs → "news.example" and "::1", the form allow-list entries use. */
export function normalizeHostname(hostname: string): string {
  return hostname
    .toLowerCase()
    .replace(/^\[(.*)\]$/, "$1")
    .replace(/\.$/, "");
}

/** Host names the deployment trusts even though they resolve to private addresses (intranets, tests). */
export function isAllowedHost(hostname: string, allowedHosts: readonly string[]): boolean {
  const host = normalizeHostname(hostname);
  return allowedHosts.some((allowed) => normalizeHostname(allowed.trim()) === host);
}
