import { describe, expect, it } from "vitest";
import { summarizeActivity, type ActivityFact } from "./activity-summary";

const fact = (action: string, data: Record<string, unknown> = {}, overrides: Partial<ActivityFact> = {}) => ({
  action,
  actorName: "Ada Admin",
  subjectName: "Sam Checker",
  data,
  ...overrides,
});

describe("summarizeActivity", () => {
  it.each([
    [
      fact("user.created", { email: "sam@example.org", role: "reviewer" }),
      "Ada Admin created an account for Sam Checker (sam@example.org) as reviewer",
    ],
    [
      fact("user.created", { via: "command line, first admin" }),
      "Sam Checker was created as the first admin from the command line",
    ],
    [
      fact(
        "user.invited",
        { name: "Nora", email: "nora@example.org", role: "editor" },
        { subjectName: null },
      ),
      "Ada Admin invited Nora (nora@example.org) as editor",
    ],
    [
      fact("user.invitation_revoked", { email: "nora@example.org" }, { subjectName: null }),
      "Ada Admin withdrew the invitation for nora@example.org",
    ],
    [
      fact("user.invitation_revoked", {
        email: "n@example.org",
        reason: "the invitation email could not be sent",
      }),
      "Ada Admin withdrew the invitation for n@example.org: the invitation email could not be sent",
    ],
    [
      fact("user.invitation_accepted", { role: "viewer" }, { actorName: "Sam Checker" }),
      "Sam Checker accepted the invitation and joined as viewer",
    ],
    [
      fact("user.role_changed", { from: "reviewer", to: "viewer", endedSessions: 2 }),
      "Ada Admin changed Sam Checker’s role from reviewer to viewer, ending 2 sessions",
    ],
    [
      fact("user.role_changed", { from: "viewer", to: "editor", endedSessions: 0 }),
      "Ada Admin changed Sam Checker’s role from viewer to editor",
    ],
    [fact("user.renamed", { from: "Sam", to: "Sam Checker" }), "Ada Admin renamed Sam to Sam Checker"],
    [
      fact("user.deactivated", { endedSessions: 1 }),
      "Ada Admin deactivated Sam Checker’s account, ending 1 session",
    ],
    [fact("user.reactivated"), "Ada Admin reactivated Sam Checker’s account"],
    [
      fact("user.password_reset"),
      "Ada Admin set a new password for Sam Checker, signing them out and revoking their tokens",
    ],
    [
      fact("user.password_reset_link", { delivery: "link" }),
      "Ada Admin reset Sam Checker’s password and issued a reset link",
    ],
    [
      fact("user.password_reset_link", { delivery: "email" }),
      "Ada Admin reset Sam Checker’s password and emailed a reset link",
    ],
    [
      fact("user.password_reset_link", { withdrawn: true, reason: "the reset email could not be sent" }),
      "The reset link for Sam Checker was withdrawn: the reset email could not be sent",
    ],
    [fact("user.tokens_revoked", { revoked: 1 }), "Ada Admin revoked Sam Checker’s 1 API token"],
    [fact("user.tokens_revoked", { revoked: 3 }), "Ada Admin revoked Sam Checker’s 3 API tokens"],
    [fact("user.signed_in", {}, { actorName: "Sam Checker" }), "Sam Checker signed in"],
    [
      fact("user.signed_out_everywhere", {}, { actorName: "Sam Checker" }),
      "Sam Checker signed out of every session",
    ],
    [fact("user.password_changed", {}, { actorName: "Sam Checker" }), "Sam Checker changed their password"],
    [
      fact("user.password_reset_completed", {}, { actorName: "Sam Checker" }),
      "Sam Checker chose a new password with a reset link",
    ],
    [
      fact("token.created", { name: "Dashboard" }, { subjectName: null }),
      "Ada Admin created the API token “Dashboard”",
    ],
    [
      fact("article.imported", { title: "Bridge repairs" }, { subjectName: null }),
      "Ada Admin imported the article “Bridge repairs”",
    ],
    [
      fact("article.deleted", { article: { title: "Old story" } }, { subjectName: null }),
      "Ada Admin deleted the article “Old story”",
    ],
    [
      fact("report.published", { version: 2 }, { subjectName: null }),
      "Ada Admin published a report (version 2)",
    ],
    [fact("settings.updated", {}, { subjectName: null }), "Ada Admin changed the settings"],
    [
      fact("review.approved", { version: 2 }, { subjectName: null }),
      "Ada Admin approved the verdict (revision 2)",
    ],
    [fact("comment.added", {}, { subjectName: null }), "Ada Admin commented"],
    [fact("something.new", {}, { subjectName: null }), "Ada Admin: something.new"],
    [fact("user.signed_in", {}, { actorName: null }), "Someone signed in"],
    [
      fact("user.reactivated", { name: "Old Name" }, { subjectName: null }),
      "Ada Admin reactivated Old Name’s account",
    ],
  ])("%j", (input, sentence) => {
    expect(summarizeActivity(input)).toBe(sentence);
  });
});
