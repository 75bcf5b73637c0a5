/** How long a new token lasts, as the form offers it. */
export const expiryChoices = [
  { value: "30", label: "30 days", days: 30 },
  { value: "90", label: "90 days", days: 90 },
  { value: "365", label: "1 year", days: 365 },
  { value: "never", label: "No expiry", days: null },
] as const;

export type ExpiryChoice = (typeof expiryChoices)[number]["value"];

export const defaultExpiry: ExpiryChoice = "90";

/** The ISO expiry for a choice, counted from `now`; null for a token that never expires. */
export function expiresAtFor(choice: ExpiryChoice, now = new Date()): string | null {
  const days = expiryChoices.find((option) => option.value === choice)?.days ?? null;
  return days === null ? null : new Date(now.getTime() + days * 86_400_000).toISOString();
}
