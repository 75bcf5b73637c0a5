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
    ["canAssignWork", true, true, false, false],
  ] as const)("%s", (question, admin, editor, reviewer, viewer) => {
    const check = can[question];
    expect([
      check(actor("admin")),
      check(actor("editor")),
      check(actor("reviewer")),
      check(actor("viewer")),
    ]).toEqual([admin, editor, reviewer, viewer]);
  });

  // Separation of duties. `revisedBy` lists the author of each revision, in order.
  const rita = "reviewer-1";
  const admin = "admin-1";
  it.each([
    // case, who asks, who started the verdict, who wrote each revision, may they review
    ["another reviewer", actor("reviewer"), "author", ["author"], true],
    ["an admin who wrote none of it", actor("admin"), "author", ["author", "author"], true],
    ["a third reviewer after an admin's revision", actor("reviewer"), "author", ["author", admin], true],
    ["the verdict's author", actor("reviewer"), rita, [rita], false],
    ["the author, after someone else revised it", actor("reviewer"), rita, [rita, admin], false],
    ["the author, whose only revision someone else wrote", actor("reviewer"), rita, [admin], false],
    ["an admin who wrote revision 2", actor("admin"), "author", ["author", admin], false],
    ["a reviewer who wrote an earlier revision only", actor("reviewer"), "author", [rita, "author"], false],
    ["a reviewer who wrote revision 2 of 3", actor("reviewer"), "author", ["author", rita, "author"], false],
    ["an editor who wrote none of it", actor("editor"), "author", ["author"], false],
    ["a viewer who wrote none of it", actor("viewer"), "author", ["author"], false],
  ])("canReviewVerdict: %s", (_name, who, authorId, revisedBy, expected) => {
    const verdict = { authorId, revisions: revisedBy.map((id) => ({ authorId: id })) };
    expect(can.canReviewVerdict(who, verdict)).toBe(expected);
  });
});

describe("canChangeUserAccess", () => {
  it.each([
    ["an admin, on someone else", actor("admin"), "someone-else", true],
    ["an admin, on themself", actor("admin"), "admin-1", false],
    ["an editor, on someone else", actor("editor"), "someone-else", false],
    ["a reviewer, on someone else", actor("reviewer"), "someone-else", false],
    ["a viewer, on themself", actor("viewer"), "viewer-1", false],
  ])("%s", (_name, who, targetId, expected) => {
    expect(can.canChangeUserAccess(who, { id: targetId })).toBe(expected);
  });
});

describe("canChangeVerdict", () => {
  it.each([
    ["the author, a reviewer", actor("reviewer"), "reviewer-1", true],
    ["another reviewer", actor("reviewer"), "someone-else", false],
    ["an admin, on someone else's verdict", actor("admin"), "someone-else", true],
    ["the author, since made an editor", actor("editor"), "editor-1", false],
    ["the author, since made a viewer", actor("viewer"), "viewer-1", false],
  ])("%s", (_name, who, authorId, expected) => {
    expect(can.canChangeVerdict(who, { authorId })).toBe(expected);
  });
});

describe("assignment permissions", () => {
  const account = (role: Role, disabledAt: Date | null = null) => ({ role, disabledAt });
  it.each([
    // role,      active: owner, lead; deactivated: owner, lead
    ["admin", true, true, false, false],
    ["editor", false, true, false, false],
    ["reviewer", true, false, false, false],
    ["viewer", false, false, false, false],
  ] as const)("%s can own work / lead articles", (role, owner, lead, ownerOff, leadOff) => {
    const off = new Date("2026-01-01T00:00:00Z");
    expect([
      can.canBeAssignedWork(account(role)),
      can.canLeadArticles(account(role)),
      can.canBeAssignedWork(account(role, off)),
      can.canLeadArticles(account(role, off)),
    ]).toEqual([owner, lead, ownerOff, leadOff]);
  });

  it("lets verdict writers take only a claim nobody owns", () => {
    expect(can.canTakeClaim(actor("reviewer"), { assigneeId: null })).toBe(true);
    expect(can.canTakeClaim(actor("reviewer"), { assigneeId: "someone" })).toBe(false);
    expect(can.canTakeClaim(actor("editor"), { assigneeId: null })).toBe(false);
  });
});
