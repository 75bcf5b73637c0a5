"use client";

import { useState } from "react";
import { NewPasswordField } from "@/components/auth/new-password-field";
import type { PasswordContext } from "@/lib/auth/password-strength/assess-password";
import { assertSamePassword, ConfirmPasswordField } from "./confirm-password-field";

/** The state of a new password typed twice. `checked()` gives the password, or throws when the two differ. */
export function useNewPassword() {
  const [password, setPassword] = useState("");
  const [repeated, setRepeated] = useState("");
  return {
    password,
    repeated,
    setPassword,
    setRepeated,
    checked(): string {
      assertSamePassword(password, repeated, "confirmPassword");
      return password;
    },
    clear() {
      setPassword("");
      setRepeated("");
    },
  };
}

/**
 * A new password with its strength meter, and the same again, for any form
 * that sets a password. `error` is the server's sentence for the password
 * (its field is named differently per endpoint); the repeat's error comes
 * from `checked()`, as `confirmPassword`.
 */
export function NewPasswordPair({
  pair,
  id,
  label,
  person,
  error,
  confirmError,
}: {
  pair: ReturnType<typeof useNewPassword>;
  id: string;
  label: string;
  person: PasswordContext;
  error?: string;
  confirmError?: string;
}) {
  return (
    <>
      <NewPasswordField
        id={id}
        label={label}
        person={person}
        error={error}
        value={pair.password}
        onChange={pair.setPassword}
      />
      <ConfirmPasswordField
        id={`${id}-again`}
        value={pair.repeated}
        onChange={pair.setRepeated}
        error={confirmError}
      />
    </>
  );
}
