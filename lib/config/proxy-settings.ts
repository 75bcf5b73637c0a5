import { z } from "zod";

const proxySettingsSchema = z.object({
  /**
   * How many reverse proxies (load balancer, nginx) stand in front of the
   * app and append to X-Forwarded-For. 0 (the default) means none.
   */
  TRUST_PROXY_HOPS: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.coerce.number().int().min(0).max(10).default(0),
  ),
});

let cached: { trustedHops: number } | undefined;

/** Reverse-proxy settings, read from process.env once; a bad value stops the server with the variable's name. */
export function proxySettings(): { trustedHops: number } {
  if (cached) return cached;
  const parsed = proxySettingsSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(
      `Invalid TRUST_PROXY_HOPS: ${parsed.error.issues[0]?.message ?? "not a number"} (0 to 10).`,
    );
  }
  cached = { trustedHops: parsed.data.TRUST_PROXY_HOPS };
  return cached;
}
