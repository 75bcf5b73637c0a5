import { randomUUID } from "node:crypto";
import { actor } from "@/lib/data/testing/test-helpers";

/**
 * Six sentences in three paragraphs. The committed model scores them about
 * 0.96, 0.45, 1.0, 0.11, 0.99 and 0.94: all but the fourth are suggested at
 * its own threshold, and the second falls below 0.5.
 */
export const SENTENCES = [
  "The ministry said 5,000 troops were sent to the border in March.",
  "Mr. Smith, who lives nearby, was surprised.",
  "Unemployment rose by 2.5 percent last year, the highest rise since 2009.",
  "It was a sunny day.",
  "Exports to China doubled to $4 billion in 2023, the trade office said.",
  "The new hospital cost 30 percent more than planned.",
] as const;

export const SCORED_TEXT = [
  `${SENTENCES[0]} ${SENTENCES[1]}`,
  `${SENTENCES[2]} ${SENTENCES[3]}`,
  `${SENTENCES[4]} ${SENTENCES[5]}`,
].join("\n\n");

/** Imports `text` as the demo editor; its revision 1 is scored on the way in. Call after createTempDatabase(). */
export async function importScoredArticle(text: string = SCORED_TEXT): Promise<string> {
  const { createArticle } = await import("@/lib/data/articles/create-article");
  const { id } = await createArticle(await actor("editor@example.com"), {
    title: `Suggestions ${randomUUID().slice(0, 8)}`,
    byline: null,
    dateline: null,
    publishedAt: null,
    sourceUrl: null,
    text,
    allowDuplicate: false,
  });
  return id;
}
