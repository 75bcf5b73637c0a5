import type { ReportClaim } from "./report-model";

/*
 * The bodies of one claim's annotation. People read the two TextualBodies
 * (the verdict, purpose "assessing"; the claim as stated, "describing").
 * Machines read the "tagging" bodies: the rating's label (what Hypothesis
 * shows as a tag) and prefixed tags for the rating key, the claimant and the
 * claim type, so a tag list stays meaningful in tools that know only tags
 * and our own import can read them back (parse-w3c.ts). A published claim
 * also links to its place in the public report: an External Web Resource may
 * not carry a purpose (model 3.3.5), so the link is a SpecificResource with
 * purpose "linking" whose source is the report page. A verdict started from
 * an earlier fact-check links that one the same way, after the report's
 * link (and alone when the claim is not published).
 */

export const W3C_TAG_PREFIXES = {
  rating: "rating:",
  claimant: "claimant:",
  claimType: "claim-type:",
} as const;

export interface W3cAgent {
  type: "Person" | "Organization" | "Software";
  name: string;
}

export interface W3cTextualBody {
  type: "TextualBody";
  value: string;
  format: "text/plain";
  purpose: "assessing" | "describing" | "tagging";
  creator?: W3cAgent;
}

export interface W3cLinkBody {
  type: "SpecificResource";
  purpose: "linking";
  source: { id: string; type: "Text"; format: "text/html" };
}

export type W3cBody = W3cTextualBody | W3cLinkBody;

const tag = (value: string): W3cTextualBody => ({
  type: "TextualBody",
  value,
  format: "text/plain",
  purpose: "tagging",
});

/** Absolute http(s) links: the claim's place on the public report page, and the fact-check its verdict is based on. */
export interface W3cLinks {
  publicLink: string | null;
  basisLink: string | null;
}

const linkTo = (id: string): W3cLinkBody => ({
  type: "SpecificResource",
  purpose: "linking",
  source: { id, type: "Text", format: "text/html" },
});

/** The claim's bodies, the verdict only when `isChecked`; each link that is given. */
export function toW3cBodies(claim: ReportClaim, isChecked: boolean, links: W3cLinks): W3cBody[] {
  const bodies: W3cBody[] = [];
  const verdict = isChecked ? claim.verdict : null;
  if (verdict) {
    const { rating, summary, author } = verdict;
    bodies.push({
      type: "TextualBody",
      value: `${rating.label}: ${summary}`,
      format: "text/plain",
      purpose: "assessing",
      ...(author ? { creator: { type: "Person", name: author } } : {}),
    });
  }
  bodies.push({ type: "TextualBody", value: claim.statement, format: "text/plain", purpose: "describing" });
  if (verdict) {
    bodies.push(tag(verdict.rating.label), tag(`${W3C_TAG_PREFIXES.rating}${verdict.rating.key}`));
  }
  if (claim.claimant) bodies.push(tag(`${W3C_TAG_PREFIXES.claimant}${claim.claimant}`));
  bodies.push(tag(`${W3C_TAG_PREFIXES.claimType}${claim.type}`));
  if (links.publicLink) bodies.push(linkTo(links.publicLink));
  if (verdict && links.basisLink) bodies.push(linkTo(links.basisLink));
  return bodies;
}
