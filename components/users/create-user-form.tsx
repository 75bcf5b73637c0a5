"use client";

import { useState } from "react";
import { useFormSubmission } from "@/components/annotate/use-form-submission";
import { NewPasswordField } from "@/components/auth/new-password-field";
import { Button, FormError } from "@/components/ui/form-controls";
import { HydratedForm } from "@/components/ui/hydrated-form";
import { emptyPerson, PersonFields } from "./person-fields";
import { requestCreateUser } from "./user-requests";

/** Create an account with a password the admin chooses and passes on, for people who cannot get a link. */
export function CreateUserForm({ onCreated }: { onCreated: (message: string) => void }) {
  const [person, setPerson] = useState(emptyPerson);
  const [password, setPassword] = useState("");
  const { pending, errors, message, submit } = useFormSubmission(async () => {
    const user = await requestCreateUser({ ...person, password });
    setPerson(emptyPerson);
    setPassword("");
    onCreated(
      `Account created for ${user.name} (${user.email}). They can sign in with the password you chose.`,
    );
  });
  return (
    <details className="rounded-lg border border-stone-200 bg-white p-5">
      <summary className="cursor-pointer text-lg font-semibold">
        Create an account with a password instead
      </summary>
      <HydratedForm
        onSubmit={submit}
        noValidate
        aria-label="Create an account"
        className="mt-4 grid gap-4 sm:grid-cols-2"
      >
        <PersonFields prefix="create" person={person} onChange={setPerson} errors={errors} />
        <NewPasswordField
          id="create-password"
          name="password"
          label="Password"
          person={{ email: person.email, name: person.name }}
          error={errors.password}
          value={password}
          onChange={setPassword}
        />
        <div className="sm:col-span-2">
          <FormError message={message} />
          <Button type="submit" disabled={pending}>
            {pending ? "Creating…" : "Create account"}
          </Button>
        </div>
      </HydratedForm>
    </details>
  );
}
