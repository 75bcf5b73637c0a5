/**
 * The client's address, for per-address limits, from X-Forwarded-For.
 *
 * Next.js fills that header with the socket's address only when the request
 * has none, and each trusted proxy appends the address it saw. So the
 * entry `trustedHops` from the end is the one our own infrastructure wrote;
 * everything before it came from the client and may be forged. With no
 * proxy (0 hops) the last entry is used: right unless the client sent the
 * header itself, which is why the per-account limit never depends on it.
 */
export function clientAddress(forwardedFor: string | null | undefined, trustedHops: number): string | null {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  const entry = entries[Math.max(0, entries.length - Math.max(1, trustedHops))]!;
  // IPv4-mapped IPv6 ("::ffff:127.0.0.1") is the same client as its IPv4 form.
  return entry
    .replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1")
    .slice(0, 64)
    .toLowerCase();
}
