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
