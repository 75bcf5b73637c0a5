import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/roles";
import * as can from "./index";

const actor = (role: Role) => ({ id: `${role}-1`, role });

describe("role permissions", () => {
  it.each([
    // question,            admin, editor, reviewer, viewer
    ["canReadArticles", true, true, true, true],
    ["canImportArticles", true, true, false, false],
    ["canEditArticles", true, true, false, false],
    ["canAnnotateClaims", true, true, false, false],
    ["canDismissClaims", true, true, false, false],
    ["canResolveDisputes", true, true, false, false],
    ["canComment", true, true, true, false],
    ["canWriteVerdicts", true, false, true, false],
    ["canPublishReports", true, true, false, false],
    ["canManageSettings", true, false, false, false],
    ["canManageUsers", true, false, false, false],
  ] as const)("%s", (question, admin, editor, reviewer, viewer) => {
    const check = can[question];
    expect([
      check(actor("admin")),
      check(actor("editor")),
      check(actor("reviewer")),
      check(actor("viewer")),
    ]).toEqual([admin, editor, reviewer, viewer]);
  });

  it.each([
    ["another reviewer", actor("reviewer"), "someone-else", true],
    ["the verdict's author", actor("reviewer"), "reviewer-1", false],
    ["an admin who did not write it", actor("admin"), "reviewer-1", true],
    ["an editor", actor("editor"), "reviewer-1", false],
    ["a viewer", actor("viewer"), "reviewer-1", false],
  ])("canReviewVerdict: %s", (_name, who, authorId, expected) => {
    expect(can.canReviewVerdict(who, { authorId })).toBe(expected);
  });
});
