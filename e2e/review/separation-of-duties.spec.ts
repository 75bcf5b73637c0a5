import { expect, test } from "@playwright/test";
import { bearer, createToken, expectApi } from "../support/api";
import { openClaim, verdictByAuthor } from "../support/claim-page";
import { signedInPage } from "../support/demo";
import { createFixtureArticle } from "../support/fixtures";

// Issue 11: an admin edits a reviewer's verdict (revision 2), then tries to approve it alone.
test("an admin who revised a reviewer's verdict is shown as its author and may not approve it", async ({
  browser,
  request,
}) => {
  const article = await createFixtureArticle(
    ["Exports rose 12 percent in March, the ministry said."],
    [{ quote: "Exports rose 12 percent in March", verdicts: 1 }],
  );
  const claimId = article.claimIds[0]!;
  const verdictId = article.verdictIds[0]![0]!;

  // The admin edits Rita's submitted verdict in the claim page: a new revision, by the admin.
  const ada = await signedInPage(browser, "admin");
  await openClaim(ada, claimId);
  const verdict = verdictByAuthor(ada, "Rita Reviewer");
  await verdict.getByRole("button", { name: "Edit verdict" }).click();
  await verdict.getByLabel("Summary").fill("Exports rose 11.8 percent, rounded to 12.");
  await verdict.getByRole("button", { name: "Save new revision and resubmit" }).click();
  await expect(verdict.getByTestId("current-revision")).toHaveText("· revision 2 by Ada Admin");
  // The current revision comes first; earlier ones follow, folded away.
  await expect(verdict.getByTestId("verdict-summary").first()).toHaveText(
    "Exports rose 11.8 percent, rounded to 12.",
  );
  await verdict.getByText(/Earlier revisions/).click();
  // Revision 1 is Rita's own: no "by" needed.
  await expect(verdict.getByText("Revision 1", { exact: true })).toBeVisible();
  await expect(verdict.getByRole("button", { name: /Approve/ })).toHaveCount(0);
  await expect(verdict.getByRole("button", { name: "Request changes" })).toHaveCount(0);

  // The API says the same: the revision's author, and a 403 for the admin's approval, writing nothing.
  const token = await createToken("admin");
  const read = await expectApi<{
    verdict: {
      authorName: string;
      lockVersion: number;
      revisions: Array<{ version: number; authorName: string }>;
    };
  }>(
    request,
    await request.get(`/api/v1/verdicts/${verdictId}`, { headers: bearer(token) }),
    "getVerdict",
    200,
  );
  expect(read.verdict.authorName).toBe("Rita Reviewer");
  expect(read.verdict.revisions.map((r) => [r.version, r.authorName])).toEqual([
    [2, "Ada Admin"],
    [1, "Rita Reviewer"],
  ]);
  const refused = await request.post(`/api/v1/verdicts/${verdictId}/reviews`, {
    headers: bearer(token),
    data: { decision: "approve", version: 2 },
  });
  const body = await expectApi<{ error: { code: string; message: string } }>(
    request,
    refused,
    "reviewVerdict",
    403,
  );
  expect(body.error).toEqual({
    code: "FORBIDDEN",
    message: "You wrote revision 2 of this verdict, so another reviewer must review it.",
  });
  const after = await request.get(`/api/v1/verdicts/${verdictId}`, { headers: bearer(token) });
  expect((await after.json()).verdict).toMatchObject({
    lockVersion: read.verdict.lockVersion,
    review: { approvals: 0, approved: false },
  });

  // A third reviewer, who wrote none of it, is offered the review and may approve.
  const rafael = await signedInPage(browser, "reviewer2");
  await openClaim(rafael, claimId);
  const seenByRafael = verdictByAuthor(rafael, "Rita Reviewer");
  await expect(seenByRafael.getByTestId("current-revision")).toHaveText("· revision 2 by Ada Admin");
  await seenByRafael.getByRole("button", { name: "Approve revision 2" }).click();
  await expect(seenByRafael.getByTestId("verdict-state")).toHaveText("Approved");
  await ada.context().close();
  await rafael.context().close();
});
