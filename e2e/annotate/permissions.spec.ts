import { expect, test } from "@playwright/test";
import { claimCards, openArticle } from "../support/article-page";
import { signIn } from "../support/demo";
import { createFixtureArticle, storedClaims } from "../support/fixtures";
import { dragSelect } from "../support/select-text";

const paragraphs = ["The council approved a budget of 3 million pounds for road repairs this year."];

for (const role of ["reviewer", "viewer"] as const) {
  test(`a ${role} sees no annotation controls`, async ({ page }) => {
    const article = await createFixtureArticle(paragraphs, [{ quote: "a budget of 3 million pounds" }]);
    await signIn(page, role);
    await openArticle(page, article.id);
    await dragSelect(page, "approved a budget");
    await expect(page.getByRole("button", { name: /Mark as claim/ })).toHaveCount(0);
    await page.keyboard.press("m");
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await claimCards(page).first().click();
    await expect(page.getByRole("group", { name: "Claim actions" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Edit text" })).toHaveCount(0);
    await page.goto(`/articles/${article.id}/edit`);
    await expect(page.getByTestId("not-allowed")).toContainText(
      "Only editors and admins can edit article text.",
    );
  });

  test(`the server refuses a ${role}'s direct requests to create, edit or delete claims`, async ({
    page,
  }) => {
    const article = await createFixtureArticle(paragraphs, [{ quote: "a budget of 3 million pounds" }]);
    const claimId = article.claimIds[0]!;
    await signIn(page, role);
    const before = await storedClaims(article.id);

    const attempts = [
      page.request.post(`/api/v1/articles/${article.id}/claims`, {
        data: { span: { revision: 1, start: 4, end: 11 } },
      }),
      page.request.patch(`/api/v1/claims/${claimId}`, { data: { version: 1, statement: "Changed" } }),
      page.request.patch(`/api/v1/claims/${claimId}`, {
        data: { version: 1, dismissal: { dismissed: true, reason: "No" } },
      }),
      page.request.delete(`/api/v1/claims/${claimId}`),
      page.request.patch(`/api/v1/articles/${article.id}`, { data: { baseRevision: 1, text: "Rewritten." } }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status()).toBe(403);
      const body = await response.json();
      expect(body.error.code).toBe("FORBIDDEN");
      expect(body.error.message).toMatch(/Only editors and admins/);
    }
    expect(await storedClaims(article.id)).toEqual(before);
  });
}

test("an anonymous request to the claims API gets 401", async ({ request }) => {
  const article = await createFixtureArticle(paragraphs);
  const response = await request.post(`/api/v1/articles/${article.id}/claims`, {
    data: { span: { revision: 1, start: 0, end: 3 } },
  });
  expect(response.status()).toBe(401);
  expect((await response.json()).error.code).toBe("UNAUTHORIZED");
});
