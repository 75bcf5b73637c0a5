"use client";

import Link from "next/link";
import { useState } from "react";
import { NewPasswordPair, useNewPassword } from "@/components/account/new-password-pair";
import { useFormSubmission } from "@/components/annotate/use-form-submission";
import { Button, Field, FormError, TextInput } from "@/components/ui/form-controls";
import { HydratedForm } from "@/components/ui/hydrated-form";
import type { SetupCompletedView } from "@/lib/api/schemas/setup";
import { NAME_MAX } from "@/lib/schemas/user";
import { requestCompleteSetup } from "./setup-requests";
import { useSetupCode } from "./use-setup-code";

/** The setup code (filled in from the link), the first admin's email, name and password. */
export function SetupForm() {
  const [token, setToken] = useSetupCode();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const pair = useNewPassword();
  const [created, setCreated] = useState<SetupCompletedView["user"] | null>(null);
  const { pending, errors, message, submit } = useFormSubmission(async () => {
    const password = pair.checked();
    setCreated((await requestCompleteSetup({ token: token.trim(), email, name, password })).user);
  });

  if (created) {
    return (
      <div role="status" className="mt-6 rounded-lg border border-emerald-700 bg-emerald-50 p-5">
        <p className="font-medium">
          Done: {created.name} ({created.email}) is the first admin.
        </p>
        <p className="mt-3">
          <Link href="/signin" className="font-medium text-blue-800 underline underline-offset-4">
            Sign in
          </Link>
        </p>
      </div>
    );
  }
  return (
    <HydratedForm
      onSubmit={submit}
      className="mt-6 space-y-4 rounded-lg border border-stone-200 bg-white p-5 shadow-sm"
      noValidate
      aria-label="Create the first admin"
    >
      <Field
        id="token"
        label="Setup code"
        hint="Filled in when you open the link from the server log; otherwise paste the part after # here."
        error={errors.token}
      >
        <TextInput
          id="token"
          hasHint
          error={errors.token}
          value={token}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setToken(event.target.value)}
        />
      </Field>
      <Field id="email" label="Your email" error={errors.email}>
        <TextInput
          id="email"
          type="email"
          autoComplete="username"
          error={errors.email}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
      </Field>
      <Field id="name" label="Your name" error={errors.name}>
        <TextInput
          id="name"
          autoComplete="name"
          maxLength={NAME_MAX}
          error={errors.name}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </Field>
      <NewPasswordPair
        pair={pair}
        id="password"
        label="Password"
        person={{ email, name }}
        error={errors.password}
        confirmError={errors.confirmPassword}
      />
      <FormError message={message} />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create admin account"}
      </Button>
    </HydratedForm>
  );
}
