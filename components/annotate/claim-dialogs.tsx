"use client";

import { claimTypeSchema } from "@/lib/claims/claim-types";
import { suggestClaimType } from "@/lib/claims/suggest-claim-type";
import { claimantSuggestions } from "./claimant-suggestions";
import type { ClaimEditor } from "./use-claim-editor";
import { ClaimFormDialog } from "./claim-form-dialog";
import { ConfirmDialog } from "./confirm-dialog";
import { DismissDialog } from "./dismiss-dialog";

/** Whichever dialog the editor has open. */
export function ClaimDialogs({ editor }: { editor: ClaimEditor }) {
  const { dialog, setDialog } = editor;
  const close = () => setDialog(null);
  if (!dialog) return null;
  const claimants = claimantSuggestions(editor.claims, editor.lastClaimant);
  switch (dialog.kind) {
    case "create": {
      const suggestedType = suggestClaimType(dialog.span.exact);
      const { suggestion } = dialog;
      return (
        <ClaimFormDialog
          title={suggestion ? "Accept suggestion as claim" : "Mark as claim"}
          note={
            suggestion
              ? `Suggested sentence ${suggestion.n}: ${suggestion.label} (score ${suggestion.score.toFixed(2)}). Saving records that it came from this suggestion.`
              : undefined
          }
          quote={dialog.span.exact}
          initial={{ statement: dialog.span.exact, claimant: "", type: suggestedType }}
          isTypeSuggested={suggestedType !== "other"}
          claimants={claimants}
          submitLabel="Save claim"
          onSubmit={(fields) => editor.create(dialog.span, fields, suggestion)}
          onClose={close}
        />
      );
    }
    case "edit": {
      const claim = dialog.claim;
      const type = claimTypeSchema.safeParse(claim.type);
      return (
        <ClaimFormDialog
          title="Edit claim"
          quote={claim.exact}
          initial={{
            statement: claim.statement,
            claimant: claim.claimant ?? "",
            type: type.success ? type.data : "other",
          }}
          claimants={claimants}
          submitLabel="Save changes"
          onSubmit={(fields) => editor.edit(claim, fields)}
          onClose={close}
        />
      );
    }
    case "dismiss":
      return <DismissDialog onSubmit={(reason) => editor.dismiss(dialog.claim, reason)} onClose={close} />;
    case "delete": {
      const count = dialog.claim.verdictCount;
      return (
        <ConfirmDialog
          title="Delete this claim?"
          confirmLabel="Delete claim"
          onConfirm={() => editor.remove(dialog.claim)}
          onClose={close}
        >
          <p>
            “{dialog.claim.statement}” has {count} {count === 1 ? "verdict" : "verdicts"}. Deleting the claim
            deletes {count === 1 ? "it" : "them"} too.
          </p>
          <p>The claim&apos;s history stays in the audit trail.</p>
        </ConfirmDialog>
      );
    }
  }
}
