"use client";

import { Field, TextInput } from "@/components/ui/form-controls";
import type { Role } from "@/lib/auth/roles";
import { NAME_MAX } from "@/lib/schemas/user";
import { RoleSelect } from "./role-select";

export interface Person {
  email: string;
  name: string;
  role: Role;
}

export const emptyPerson: Person = { email: "", name: "", role: "reviewer" };

/** Email, name and role: what both the invite and the create form ask. `prefix` keeps their ids apart. */
export function PersonFields({
  prefix,
  person,
  onChange,
  errors,
}: {
  prefix: string;
  person: Person;
  onChange: (person: Person) => void;
  errors: Record<string, string>;
}) {
  return (
    <>
      <Field id={`${prefix}-email`} label="Email" error={errors.email}>
        <TextInput
          id={`${prefix}-email`}
          type="email"
          autoComplete="off"
          error={errors.email}
          value={person.email}
          onChange={(event) => onChange({ ...person, email: event.target.value })}
        />
      </Field>
      <Field id={`${prefix}-name`} label="Name" error={errors.name}>
        <TextInput
          id={`${prefix}-name`}
          autoComplete="off"
          maxLength={NAME_MAX}
          error={errors.name}
          value={person.name}
          onChange={(event) => onChange({ ...person, name: event.target.value })}
        />
      </Field>
      <RoleSelect
        id={`${prefix}-role`}
        value={person.role}
        error={errors.role}
        onChange={(role) => onChange({ ...person, role })}
      />
    </>
  );
}
