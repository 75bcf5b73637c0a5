"use client";

import { useState } from "react";
import { DialogFooter, Field, Select, TextArea, TextInput } from "@/components/ui/form-controls";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { claimTypeLabels, claimTypes, type ClaimType } from "@/lib/claims/claim-types";
import { CLAIMANT_MAX, STATEMENT_MAX } from "@/lib/schemas/claim";
import { useFormSubmission } from "./use-form-submission";
import { HydratedForm } from "@/components/ui/hydrated-form";

export interface ClaimFields {
  statement: string;
  claimant: string;
  type: ClaimType;
}

interface ClaimFormDialogProps {
  title: string;
  /** A line under the title, e.g. where the quote came from. */
  note?: string;
  quote: string;
  initial: ClaimFields;
  submitLabel: string;
  /** True when `initial.type` was guessed from the quote rather than chosen by someone. */
  isTypeSuggested?: boolean;
  /** Claimants to offer, the one to offer first first. */
  claimants?: readonly string[];
  onSubmit: (fields: ClaimFields) => Promise<void>;
  onClose: () => void;
}

/** The claim's words: statement (pre-filled with the quote), claimant and type. */
export function ClaimFormDialog({
  title,
  note,
  quote,
  initial,
  submitLabel,
  isTypeSuggested = false,
  claimants = [],
  onSubmit,
  onClose,
}: ClaimFormDialogProps) {
  const [fields, setFields] = useState(initial);
  const { pending, errors, message, submit } = useFormSubmission(() => onSubmit(fields));

  return (
    <ModalDialog title={title} onClose={onClose}>
      <HydratedForm onSubmit={submit} className="space-y-4" noValidate>
        {note ? <p className="text-sm text-stone-700">{note}</p> : null}
        <blockquote className="max-h-32 overflow-y-auto border-l-4 border-stone-300 bg-stone-50 px-3 py-2 font-serif text-sm">
          <span className="sr-only">Selected text: </span>“{quote}”
        </blockquote>
        <Field
          id="claim-statement"
          label="Claim statement"
          hint="Rephrase it as one checkable sentence if needed."
          error={errors.statement}
        >
          <TextArea
            id="claim-statement"
            hasHint
            error={errors.statement}
            rows={3}
            value={fields.statement}
            onChange={(e) => setFields({ ...fields, statement: e.target.value })}
            autoFocus
          />
        </Field>
        <p className="-mt-3 text-right text-xs text-stone-700" aria-live="polite">
          {fields.statement.length} / {STATEMENT_MAX}
        </p>
        <Field
          id="claim-claimant"
          label="Claimant"
          hint={
            claimants.length > 0
              ? `Who made the claim: a person, organisation or publication. Last used here: ${claimants[0]}.`
              : "Who made the claim: a person, organisation or publication."
          }
          error={errors.claimant}
        >
          <TextInput
            id="claim-claimant"
            hasHint
            error={errors.claimant}
            maxLength={CLAIMANT_MAX + 50}
            value={fields.claimant}
            onChange={(e) => setFields({ ...fields, claimant: e.target.value })}
            list={claimants.length > 0 ? "claim-claimant-suggestions" : undefined}
            autoComplete="off"
          />
        </Field>
        {claimants.length > 0 ? (
          <datalist id="claim-claimant-suggestions" data-testid="claimant-suggestions">
            {claimants.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        ) : null}
        <Field
          id="claim-type"
          label="Claim type"
          hint={isTypeSuggested && fields.type === initial.type ? "Suggested from the text." : undefined}
          error={errors.type}
        >
          <Select
            id="claim-type"
            hasHint={isTypeSuggested && fields.type === initial.type}
            error={errors.type}
            value={fields.type}
            onChange={(e) => setFields({ ...fields, type: e.target.value as ClaimType })}
          >
            {claimTypes.map((type) => (
              <option key={type} value={type}>
                {claimTypeLabels[type]}
              </option>
            ))}
          </Select>
        </Field>
        <DialogFooter
          message={message}
          onCancel={onClose}
          submitLabel={pending ? "Saving…" : submitLabel}
          pending={pending}
        />
      </HydratedForm>
    </ModalDialog>
  );
}
