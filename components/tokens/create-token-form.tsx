"use client";

import { useState } from "react";
import { useFormSubmission } from "@/components/annotate/use-form-submission";
import { Button, Field, FormError, Select, TextInput } from "@/components/ui/form-controls";
import { HydratedForm } from "@/components/ui/hydrated-form";
import type { CreatedApiToken } from "@/lib/api/schemas/api-token";
import { API_TOKEN_NAME_MAX } from "@/lib/schemas/api-token";
import { defaultExpiry, expiresAtFor, expiryChoices, type ExpiryChoice } from "./expiry-choices";
import { requestCreateToken } from "./token-requests";

/** Name and lifetime of a new token; `onCreated` gets the token with its one-time secret. */
export function CreateTokenForm({ onCreated }: { onCreated: (created: CreatedApiToken) => void }) {
  const [name, setName] = useState("");
  const [expiry, setExpiry] = useState<ExpiryChoice>(defaultExpiry);
  const { pending, errors, message, submit } = useFormSubmission(async () => {
    onCreated(await requestCreateToken({ name, expiresAt: expiresAtFor(expiry) }));
    setName("");
  });
  return (
    <section
      aria-labelledby="create-token-heading"
      className="rounded-lg border border-stone-200 bg-white p-5"
    >
      <h2 id="create-token-heading" className="mb-4 text-lg font-semibold">
        Create a token
      </h2>
      <HydratedForm
        onSubmit={submit}
        className="grid gap-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]"
        noValidate
        aria-labelledby="create-token-heading"
      >
        <Field
          id="token-name"
          label="Name"
          hint="What the token is for, e.g. “Newsroom dashboard”."
          error={errors.name}
        >
          <TextInput
            id="token-name"
            hasHint
            error={errors.name}
            value={name}
            maxLength={API_TOKEN_NAME_MAX}
            autoComplete="off"
            onChange={(event) => setName(event.target.value)}
          />
        </Field>
        <Field id="token-expiry" label="Expires after" error={errors.expiresAt}>
          <Select
            id="token-expiry"
            error={errors.expiresAt}
            value={expiry}
            onChange={(event) => setExpiry(event.target.value as ExpiryChoice)}
          >
            {expiryChoices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </Select>
        </Field>
        <div className="sm:col-span-2">
          <FormError message={message} />
          <Button type="submit" disabled={pending}>
            {pending ? "Creating…" : "Create token"}
          </Button>
        </div>
      </HydratedForm>
    </section>
  );
}
