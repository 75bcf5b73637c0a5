import { expect, test } from "@playwright/test";
import { claimCards, openArticle } from "../support/article-page";
import { fillVerdictForm, openClaim, verdictByAuthor } from "../support/claim-page";
import { signedInPage } from "../support/demo";
import { createFixtureArticle } from "../support/fixtures";

test.describe.configure({ timeout: 90_000 });

test("draft, submit, request changes, revise, approve: the claim shows approved everywhere with every step in its timeline", async ({
  browser,
}) => {
  const article = await createFixtureArticle(
    ["The ministry said 5,000 troops had crossed the border by Friday, according to state radio."],
    [
      {
        quote: "5,000 troops had crossed the border by Friday",
        statement: "5,000 troops crossed the border by Friday.",
        claimant: "The ministry",
      },
    ],
  );
  const claimId = article.claimIds[0]!;
  const rita = await signedInPage(browser, "reviewer");
  const rafael = await signedInPage(browser, "reviewer2");

  // Reviewer A drafts a verdict with two sources, saves it, then submits it.
  await openClaim(rita, claimId);
  await rita.getByRole("button", { name: "Write a verdict" }).click();
  await fillVerdictForm(rita, {
    rating: "Mostly true",
    summary: "Two independent counts put the number near 5,000.",
    rationale: "Both the **UN monitor** and the ministry give similar figures.\n\n- count one\n- count two",
    sources: [
      {
        url: "https://monitor.example.org/report-12",
        title: "Monitoring report 12",
        publisher: "UN monitor",
      },
      {
        url: "https://ministry.example.gov/briefing",
        title: "Friday briefing",
        publisher: "Ministry of Defence",
      },
    ],
  });
  await rita.getByRole("button", { name: "Save draft" }).click();
  const ritasVerdict = verdictByAuthor(rita, "Rita Reviewer");
  await expect(ritasVerdict.getByTestId("verdict-state")).toHaveText("Draft (not yet submitted)");
  await ritasVerdict.getByRole("button", { name: "Submit for review" }).click();
  await expect(ritasVerdict.getByTestId("verdict-state")).toHaveText("In review: 0 of 1 approval");
  await expect(ritasVerdict.locator("strong")).toHaveText("UN monitor");
  await expect(ritasVerdict.getByTestId("source-domain")).toHaveText([
    "monitor.example.org",
    "ministry.example.gov",
  ]);
  await expect(ritasVerdict.getByRole("button", { name: /Approve/ })).toHaveCount(0);

  // Reviewer B asks for changes, with a comment.
  await openClaim(rafael, claimId);
  const seenByRafael = verdictByAuthor(rafael, "Rita Reviewer");
  await seenByRafael.getByRole("button", { name: "Request changes" }).click();
  await seenByRafael.getByRole("button", { name: "Send request for changes" }).click();
  await expect(seenByRafael.getByText("Say what needs to change.").first()).toBeVisible();
  await seenByRafael.getByLabel("What needs to change?").fill("Give the date of each count.");
  await seenByRafael.getByRole("button", { name: "Send request for changes" }).click();
  await expect(seenByRafael.getByTestId("verdict-state")).toHaveText("Changes requested");

  // A revises and resubmits.
  await rita.reload();
  await expect(ritasVerdict.getByTestId("verdict-state")).toHaveText("Changes requested");
  await ritasVerdict.getByRole("button", { name: "Edit verdict" }).click();
  await rita.getByLabel("Summary").fill("Two counts from 3 and 4 May put the number near 5,000.");
  await rita.getByRole("button", { name: "Save new revision and resubmit" }).click();
  await expect(ritasVerdict.getByTestId("verdict-state")).toHaveText("In review: 0 of 1 approval");
  await expect(ritasVerdict.getByRole("heading", { level: 3 })).toContainText("revision 2");

  // B approves the new revision.
  await rafael.reload();
  await seenByRafael.getByRole("button", { name: "Approve revision 2" }).click();
  await expect(seenByRafael.getByTestId("verdict-state")).toHaveText("Approved");

  // Approved everywhere: claim page, article panel, article progress, articles list.
  await rita.reload();
  await expect(rita.getByTestId("claim-header").locator("[data-status]")).toHaveText("Approved");
  await expect(ritasVerdict.getByText("Earlier revisions (1)")).toBeVisible();
  const timeline = rita.getByTestId("timeline");
  for (const step of [
    "Rita Reviewer drafted a verdict (Mostly true)",
    "Rita Reviewer submitted a verdict for review (revision 1)",
    "Rafael Reviewer requested changes (revision 1): “Give the date of each count.”",
    "Rita Reviewer revised the verdict (revision 2)",
    "Rita Reviewer submitted a verdict for review (revision 2)",
    "Rafael Reviewer approved the verdict (revision 2)",
  ]) {
    await expect(timeline).toContainText(step);
  }
  await openArticle(rita, article.id);
  await expect(claimCards(rita).first()).toContainText("Approved");
  await expect(claimCards(rita).first()).toContainText("Mostly true");
  await expect(rita.getByTestId("status-progress").first()).toContainText("100% done");
  await expect(rita.getByTestId("status-progress").first()).toContainText("Ready to publish");
  await rita.goto("/");
  const row = rita.getByTestId("article-row").filter({ hasText: article.title });
  await expect(row).toContainText("Ready to publish");
  await expect(row.getByRole("img")).toHaveAttribute("aria-label", "1 claim: 1 approved");
  await Promise.all([rita, rafael].map((page) => page.context().close()));
});
