/** The facts a notice is written from: plain data, so the sentences are unit-tested without a database. */
export interface LiveEventFacts {
  action: string;
  actorName: string | null;
  claimStatement: string | null;
  /** Given on pages that follow every article (My work), to say which one changed. */
  articleTitle?: string | null;
}

const LABEL_LENGTH = 60;

/** Quoted and shortened to one line: “The city spent…”. */
function quote(text: string): string {
  const words = text.replace(/\s+/g, " ").trim();
  return `“${words.length > LABEL_LENGTH ? `${words.slice(0, LABEL_LENGTH - 1).trimEnd()}…` : words}”`;
}

const claimLabel = (statement: string | null): string =>
  statement ? `claim ${quote(statement)}` : "a claim";

const notices: Record<string, (who: string, claim: string) => string> = {
  "claim.marked": (who, claim) => `${who} marked ${claim}`,
  "claim.edited": (who, claim) => `${who} edited ${claim}`,
  "claim.respanned": (who, claim) => `${who} adjusted the quoted text of ${claim}`,
  "claim.reattached": (who, claim) => `${who} re-attached ${claim}`,
  "claim.deleted": (who, claim) => `${who} deleted ${claim}`,
  "claim.dismissed": (who, claim) => `${who} dismissed ${claim}`,
  "claim.restored": (who, claim) => `${who} restored ${claim}`,
  "claim.orphaned": (_who, claim) => `The article text changed: ${claim} needs re-anchoring`,
  "claim.disputed": (_who, claim) => `Verdicts disagree: ${claim} is disputed`,
  "verdict.drafted": (who, claim) => `${who} started a verdict on ${claim}`,
  "verdict.submitted": (who, claim) => `${who} submitted a verdict on ${claim}`,
  "verdict.revised": (who, claim) => `${who} revised a verdict on ${claim}`,
  "verdict.closed": (who, claim) => `${who} closed a verdict on ${claim}`,
  "review.approved": (who, claim) => `${who} approved a verdict on ${claim}`,
  "review.changes_requested": (who, claim) => `${who} requested changes to a verdict on ${claim}`,
  "dispute.resolved": (who, claim) => `${who} resolved the dispute on ${claim}`,
  "comment.added": (who, claim) => `${who} commented on ${claim}`,
  "article.revised": (who) => `${who} edited the article text`,
  "article.edited": (who) => `${who} edited the article details`,
  "report.published": (who) => `${who} published the report`,
  "report.unpublished": (who) => `${who} took the published report down`,
};

/** The short notice other viewers see and hear: "Rita approved a verdict on claim “…”". */
export function describeLiveEvent(event: LiveEventFacts): string {
  const who = event.actorName ?? "Someone";
  const notice = notices[event.action];
  const text = notice ? notice(who, claimLabel(event.claimStatement)) : `${who} changed this article`;
  return event.articleTitle ? `${quote(event.articleTitle)}: ${text}` : text;
}
