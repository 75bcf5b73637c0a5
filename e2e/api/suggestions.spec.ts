import { expect, test } from "@playwright/test";
import { bearer, createToken, expectApi } from "../support/api";

/**
 * Suggested claims over HTTP, against the OpenAPI document: every sentence
 * scored with its offsets, rejections remembered per revision, and the text
 * and claims left as they were.
 */
const text = [
  "The city council approved a budget of 12 million euros on Monday.",
  "Unemployment fell to 4 percent last year, the mayor said. It was a sunny day.",
].join("\n\n");

interface Sentence {
  n: number;
  start: number;
  end: number;
  text: string;
  score: number;
  label: string;
  suggested: boolean;
  rejected: boolean;
  claimed: boolean;
}
interface SuggestionList {
  articleId: string;
  revision: number;
  threshold: number;
  sentences: Sentence[];
}

test("an imported article's sentences are scored, and an editor rejects one", async ({ request }) => {
  const [editor, viewer] = await Promise.all([createToken("editor"), createToken("viewer")]);
  const as = (token: string) => ({ headers: bearer(token) });
  const { article } = await expectApi<{ article: { id: string } }>(
    request,
    await request.post("/api/v1/articles", {
      ...as(editor),
      data: { title: `Suggestions ${Date.now()}`, text },
    }),
    "createArticle",
    201,
  );
  await expectApi(
    request,
    await request.post(`/api/v1/articles/${article.id}/claims`, {
      ...as(editor),
      data: { selector: { exact: "Unemployment fell to 4 percent last year" } },
    }),
    "createClaim",
    201,
  );
  const suggestions = `/api/v1/articles/${article.id}/suggestions`;

  // A viewer reads them: every sentence, at its offsets, the score in words.
  const list = await expectApi<SuggestionList>(
    request,
    await request.get(suggestions, as(viewer)),
    "listSuggestions",
    200,
  );
  expect(list).toMatchObject({ articleId: article.id, revision: 1 });
  expect(list.sentences.map((s) => [s.n, s.text, s.claimed, s.rejected])).toEqual([
    [1, "The city council approved a budget of 12 million euros on Monday.", false, false],
    [2, "Unemployment fell to 4 percent last year, the mayor said.", true, false],
    [3, "It was a sunny day.", false, false],
  ]);
  for (const s of list.sentences) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.suggested).toBe(s.score >= list.threshold);
  }

  // A viewer may not reject; an editor may, once, and the answer repeats.
  const reject = (n: number, token: string, revision = 1) =>
    request.post(`${suggestions}/${n}/rejection`, { ...as(token), data: { revision } });
  await expectApi(request, await reject(1, viewer), "rejectSuggestion", 403);
  const rejected = await expectApi<{ sentence: Sentence }>(
    request,
    await reject(1, editor),
    "rejectSuggestion",
    200,
  );
  expect(rejected.sentence).toMatchObject({ n: 1, rejected: true });
  expect(
    (await expectApi<{ sentence: Sentence }>(request, await reject(1, editor), "rejectSuggestion", 200))
      .sentence,
  ).toEqual(rejected.sentence);
  await expectApi(request, await reject(4, editor), "rejectSuggestion", 404);
  await expectApi(request, await reject(1, editor, 2), "rejectSuggestion", 409);

  // Remembered for everyone; the text is as it was.
  const after = await expectApi<SuggestionList>(
    request,
    await request.get(suggestions, as(viewer)),
    "listSuggestions",
    200,
  );
  expect(after.sentences.map((s) => s.rejected)).toEqual([true, false, false]);
  const fetched = await expectApi<{ article: { text: string; revision: number } }>(
    request,
    await request.get(`/api/v1/articles/${article.id}`, as(viewer)),
    "getArticle",
    200,
  );
  expect(fetched.article).toMatchObject({ text, revision: 1 });
});

interface Claim {
  id: string;
  statement: string;
  type: string;
  claimant: string | null;
  suggestionScore: number | null;
  selector: { exact: string; start: number; end: number };
}

