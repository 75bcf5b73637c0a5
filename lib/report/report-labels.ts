import { statusLabels } from "../review/status-labels";

/**
 * The words for a claim status. Published snapshots are stored JSON, read
 * back without validation, so a status this version no longer knows shows
 * as its key instead of crashing the page.
 */
export function statusLabelOf(status: string): string {
  return Object.hasOwn(statusLabels, status)
    ? statusLabels[status as keyof typeof statusLabels].label
    : status;
}
