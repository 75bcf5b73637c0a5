import { expect, test } from "@playwright/test";
import { openClaim } from "../support/claim-page";
import { signIn, type DemoRole } from "../support/demo";
import { createFixtureArticle } from "../support/fixtures";

async function claimWithVerdict() {
  // The fixture verdict is written and submitted by the demo reviewer (Rita).
  const article = await createFixtureArticle(
    ["Exports rose 12 percent in March."],
    [{ quote: "Exports rose 12 percent", verdicts: 1 }],
  );
  return { claimId: article.claimIds[0]!, verdictId: article.verdictIds[0]![0]! };
}

const refusals: Array<{
  name: string;
  role: DemoRole;
  request: (ids: { claimId: string; verdictId: string }) => [string, string, unknown];
}> = [
  {
    name: "a self-approval",
    role: "reviewer",
    request: ({ verdictId }) => [
      "POST",
      `/api/v1/verdicts/${verdictId}/reviews`,
      { decision: "approve", version: 1 },
    ],
  },
  {
    name: "an editor approving",
    role: "editor",
    request: ({ verdictId }) => [
      "POST",
      `/api/v1/verdicts/${verdictId}/reviews`,
      { decision: "approve", version: 1 },
    ],
  },
  {
    name: "a viewer commenting",
    role: "viewer",
    request: ({ claimId }) => ["POST", `/api/v1/claims/${claimId}/comments`, { body: "Hello" }],
  },
  {
    name: "an editor writing a verdict",
    role: "editor",
    request: ({ claimId }) => [
      "POST",
      `/api/v1/claims/${claimId}/verdicts`,
      { rating: "true", summary: "x", sources: [] },
    ],
  },
  {
    name: "another reviewer editing Rita's verdict",
    role: "reviewer2",
    request: ({ verdictId }) => [
      "PATCH",
      `/api/v1/verdicts/${verdictId}`,
      { rating: "false", summary: "Changed", baseVersion: 1 },
    ],
  },
  {
    name: "a reviewer resolving a dispute",
    role: "reviewer2",
    request: ({ claimId, verdictId }) => [
      "POST",
      `/api/v1/claims/${claimId}/resolution`,
      { keepVerdictId: verdictId, reason: "x" },
    ],
  },
];

for (const { name, role, request } of refusals) {
  test(`the server refuses ${name}`, async ({ page }) => {
    const ids = await claimWithVerdict();
    await signIn(page, role);
    const [method, url, data] = request(ids);
    const response = await page.request.fetch(url, { method, data });
    expect(response.status()).toBe(403);
    expect((await response.json()).error.code).toBe("FORBIDDEN");
  });
}

test("the server refuses a reviewer changing the rating scale", async ({ page }) => {
  await signIn(page, "reviewer");
  const list = await page.request.get("/api/v1/ratings");
  expect(list.status()).toBe(200);
  const rating = (await list.json()).ratings[0];
  const response = await page.request.patch(`/api/v1/ratings/${rating.id}`, {
    data: { label: "Hijacked", updatedAt: rating.updatedAt },
  });
  expect(response.status()).toBe(403);
  expect((await page.request.get("/api/v1/ratings").then((r) => r.json())).ratings[0].label).toBe(
    rating.label,
  );
});

test("reviewers see no approve button on their own verdict; viewers see no forms", async ({ page }) => {
  const { claimId } = await claimWithVerdict();
  await signIn(page, "reviewer");
  await openClaim(page, claimId);
  await expect(page.getByRole("button", { name: /Approve/ })).toHaveCount(0);
  await page.context().clearCookies();
  await signIn(page, "viewer");
  await openClaim(page, claimId);
  await expect(
    page.getByRole("button", { name: /Approve|Request changes|Write a verdict|Post comment/ }),
  ).toHaveCount(0);
});
