/**
 * Where to go after sign-in. Only same-site paths are allowed, so a crafted
 * link cannot bounce a user to another site (an open redirect).
 */
export function safeCallbackUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (value.startsWith("/signin")) return "/";
  return value;
}
