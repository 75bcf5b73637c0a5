"use client";

import { Field, TextInput } from "@/components/ui/form-controls";
import { AppError } from "@/lib/errors/app-error";

/** The "type it again" field under a new password. */
export function ConfirmPasswordField({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  return (
    <Field id={id} label="Repeat the new password" error={error}>
      <TextInput
        id={id}
        type="password"
        autoComplete="new-password"
        required
        error={error}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}

/**
 * Throws a field error for `field` when the two entries differ, before
 * anything is sent: a typo in a password nobody can see would lock its owner out.
 */
export function assertSamePassword(password: string, repeated: string, field: string): void {
  if (password === repeated) return;
  const message = "The two new passwords differ: type the same password in both fields.";
  throw new AppError("VALIDATION", message, { fields: { [field]: message } });
}