test("an editor accepts every open suggestion above a score, and exports the choices for retraining", async ({
  request,
}) => {
  const [editor, reviewer, viewer] = await Promise.all([
    createToken("editor"),
    createToken("reviewer"),
    createToken("viewer"),
  ]);
  const as = (token: string) => ({ headers: bearer(token) });
  const longer = [
    text,
    "Exports to China doubled to 4 billion dollars in 2023, the trade office said. The new hospital cost 30 percent more than planned.",
  ].join("\n\n");
  const { article } = await expectApi<{ article: { id: string } }>(
    request,
    await request.post("/api/v1/articles", {
      ...as(editor),
      data: { title: `Accept all ${Date.now()}`, text: longer },
    }),
    "createArticle",
    201,
  );
  const suggestions = `/api/v1/articles/${article.id}/suggestions`;
  const accept = (token: string, data: unknown) =>
    request.post(`${suggestions}/acceptance`, { ...as(token), data });
  const list = async () =>
    expectApi<SuggestionList>(request, await request.get(suggestions, as(viewer)), "listSuggestions", 200);

  // Reviewers and viewers may not; a body that is not { revision, minScore } is refused.
  for (const token of [reviewer, viewer]) {
    const refused = await expectApi<{ error: { message: string } }>(
      request,
      await accept(token, { revision: 1, minScore: 0 }),
      "acceptSuggestions",
      403,
    );
    expect(refused.error.message).toBe("Only editors and admins can accept suggestions as claims.");
  }
  for (const bad of [{ revision: 1 }, { revision: 1, minScore: 2 }, { revision: 1, minScore: 0, n: 1 }])
    await expectApi(request, await accept(editor, bad), "acceptSuggestions", 422);

  // Reject the highest-scoring suggestion; the lowest-scoring one stays below minScore.
  const before = await list();
  const suggested = before.sentences.filter((s) => s.suggested);
  expect(suggested.length).toBeGreaterThanOrEqual(3);
  const rejectedN = [...suggested].sort((a, b) => b.score - a.score)[0]!.n;
  await expectApi(
    request,
    await request.post(`${suggestions}/${rejectedN}/rejection`, { ...as(editor), data: { revision: 1 } }),
    "rejectSuggestion",
    200,
  );
  const minScore = Math.min(...suggested.map((s) => s.score)) + 0.0001;
  const expected = suggested.filter((s) => s.n !== rejectedN && s.score >= minScore);
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(suggested.length - 1);

  const accepted = await expectApi<{ articleId: string; revision: number; created: number; claims: Claim[] }>(
    request,
    await accept(editor, { revision: 1, minScore }),
    "acceptSuggestions",
    200,
  );
  expect(accepted).toMatchObject({ articleId: article.id, revision: 1, created: expected.length });
  expect(
    accepted.claims.map((c) => [c.selector.exact, c.statement, c.type, c.claimant, c.suggestionScore]),
  ).toEqual(expected.map((s) => [s.text, s.text, "other", null, s.score]));

  // Again: nothing open is left above the score. A stale revision is a conflict.
  expect(
    await expectApi(request, await accept(editor, { revision: 1, minScore }), "acceptSuggestions", 200),
  ).toEqual({ articleId: article.id, revision: 1, created: 0, claims: [] });
  await expectApi(request, await accept(editor, { revision: 2, minScore }), "acceptSuggestions", 409);
  const after = await list();
  expect(after.sentences.filter((s) => s.claimed).map((s) => s.n)).toEqual(expected.map((s) => s.n));

  // The export: the accepted sentences Yes, the rejected one No, as a TSV download.
  expect((await request.get("/api/v1/suggestions/feedback", as(viewer))).status()).toBe(403);
  const feedback = await request.get("/api/v1/suggestions/feedback", as(editor));
  expect(feedback.status()).toBe(200);
  expect(feedback.headers()["content-type"]).toMatch(/^text\/tab-separated-values/);
  expect(feedback.headers()["content-disposition"]).toMatch(
    /^attachment; filename="check-worthiness-feedback-\d{4}-\d{2}-\d{2}\.tsv"$/,
  );
  const lines = (await feedback.text()).split("\n");
  expect(lines[0]).toBe("Sentence_id\tText\tclass_label");
  const row = (s: Sentence, label: string) => `${article.id}-r1-${s.start}\t${s.text}\t${label}`;
  const rejected = before.sentences[rejectedN - 1]!;
  expect(lines.filter((line) => line.startsWith(`${article.id}-`))).toEqual(
    [...expected.map((s) => row(s, "Yes")), row(rejected, "No")].sort(
      (a, b) => Number(a.split("\t")[0]!.split("-").at(-1)) - Number(b.split("\t")[0]!.split("-").at(-1)),
    ),
  );
});
