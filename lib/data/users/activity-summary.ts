import { buildTimeline } from "@/lib/review/timeline";

/**
 * A user's recent activity in words: one sentence per audit event. Pure;
 * the account events are described here, claim work reuses the claim
 * timeline's sentences, and anything else gets a plain generic one.
 */
export interface ActivityFact {
  action: string;
  actorName: string | null;
  /** The account the event is about, for events on a user; null otherwise. */
  subjectName: string | null;
  data: Record<string, unknown>;
}

type Data = Record<string, unknown>;
type Describe = (who: string, whom: string, data: Data) => string;

const str = (value: unknown): string | null => (typeof value === "string" && value.length > 0 ? value : null);
const count = (value: unknown, one: string, many: string): string => {
  const n = typeof value === "number" ? value : 0;
  return `${n} ${n === 1 ? one : many}`;
};
const quoted = (value: unknown) => (str(value) ? ` “${str(value)}”` : "");
const possessive = (name: string) => `${name}’s`;
const sessionsEnded = (data: Data) =>
  typeof data.endedSessions === "number" && data.endedSessions > 0
    ? `, ending ${count(data.endedSessions, "session", "sessions")}`
    : "";

const accountEvents: Record<string, Describe> = {
  "user.created": (who, whom, data) =>
    str(data.via)
      ? `${whom} was created as the first admin from the command line`
      : `${who} created an account for ${whom}${str(data.email) ? ` (${str(data.email)})` : ""} as ${str(data.role) ?? "a user"}`,
  "user.invited": (who, _whom, data) =>
    `${who} invited ${str(data.name) ?? "someone"} (${str(data.email) ?? "no email"}) as ${str(data.role) ?? "a user"}`,
  "user.invitation_revoked": (who, _whom, data) =>
    `${who} withdrew the invitation for ${str(data.email) ?? "someone"}${str(data.reason) ? `: ${str(data.reason)}` : ""}`,
  "user.invitation_accepted": (_who, whom, data) =>
    `${whom} accepted the invitation and joined as ${str(data.role) ?? "a user"}`,
  "user.role_changed": (who, whom, data) =>
    `${who} changed ${possessive(whom)} role from ${str(data.from) ?? "?"} to ${str(data.to) ?? "?"}${sessionsEnded(data)}`,
  "user.renamed": (who, whom, data) => `${who} renamed ${str(data.from) ?? whom} to ${str(data.to) ?? whom}`,
  "user.deactivated": (who, whom, data) =>
    `${who} deactivated ${possessive(whom)} account${sessionsEnded(data)}`,
  "user.reactivated": (who, whom) => `${who} reactivated ${possessive(whom)} account`,
  "user.password_reset": (who, whom) =>
    `${who} set a new password for ${whom}, signing them out and revoking their tokens`,
  "user.password_reset_link": (who, whom, data) =>
    data.withdrawn
      ? `The reset link for ${whom} was withdrawn${str(data.reason) ? `: ${str(data.reason)}` : ""}`
      : `${who} reset ${possessive(whom)} password and ${data.delivery === "email" ? "emailed" : "issued"} a reset link`,
  "user.password_changed": (who) => `${who} changed their password`,
  "user.password_reset_completed": (who) => `${who} chose a new password with a reset link`,
  "user.tokens_revoked": (who, whom, data) =>
    `${who} revoked ${possessive(whom)} ${count(data.revoked, "API token", "API tokens")}`,
  "user.signed_in": (who) => `${who} signed in`,
  "user.signed_out": (who) => `${who} signed out`,
  "user.signed_out_everywhere": (who) => `${who} signed out of every session`,
  "user.setup_completed": (who) => `${who} set up the desk as its first admin`,
};

const otherEvents: Record<string, (who: string, data: Data) => string> = {
  "token.created": (who, data) => `${who} created the API token${quoted(data.name)}`,
  "token.revoked": (who, data) => `${who} revoked the API token${quoted(data.name)}`,
  "article.imported": (who, data) => `${who} imported the article${quoted(data.title)}`,
  "article.revised": (who) => `${who} revised an article’s text`,
  "article.edited": (who) => `${who} edited an article’s details`,
  "article.deleted": (who, data) =>
    `${who} deleted the article${quoted((data.article as Data | undefined)?.title)}`,
  "report.published": (who, data) =>
    `${who} published a report${typeof data.version === "number" ? ` (version ${data.version})` : ""}`,
  "report.unpublished": (who) => `${who} unpublished a report`,
  "rating.created": (who, data) => `${who} added the rating${quoted(data.label)}`,
  "rating.updated": (who, data) => `${who} edited the rating${quoted(data.key)}`,
  "rating.retired": (who, data) => `${who} retired the rating${quoted(data.key)}`,
  "rating.restored": (who, data) => `${who} restored the rating${quoted(data.key)}`,
  "ratings.reordered": (who) => `${who} reordered the rating scale`,
  "settings.updated": (who) => `${who} changed the settings`,
};

/** One event as a sentence (no final full stop, like the claim timeline). */
export function summarizeActivity(fact: ActivityFact): string {
  const who = fact.actorName ?? "Someone";
  const whom = fact.subjectName ?? str(fact.data.name) ?? "an account";
  const account = accountEvents[fact.action];
  if (account) return account(who, whom, fact.data);
  const other = otherEvents[fact.action];
  if (other) return other(who, fact.data);
  const [entry] = buildTimeline([{ id: "", at: new Date(0), ...fact }]);
  return entry?.text ?? `${who}: ${fact.action}`;
}
