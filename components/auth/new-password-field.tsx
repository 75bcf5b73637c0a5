"use client";

import { useDeferredValue, useMemo, useState } from "react";
import { Field, TextInput } from "@/components/ui/form-controls";
import type { PasswordContext } from "@/lib/auth/password-strength/assess-password";
import type { StrengthSummary } from "@/lib/auth/password-strength/strength-words";
import { PASSWORD_MIN } from "@/lib/schemas/user";
import { PasswordStrengthMeter } from "./password-strength-meter";

type Assess = (password: string, context: PasswordContext) => StrengthSummary;

// Loaded once per page, on the first focus or keystroke in any new-password
// field: zxcvbn's dictionaries are several MB, so no page ships them before
// someone is about to choose a password.
let assessor: Promise<Assess> | undefined;
function loadAssessor(): Promise<Assess> {
  assessor ??= import("@/lib/auth/password-strength/strength-words").then(({ assessStrength }) => {
    // Ranking the dictionaries takes a moment on first use: do it now, while
    // the person types the first characters (under PASSWORD_MIN needs no zxcvbn).
    window.setTimeout(() => assessStrength("warm up the dictionaries", {}), 0);
    return assessStrength;
  });
  // If the chunk could not load (offline), the next focus tries again.
  assessor.catch(() => (assessor = undefined));
  return assessor;
}

export interface NewPasswordFieldProps {
  id: string;
  /** The form field name; defaults to `id`. */
  name?: string;
  label: string;
  /** Whose password it is: the meter refuses one containing their email or name, as the server does. */
  person: PasswordContext;
  /** The server's sentence for this field (it stays the authority: assertAcceptablePassword). */
  error?: string;
  hint?: string;
  /** Controlled value; leave out to let the field keep its own. */
  value?: string;
  onChange?: (value: string) => void;
  required?: boolean;
}

/**
 * A labelled password input for choosing a new password, with a live
 * strength meter underneath (the same zxcvbn rules the server applies).
 */
export function NewPasswordField({
  id,
  name = id,
  label,
  person,
  error,
  hint = `At least ${PASSWORD_MIN} characters. A few uncommon words make a strong password.`,
  value,
  onChange,
  required = true,
}: NewPasswordFieldProps) {
  const [ownValue, setOwnValue] = useState("");
  const [assess, setAssess] = useState<Assess | null>(null);
  const [loading, setLoading] = useState(false);
  const password = value ?? ownValue;
  // Typing stays responsive: the meter catches up when the browser is idle.
  const deferred = useDeferredValue(password);
  const { email, name: personName } = person;
  const summary = useMemo(
    () => (assess && deferred ? assess(deferred, { email, name: personName }) : null),
    [assess, deferred, email, personName],
  );

  function startLoading() {
    if (assess || loading) return;
    setLoading(true);
    loadAssessor().then(
      (loaded) => setAssess(() => loaded),
      () => setLoading(false),
    );
  }

  const hintId = `${id}-hint`;
  const meterId = `${id}-strength`;
  return (
    <Field id={id} label={label} error={error}>
      <TextInput
        id={id}
        name={name}
        type="password"
        autoComplete="new-password"
        required={required}
        error={error}
        aria-describedby={[hintId, meterId, error ? `${id}-error` : null].filter(Boolean).join(" ")}
        value={password}
        onFocus={startLoading}
        onChange={(event) => {
          startLoading();
          setOwnValue(event.target.value);
          onChange?.(event.target.value);
        }}
      />
      <p id={hintId} className="mt-1 text-xs text-stone-700">
        {hint}
      </p>
      <PasswordStrengthMeter
        id={meterId}
        summary={password ? summary : null}
        loading={loading && !!password}
      />
    </Field>
  );
}
