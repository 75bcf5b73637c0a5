import type { ClaimStatus } from "@/lib/review/claim-status";
import { statusLabels } from "@/lib/review/status-labels";
import { StatusIcon } from "./status-icon";
import { statusStyle } from "./status-style";

export function StatusBadge({ status }: { status: ClaimStatus }) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${statusStyle[status].badge}`}
      title={statusLabels[status].description}
      data-status={status}
    >
      <StatusIcon status={status} className="h-3.5 w-3.5" />
      {statusLabels[status].label}
    </span>
  );
}
