/**
 * The claim timeline: audit events in words. Pure, so the same sentences
 * serve the claim page and, later, reports.
 */
export interface AuditFact {
  id: string;
  at: Date;
  action: string;
  actorName: string | null;
  data: Record<string, unknown>;
}

export interface TimelineEntry {
  id: string;
  at: Date;
  /** The step, in the vocabulary people search for: "approved", "changes requested"… */
  kind: string;
  text: string;
}

const str = (value: unknown): string | null => (typeof value === "string" && value.length > 0 ? value : null);
const num = (value: unknown): number | null => (typeof value === "number" ? value : null);

function ratingOf(data: Record<string, unknown>): string | null {
  return str(data.ratingLabel) ?? str(data.rating);
}

function revisionOf(data: Record<string, unknown>): string {
  const version = num(data.version);
  return version ? ` (revision ${version})` : "";
}

/** The due day an assignment set (YYYY-MM-DD), if it set one. */
function dueOf(data: Record<string, unknown>): string | null {
  const changes = data.changes;
  return changes && typeof changes === "object" ? str((changes as Record<string, unknown>).dueAt) : null;
}

const describers: Record<
  string,
  { kind: string; text: (who: string, data: Record<string, unknown>) => string }
> = {
  "claim.marked": { kind: "marked", text: (who) => `${who} marked the claim` },
  "claim.edited": { kind: "edited", text: (who) => `${who} edited the claim's wording` },
  "claim.respanned": { kind: "edited", text: (who) => `${who} adjusted the quoted text` },
  "claim.reattached": { kind: "re-anchored", text: (who) => `${who} re-attached the claim to new text` },
  "claim.orphaned": {
    kind: "needs re-anchoring",
    text: (_who, data) =>
      `The article text changed and the claim needs re-anchoring${str(data.reason) ? `: ${str(data.reason)}` : ""}`,
  },
  "claim.dismissed": {
    kind: "dismissed",
    text: (who, data) => `${who} dismissed the claim${str(data.reason) ? `: “${str(data.reason)}”` : ""}`,
  },
  "claim.restored": { kind: "restored", text: (who) => `${who} restored the dismissed claim` },
  "claim.disputed": { kind: "disputed", text: () => "Verdicts disagreed: the claim is disputed" },
  "claim.assigned": {
    kind: "assigned",
    text: (who, data) => `${who} assigned the claim${dueOf(data) ? `, due ${dueOf(data)}` : ""}`,
  },
  "claim.unassigned": { kind: "unassigned", text: (who) => `${who} took the claim off its assignee` },
  "claim.taken": { kind: "taken", text: (who) => `${who} took the claim` },
  "claim.due_changed": {
    kind: "due date",
    text: (who, data) =>
      dueOf(data) ? `${who} set the due date to ${dueOf(data)}` : `${who} removed the due date`,
  },
  "claim.match_dismissed": {
    kind: "match dismissed",
    text: (who) => `${who} said an earlier fact-check the archive matched is unrelated`,
  },
  "verdict.drafted": {
    kind: "verdict drafted",
    text: (who, data) =>
      `${who} drafted a verdict${ratingOf(data) ? ` (${ratingOf(data)})` : ""}${
        str(data.basedOn) ? `, based on ${str(data.basedOn)}'s fact-check` : ""
      }`,
  },
  "verdict.submitted": {
    kind: "submitted",
    text: (who, data) => `${who} submitted a verdict for review${revisionOf(data)}`,
  },
  "verdict.revised": {
    kind: "revised",
    text: (who, data) => `${who} revised the verdict${revisionOf(data)}`,
  },
  "verdict.closed": {
    kind: "closed",
    text: (who, data) =>
      `${who} closed a competing verdict${str(data.reason) ? `: “${str(data.reason)}”` : ""}`,
  },
  "review.approved": {
    kind: "approved",
    text: (who, data) => `${who} approved the verdict${revisionOf(data)}`,
  },
  "review.changes_requested": {
    kind: "changes requested",
    text: (who, data) =>
      `${who} requested changes${revisionOf(data)}${str(data.comment) ? `: “${str(data.comment)}”` : ""}`,
  },
  "dispute.resolved": {
    kind: "resolved",
    text: (who, data) => `${who} resolved the dispute${str(data.reason) ? `: “${str(data.reason)}”` : ""}`,
  },
  "comment.added": { kind: "commented", text: (who) => `${who} commented` },
};

/** Audit events, oldest first, as timeline entries; unknown actions are kept with a generic sentence. */
export function buildTimeline(events: readonly AuditFact[]): TimelineEntry[] {
  return [...events]
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((event) => {
      const who = event.actorName ?? "Someone";
      const describer = describers[event.action];
      return describer
        ? { id: event.id, at: event.at, kind: describer.kind, text: describer.text(who, event.data) }
        : { id: event.id, at: event.at, kind: event.action, text: `${who}: ${event.action}` };
    });
}
