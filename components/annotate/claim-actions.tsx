"use client";

import { Button } from "@/components/ui/form-controls";
import type { DeskClaim } from "@/lib/data/claims/claim-view";
import type { ClaimEditor } from "./use-claim-editor";

/** What an editor can do with the selected claim. */
export function ClaimActions({ claim, editor }: { claim: DeskClaim; editor: ClaimEditor }) {
  const deleteClaim = () => {
    if (claim.verdictCount > 0) editor.setDialog({ kind: "delete", claim });
    else
      void editor
        .remove(claim)
        .catch((error: Error) => editor.setNotice({ text: error.message, error: true }));
  };
  return (
    <div className="mt-2 flex flex-wrap gap-1.5" role="group" aria-label="Claim actions">
      <Button variant="secondary" onClick={() => editor.setDialog({ kind: "edit", claim })}>
        Edit
      </Button>
      <Button variant="secondary" onClick={() => editor.setRespanId(claim.id)}>
        {claim.anchorState === "orphaned" ? "Re-attach" : "Adjust span"}
      </Button>
      {claim.dismissedReason === null ? (
        <Button variant="secondary" onClick={() => editor.setDialog({ kind: "dismiss", claim })}>
          Dismiss
        </Button>
      ) : (
        <Button variant="secondary" onClick={() => void editor.restore(claim)}>
          Restore
        </Button>
      )}
      <Button variant="danger" onClick={deleteClaim}>
        Delete
      </Button>
    </div>
  );
}
