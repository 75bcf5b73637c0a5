/**
 * What the sign-in page says after an account flow sent someone there with
 * `?notice=`: only these fixed sentences, never text from the address.
 */
const notices: Record<string, string> = {
  "password-reset":
    "Your new password is set, and every session of the account was signed out. Sign in with the new password.",
  "signed-out-everywhere": "You are signed out of every session. Sign in again to continue.",
  joined: "Your account is ready. Sign in with your email and the password you chose.",
};

export function SignInNotice({ notice }: { notice?: string | string[] }) {
  const text = notices[Array.isArray(notice) ? (notice[0] ?? "") : (notice ?? "")];
  if (!text) return null;
  return (
    <p
      role="status"
      className="mt-4 rounded border border-emerald-700 bg-emerald-50 p-3 text-sm"
      data-testid="sign-in-notice"
    >
      {text}
    </p>
  );
}
