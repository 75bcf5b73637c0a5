"use client";

import { useState } from "react";
import { useFormSubmission } from "@/components/annotate/use-form-submission";
import { Button, Field, FormError, TextInput } from "@/components/ui/form-controls";
import { HydratedForm } from "@/components/ui/hydrated-form";
import type { UserView } from "@/lib/api/schemas/user";
import type { Role } from "@/lib/auth/roles";
import { NAME_MAX } from "@/lib/schemas/user";
import { RoleSelect } from "./role-select";
import { requestUpdateUser } from "./user-requests";

type OnSaved = (user: UserView, message: string) => void;

/** Change the role: saved with the version shown, so an edit made meanwhile is refused, not overwritten. */
export function ChangeRoleForm({ user, onSaved }: { user: UserView; onSaved: OnSaved }) {
  const [role, setRole] = useState<Role>(user.role);
  const { pending, errors, message, submit } = useFormSubmission(async () => {
    const saved = await requestUpdateUser(user.id, { version: user.version, role });
    onSaved(
      saved,
      `${saved.name} is now ${saved.role === "admin" ? "an" : "a"} ${saved.role}; their sessions have ended, so they sign in again with the new role.`,
    );
  });
  return (
    <HydratedForm onSubmit={submit} noValidate aria-label="Change role" className="space-y-2">
      <RoleSelect id="user-role" value={role} onChange={setRole} error={errors.role} />
      <FormError message={message} />
      <Button type="submit" disabled={pending || role === user.role}>
        {pending ? "Saving…" : "Change role"}
      </Button>
    </HydratedForm>
  );
}

/** Correct the name the team sees. */
export function RenameForm({ user, onSaved }: { user: UserView; onSaved: OnSaved }) {
  const [name, setName] = useState(user.name);
  const { pending, errors, message, submit } = useFormSubmission(async () => {
    const saved = await requestUpdateUser(user.id, { version: user.version, name });
    onSaved(saved, `Renamed to ${saved.name}.`);
  });
  return (
    <HydratedForm onSubmit={submit} noValidate aria-label="Rename" className="space-y-2">
      <Field id="user-name" label="Name" error={errors.name}>
        <TextInput
          id="user-name"
          maxLength={NAME_MAX}
          autoComplete="off"
          error={errors.name}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </Field>
      <FormError message={message} />
      <Button type="submit" disabled={pending || name.trim() === user.name}>
        {pending ? "Saving…" : "Rename"}
      </Button>
    </HydratedForm>
  );
}
