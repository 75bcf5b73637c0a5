"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { NewPasswordPair, useNewPassword } from "@/components/account/new-password-pair";
import { useFormSubmission } from "@/components/annotate/use-form-submission";
import { Button, Field, FormError, TextInput } from "@/components/ui/form-controls";
import { HydratedForm } from "@/components/ui/hydrated-form";
import { NAME_MAX } from "@/lib/schemas/user";
import { requestAcceptInvitation } from "./user-requests";

/**
 * Accepting an invitation: the name to go by (the inviter's guess, editable)
 * and a new password, typed twice. The email is the invited one and is only
 * shown. Then on to sign-in, which says the account is ready.
 */
export function JoinForm({
  secret,
  email,
  invitedName,
}: {
  secret: string;
  email: string;
  invitedName: string;
}) {
  const router = useRouter();
  const [name, setName] = useState(invitedName);
  const pair = useNewPassword();
  const { pending, errors, message, submit } = useFormSubmission(async () => {
    await requestAcceptInvitation({ token: secret, name, password: pair.checked() });
    router.replace("/signin?notice=joined");
  });
  return (
    <HydratedForm
      onSubmit={submit}
      className="mt-6 space-y-4 rounded-lg border border-stone-200 bg-white p-5 shadow-sm"
      noValidate
      aria-label="Join the fact-check desk"
      data-testid="join-form"
    >
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field id="join-name" label="Your name" hint="As your colleagues will see it." error={errors.name}>
        <TextInput
          id="join-name"
          hasHint
          autoComplete="name"
          maxLength={NAME_MAX}
          error={errors.name}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </Field>
      <NewPasswordPair
        pair={pair}
        id="join-password"
        label="Choose a password"
        person={{ email, name }}
        error={errors.password}
        confirmError={errors.confirmPassword}
      />
      <FormError message={message} />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating your account…" : "Create my account"}
      </Button>
    </HydratedForm>
  );
}
