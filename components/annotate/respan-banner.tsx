import { Button } from "@/components/ui/form-controls";
import type { DeskClaim } from "@/lib/data/claims/claim-view";

/** Shown while an editor picks new text for a claim (adjusting or re-attaching it). */
export function RespanBanner({ claim, onCancel }: { claim: DeskClaim; onCancel: () => void }) {
  return (
    <div
      role="status"
      className="mb-4 flex flex-wrap items-center justify-between gap-2 rounded-md border border-blue-300 bg-blue-50 px-3 py-2 text-sm"
      data-testid="respan-banner"
    >
      <p>
        Select the new text for “{claim.statement}”, then choose <strong>Use this text</strong> (or press M).
      </p>
      <Button variant="secondary" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}
