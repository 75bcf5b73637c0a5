import type { ClaimStatus } from "./claim-status";

/** Words shown for each claim status in the UI and in reports (styling lives with the components). */
export const statusLabels: Record<ClaimStatus, { label: string; description: string }> = {
  needs_verdict: {
    label: "Needs verdict",
    description: "No verdict has been submitted for this claim yet.",
  },
  in_review: {
    label: "In review",
    description: "A verdict is submitted and waiting for enough approvals from other reviewers.",
  },
  changes_requested: {
    label: "Changes requested",
    description: "A reviewer asked for changes to the current revision of a verdict.",
  },
  disputed: {
    label: "Disputed",
    description: "Submitted verdicts disagree on the rating and need to be reconciled.",
  },
  approved: {
    label: "Approved",
    description: "The verdict has enough approvals from reviewers other than its author.",
  },
  dismissed: {
    label: "Dismissed",
    description: "The claim was set aside as not worth checking and does not block publishing.",
  },
};
