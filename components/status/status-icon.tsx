import type { ClaimStatus } from "@/lib/review/claim-status";

// One simple shape per status, so status reads without colour (and in
// greyscale print). Decorative: the label next to it carries the meaning.
const paths: Record<ClaimStatus, string> = {
  needs_verdict: "M8 2.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11Z",
  in_review: "M8 2.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM8 5v3.5l2.5 1.5",
  changes_requested: "M3 13l1-3.5L10.5 3l2.5 2.5L6.5 12 3 13Z",
  disputed: "M8 2 14.5 13.5h-13L8 2ZM8 6.5v3.5M8 11.8v.2",
  approved: "M3 8.5 6.5 12 13 4.5",
  dismissed: "M8 2.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM4.1 4.1l7.8 7.8",
};

export function StatusIcon({ status, className = "h-4 w-4" }: { status: ClaimStatus; className?: string }) {
  return (
    <svg viewBox="0 0 16 16" className={className} aria-hidden="true" focusable="false">
      <path
        d={paths[status]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
