import { describe, expect, it } from "vitest";
import { buildTimeline, type AuditFact } from "./timeline";

const at = (minute: number) => new Date(Date.UTC(2025, 3, 28, 12, minute));
const event = (
  action: string,
  data: Record<string, unknown> = {},
  minute = 0,
  actorName: string | null = "Rita",
): AuditFact => ({
  id: `${action}-${minute}`,
  at: at(minute),
  action,
  actorName,
  data,
});

describe("buildTimeline", () => {
  it.each([
    ["claim.marked", {}, "marked", "Rita marked the claim"],
    [
      "verdict.drafted",
      { rating: "true", ratingLabel: "True" },
      "verdict drafted",
      "Rita drafted a verdict (True)",
    ],
    ["verdict.drafted", { rating: "true" }, "verdict drafted", "Rita drafted a verdict (true)"],
    ["verdict.submitted", { version: 1 }, "submitted", "Rita submitted a verdict for review (revision 1)"],
    ["verdict.revised", { version: 2 }, "revised", "Rita revised the verdict (revision 2)"],
    ["review.approved", { version: 2 }, "approved", "Rita approved the verdict (revision 2)"],
    [
      "review.changes_requested",
      { version: 1, comment: "Cite the NIS." },
      "changes requested",
      "Rita requested changes (revision 1): “Cite the NIS.”",
    ],
    ["claim.disputed", {}, "disputed", "Verdicts disagreed: the claim is disputed"],
    [
      "claim.assigned",
      { changes: { assigneeId: "u1", dueAt: "2025-05-02" } },
      "assigned",
      "Rita assigned the claim, due 2025-05-02",
    ],
    ["claim.assigned", { changes: { assigneeId: "u1" } }, "assigned", "Rita assigned the claim"],
    ["claim.taken", {}, "taken", "Rita took the claim"],
    ["claim.unassigned", {}, "unassigned", "Rita took the claim off its assignee"],
    [
      "claim.due_changed",
      { changes: { dueAt: "2025-05-09" } },
      "due date",
      "Rita set the due date to 2025-05-09",
    ],
    ["claim.due_changed", { changes: { dueAt: null } }, "due date", "Rita removed the due date"],
    [
      "dispute.resolved",
      { reason: "Better sourced." },
      "resolved",
      "Rita resolved the dispute: “Better sourced.”",
    ],
    ["claim.dismissed", { reason: "Opinion." }, "dismissed", "Rita dismissed the claim: “Opinion.”"],
    ["something.new", {}, "something.new", "Rita: something.new"],
  ])("%s", (action, data, kind, text) => {
    expect(buildTimeline([event(action, data)])).toEqual([{ id: `${action}-0`, at: at(0), kind, text }]);
  });

  it("orders events oldest first and names a missing actor", () => {
    const entries = buildTimeline([event("review.approved", {}, 5), event("claim.marked", {}, 1, null)]);
    expect(entries.map((e) => e.text)).toEqual(["Someone marked the claim", "Rita approved the verdict"]);
  });
});
