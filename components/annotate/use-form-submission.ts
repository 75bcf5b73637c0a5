"use client";

import { useState, type FormEvent } from "react";
import { formErrorsOf } from "./api-client";

/**
 * The state every API-backed form shares: pending while the request runs,
 * then field errors and one summary message if it failed.
 */
export function useFormSubmission(action: () => Promise<void>) {
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setMessage(null);
    setErrors({});
    try {
      await action();
    } catch (error) {
      const failure = formErrorsOf(error);
      setErrors(failure.fields);
      setMessage(failure.message);
    }
    setPending(false);
  }

  return { pending, errors, message, submit };
}
