"use client";

import { useRouter } from "next/navigation";
import { useFormSubmission } from "@/components/annotate/use-form-submission";
import { Button, FormError } from "@/components/ui/form-controls";
import { HydratedForm } from "@/components/ui/hydrated-form";
import { requestCompletePasswordReset } from "./account-requests";
import { NewPasswordPair, useNewPassword } from "./new-password-pair";

/**
 * The new password (with the strength meter) and the same again, for the
 * account a reset link is for. On success every session of the account has
 * ended, so the next step is signing in with the new password.
 */
export function ResetPasswordForm({ secret, email, name }: { secret: string; email: string; name: string }) {
  const router = useRouter();
  const pair = useNewPassword();
  const { pending, errors, message, submit } = useFormSubmission(async () => {
    await requestCompletePasswordReset({ token: secret, password: pair.checked() });
    router.replace("/signin?notice=password-reset");
  });
  return (
    <HydratedForm
      onSubmit={submit}
      className="mt-6 space-y-4 rounded-lg border border-stone-200 bg-white p-5 shadow-sm"
      noValidate
      aria-label="Choose a new password"
    >
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <NewPasswordPair
        pair={pair}
        id="new-password"
        label="New password"
        person={{ email, name }}
        error={errors.password}
        confirmError={errors.confirmPassword}
      />
      <FormError message={message} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </HydratedForm>
  );
}
