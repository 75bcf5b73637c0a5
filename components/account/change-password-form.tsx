"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFormSubmission } from "@/components/annotate/use-form-submission";
import { Button, Field, FormError, TextInput } from "@/components/ui/form-controls";
import { HydratedForm } from "@/components/ui/hydrated-form";
import type { SessionUser } from "@/lib/auth/roles";
import { requestChangePassword } from "./account-requests";
import { NewPasswordPair, useNewPassword } from "./new-password-pair";

const endedInWords = (count: number) =>
  count === 0
    ? "You were not signed in anywhere else."
    : `${count} other ${count === 1 ? "session was" : "sessions were"} signed out; this one stays signed in.`;

/** Current password, new one (with the strength meter) and the new one again. */
export function ChangePasswordForm({ user }: { user: Pick<SessionUser, "email" | "name"> }) {
  const router = useRouter();
  const [currentPassword, setCurrentPassword] = useState("");
  const pair = useNewPassword();
  const [done, setDone] = useState("");
  const { pending, errors, message, submit } = useFormSubmission(async () => {
    setDone("");
    const { endedSessions } = await requestChangePassword({ currentPassword, newPassword: pair.checked() });
    setCurrentPassword("");
    pair.clear();
    setDone(`Your password is changed. ${endedInWords(endedSessions)}`);
    router.refresh();
  });
  return (
    <section
      aria-labelledby="change-password-heading"
      className="rounded-lg border border-stone-200 bg-white p-5"
    >
      <h2 id="change-password-heading" className="mb-4 text-lg font-semibold">
        Change your password
      </h2>
      <HydratedForm
        onSubmit={submit}
        className="max-w-md space-y-4"
        noValidate
        aria-labelledby="change-password-heading"
      >
        {/* Lets password managers file the new password under the right account. */}
        <input type="text" name="username" autoComplete="username" value={user.email} readOnly hidden />
        <Field id="current-password" label="Current password" error={errors.currentPassword}>
          <TextInput
            id="current-password"
            type="password"
            autoComplete="current-password"
            required
            error={errors.currentPassword}
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.target.value)}
          />
        </Field>
        <NewPasswordPair
          pair={pair}
          id="new-password"
          label="New password"
          person={user}
          error={errors.newPassword}
          confirmError={errors.confirmPassword}
        />
        <FormError message={message} />
        <p
          role="status"
          className="min-h-5 text-sm font-medium text-green-900"
          data-testid="password-changed"
        >
          {done}
        </p>
        <Button type="submit" disabled={pending}>
          {pending ? "Changing…" : "Change password"}
        </Button>
      </HydratedForm>
    </section>
  );
}
