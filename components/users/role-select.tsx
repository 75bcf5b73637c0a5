"use client";

import { Field, Select } from "@/components/ui/form-controls";
import { roleLabels, roles, type Role } from "@/lib/auth/roles";

/** What each role may do, in the words of lib/permissions. */
export const roleDescriptions: Record<Role, string> = {
  admin: "everything, plus the rating scale, the settings and the team",
  editor: "import and annotate articles, resolve disputes, publish reports",
  reviewer: "write verdicts and review other people's",
  viewer: "read only",
};

/** A labelled role picker whose options say what each role may do. */
export function RoleSelect({
  id,
  value,
  onChange,
  error,
  label = "Role",
}: {
  id: string;
  value: Role;
  onChange: (role: Role) => void;
  error?: string;
  label?: string;
}) {
  return (
    <Field id={id} label={label} error={error}>
      <Select id={id} error={error} value={value} onChange={(event) => onChange(event.target.value as Role)}>
        {roles.map((role) => (
          <option key={role} value={role}>
            {roleLabels[role]}: {roleDescriptions[role]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
