import { expect, test } from "@playwright/test";
import { seriousViolations } from "../support/axe";
import { fillVerdictForm, openClaim, verdictByAuthor } from "../support/claim-page";
import { signedInPage } from "../support/demo";
import { createFixtureArticle } from "../support/fixtures";

test.describe.configure({ timeout: 90_000 });

// Issue 15, "Review done right": the change request on the card, what the author changed, and one approval per reviewer.
test("a change request shows on the card, the revision diff shows the answer, and a reviewer approves once", async ({
  browser,
}) => {
  const article = await createFixtureArticle(
    ["Exports rose 12 percent in March, the trade office said."],
    [{ quote: "Exports rose 12 percent in March", verdicts: 1 }],
  );
  const claimId = article.claimIds[0]!;
  const verdictId = article.verdictIds[0]![0]!;
  const rita = await signedInPage(browser, "reviewer");
  const rafael = await signedInPage(browser, "reviewer2");

  // Rafael asks for changes: the request itself is on the verdict card, and so is his own decision.
  await openClaim(rafael, claimId);
  const seenByRafael = verdictByAuthor(rafael, "Rita Reviewer");
  await seenByRafael.getByRole("button", { name: "Request changes" }).click();
  await seenByRafael.getByLabel("What needs to change?").fill("Cite the customs figures too.");
  await seenByRafael.getByRole("button", { name: "Send request for changes" }).click();
  await expect(seenByRafael.getByTestId("verdict-state")).toHaveText("Changes requested");
  const request = seenByRafael.getByTestId("change-requests");
  await expect(request.getByRole("heading")).toHaveText("Changes requested on revision 1");
  await expect(request).toContainText(
    /Rafael Reviewer asked on \d+ \w+ \d{4}, \d\d:\d\d UTC: “Cite the customs figures too\.”/,
  );
  await expect(seenByRafael.getByTestId("own-review")).toContainText(
    "You asked for changes to revision 1 on",
  );

  // Rita sees the request on her card, then revises: new summary, a second source.
  await openClaim(rita, claimId);
  const ritasVerdict = verdictByAuthor(rita, "Rita Reviewer");
  await expect(ritasVerdict.getByTestId("change-requests")).toContainText("Cite the customs figures too.");
  await expect(ritasVerdict.getByTestId("revision-diff")).toHaveCount(0);
  await ritasVerdict.getByRole("button", { name: "Edit verdict" }).click();
  await fillVerdictForm(rita, {
    rating: "True",
    summary: "Revised verdict, confirmed by customs.",
    sources: [
      { url: "https://stats.example.org/fixture", title: "Fixture statistics" },
      { url: "https://customs.example.org/march", title: "Customs March figures", publisher: "Customs" },
    ],
  });
  await rita.getByRole("button", { name: "Save new revision and resubmit" }).click();
  await expect(ritasVerdict.getByTestId("current-revision")).toContainText("revision 2");

  // Rafael reads what changed since the revision he asked changes of.
  await rafael.reload();
  await expect(seenByRafael.getByTestId("change-requests").getByRole("heading")).toHaveText(
    "Revision 2 answers the changes requested on revision 1",
  );
  const diff = seenByRafael.getByTestId("revision-diff").first();
  await diff.getByText("What changed since revision 1").click();
  await expect(diff.locator("del")).toHaveText(["−removed: Fixture"]);
  await expect(diff.locator("ins")).toHaveText([
    "+added: Revised",
    "+added: , confirmed by customs",
    "+added: Customs March figures",
  ]);
  await expect(diff.locator("dd").first()).toHaveText(
    "−removed: Fixture+added: Revised verdict+added: , confirmed by customs.",
  );
  await expect(diff.locator("dt")).toHaveText(["Summary", "Sources"]);
  expect(await seriousViolations(rafael)).toEqual([]);

  // He approves revision 2: the Approve button is gone for him, asking for changes is still possible.
  await seenByRafael.getByRole("button", { name: "Approve revision 2" }).click();
  await expect(seenByRafael.getByTestId("verdict-state")).toHaveText("Approved");
  await expect(seenByRafael.getByTestId("own-review")).toContainText("You approved revision 2 on");
  await expect(seenByRafael.getByRole("button", { name: /Approve/ })).toHaveCount(0);
  await rafael.reload();
  await expect(seenByRafael.getByTestId("own-review")).toContainText("You approved revision 2 on");
  await expect(seenByRafael.getByRole("button", { name: /Approve/ })).toHaveCount(0);
  await expect(seenByRafael.getByRole("button", { name: "Request changes" })).toBeVisible();

  // A second approval forced over the API is refused, and nothing is added.
  const forced = await rafael.request.post(`/api/v1/verdicts/${verdictId}/reviews`, {
    data: { decision: "approve", version: 2 },
  });
  expect(forced.status()).toBe(409);
  expect((await forced.json()).error).toMatchObject({
    code: "CONFLICT",
    message: "You have already approved revision 2 of this verdict.",
  });
  await rafael.reload();
  await expect(seenByRafael.getByRole("list", { name: "Reviews" }).first().getByRole("listitem")).toHaveCount(
    1,
  );

  // The admin, who has not reviewed it, is still offered Approve.
  const ada = await signedInPage(browser, "admin");
  await openClaim(ada, claimId);
  await expect(
    verdictByAuthor(ada, "Rita Reviewer").getByRole("button", { name: "Approve revision 2" }),
  ).toBeVisible();
  await Promise.all([rita, rafael, ada].map((page) => page.context().close()));
});
