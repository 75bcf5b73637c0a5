/**
 * English function words dropped before indexing and matching. Kept short on purpose: negations ("not",
 * "no", "never") and quantity words ("all", "most") stay, because a claim and its denial, or "some" and
 * "all", are different claims to a fact-checker.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against am an and any are as at be because been before being below between both
  but by can could did do does doing down during each few for from further had has have having he her here
  hers herself him himself his how i if in into is it its itself just me my myself of off on once only or
  other our ours ourselves out over own same she should so than that the their theirs them themselves then
  there these they this those through to too under until up very was we were what when where which while who
  whom why will with would you your yours yourself yourselves via amp rt`.split(/\s+/),
);
