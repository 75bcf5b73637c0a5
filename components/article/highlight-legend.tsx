import { StatusIcon } from "@/components/status/status-icon";
import { statusStyle } from "@/components/status/status-style";
import { claimStatuses } from "@/lib/review/claim-status";
import { statusLabels } from "@/lib/review/status-labels";

/** Explains highlight tints and underline styles, so status reads without colour. */
export function HighlightLegend() {
  return (
    <details className="mb-4 rounded border border-stone-200 bg-white px-3 py-2 text-sm">
      <summary className="cursor-pointer font-medium">How to read the highlights</summary>
      <ul className="mt-2 grid gap-1 sm:grid-cols-2">
        {claimStatuses.map((status) => (
          <li key={status} className="flex items-center gap-2">
            <StatusIcon status={status} className="h-3.5 w-3.5" />
            <mark className={`${statusStyle[status].mark} px-1 underline decoration-2 underline-offset-2`}>
              sample
            </mark>
            <span>{statusLabels[status].label}</span>
          </li>
        ))}
        <li className="flex items-center gap-2 sm:col-span-2">
          <span className="underline decoration-sky-700 decoration-dotted decoration-2 underline-offset-4">
            sample
          </span>
          <span>Suggested claim: a sentence the model finds check-worthy, not yet a claim</span>
        </li>
        <li className="sm:col-span-2 text-stone-700">
          A darker band marks text covered by several claims; click it again to step through them.
        </li>
      </ul>
    </details>
  );
}
