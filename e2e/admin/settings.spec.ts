import { expect, test, type Page } from "@playwright/test";
import { CHECK_WORTHY_THRESHOLD } from "../../lib/check-worthiness/threshold";
import { signIn } from "../support/demo";
import { seriousViolations } from "../support/axe";
import { createFixtureArticle } from "../support/fixtures";

// The approval threshold is shared with specs running in parallel, which
// expect 1: change it only briefly, and always set it back.
test.describe.configure({ mode: "serial" });

async function openSettings(page: Page) {
  await page.goto("/admin/settings");
  await expect(page.getByTestId("settings-form")).toHaveAttribute("data-hydrated", "true");
}

async function storedSettings(page: Page) {
  const response = await page.request.get("/api/v1/settings");
  expect(response.status()).toBe(200);
  return (await response.json()).settings;
}

test("an admin changes the approval threshold and it persists", async ({ page }) => {
  await signIn(page, "admin");
  await openSettings(page);
  try {
    await page.getByLabel("Approvals needed").fill("2");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status")).toHaveText("Settings saved.");
    expect((await storedSettings(page)).approvalThreshold).toBe(2);
    await openSettings(page);
    await expect(page.getByLabel("Approvals needed")).toHaveValue("2");
    await page.getByLabel("Approvals needed").fill("1");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status")).toHaveText("Settings saved.");
  } finally {
    await page.request.patch("/api/v1/settings", { data: { approvalThreshold: 1 } });
  }
  expect((await storedSettings(page)).approvalThreshold).toBe(1);
});

test("an invalid web address or threshold gets a field error and changes nothing", async ({ page }) => {
  await signIn(page, "admin");
  await openSettings(page);
  const before = await storedSettings(page);
  for (const url of ["ftp://example.org/files", "javascript:alert(1)", "not a url"]) {
    await page.getByLabel("Organisation web address").fill(url);
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Give a web address starting with http:// or https://.")).toBeVisible();
    await expect(page.getByLabel("Organisation web address")).toHaveAttribute("aria-invalid", "true");
  }
  await page.getByLabel("Organisation web address").fill("");
  await page.getByLabel("Approvals needed").fill("11");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Ask for at most 10 approvals.")).toBeVisible();
  expect(await storedSettings(page)).toEqual(before);
  expect(await seriousViolations(page)).toEqual([]);
});

test("an admin sets the organisation logo, which must be https, and clears it again", async ({ page }) => {
  await signIn(page, "admin");
  await openSettings(page);
  const logo = page.getByLabel("Organisation logo address");
  await expect(logo).toHaveAccessibleDescription(/search-engine markup/);
  try {
    await logo.fill("http://example.org/logo.png");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Give the logo's web address starting with https://")).toBeVisible();
    await expect(logo).toHaveAttribute("aria-invalid", "true");
    expect((await storedSettings(page)).organizationLogoUrl).toBeUndefined();

    await logo.fill("https://example.org/logo.png");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status")).toHaveText("Settings saved.");
    expect((await storedSettings(page)).organizationLogoUrl).toBe("https://example.org/logo.png");
    await openSettings(page);
    await expect(logo).toHaveValue("https://example.org/logo.png");

    await logo.fill("");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status")).toHaveText("Settings saved.");
    expect((await storedSettings(page)).organizationLogoUrl).toBeUndefined();
  } finally {
    await page.request.patch("/api/v1/settings", { data: { organizationLogoUrl: null } });
  }
});

test("the settings API takes the logo and refuses one that is not https; downloads then carry it", async ({
  page,
}) => {
  await signIn(page, "admin");
  const article = await createFixtureArticle(
    ["The bridge opened in 1998, the city said."],
    [{ quote: "The bridge opened in 1998", verdicts: 1, approved: true }],
  );
  const download = async (format: string) => {
    const response = await page.request.get(`/api/v1/articles/${article.id}/report?format=${format}`);
    expect(response.status()).toBe(200);
    return response.json();
  };
  try {
    const refused = await page.request.patch("/api/v1/settings", {
      data: { organizationLogoUrl: "javascript:alert(1)" },
    });
    expect(refused.status()).toBe(422);
    const accepted = await page.request.patch("/api/v1/settings", {
      data: { organizationLogoUrl: "https://example.org/logo.svg" },
    });
    expect(accepted.status()).toBe(200);
    expect((await accepted.json()).settings.organizationLogoUrl).toBe("https://example.org/logo.svg");
    const [review] = await download("claimreview");
    expect(review.author.logo).toEqual({ "@type": "ImageObject", url: "https://example.org/logo.svg" });
    expect((await download("json")).organization.logoUrl).toBe("https://example.org/logo.svg");
  } finally {
    await page.request.patch("/api/v1/settings", { data: { organizationLogoUrl: null } });
  }
  expect((await storedSettings(page)).organizationLogoUrl).toBeUndefined();
  const [review] = await download("claimreview");
  expect(review.author).not.toHaveProperty("logo");
});

test("an admin sets the suggestion threshold, which the suggestions follow, and resets it", async ({
  page,
}) => {
  await signIn(page, "admin");
  const article = await createFixtureArticle(["Prices rose 5 percent in May, the minister said."]);
  const suggestionsThreshold = async () => {
    const response = await page.request.get(`/api/v1/articles/${article.id}/suggestions`);
    expect(response.status()).toBe(200);
    return (await response.json()).threshold;
  };
  // Until an admin sets one, the model's own threshold.
  const modelDefault = CHECK_WORTHY_THRESHOLD;
  expect((await storedSettings(page)).suggestionThreshold).toBe(modelDefault);
  expect(await suggestionsThreshold()).toBe(modelDefault);
  await openSettings(page);
  const threshold = page.getByLabel("Suggestion threshold");
  await expect(threshold).toHaveValue(String(modelDefault));
  await expect(threshold).toHaveAccessibleDescription(
    `Sentences scoring at least this, from 0.05 to 0.95, are suggested as claims: lower suggests more. The model's own default is ${modelDefault}; leave empty to use it.`,
  );
  try {
    await threshold.fill("0.99");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(
      page.getByText("Set the suggestion threshold to at most 0.95, or almost nothing would be suggested."),
    ).toBeVisible();
    await expect(threshold).toHaveAttribute("aria-invalid", "true");
    expect((await storedSettings(page)).suggestionThreshold).toBe(modelDefault);

    // Near the default, so specs running alongside see the same suggestions.
    await threshold.fill("0.33");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status")).toHaveText("Settings saved.");
    expect((await storedSettings(page)).suggestionThreshold).toBe(0.33);
    expect(await suggestionsThreshold()).toBe(0.33);

    // An empty box goes back to the model's threshold.
    await openSettings(page);
    await expect(threshold).toHaveValue("0.33");
    await threshold.fill("");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status")).toHaveText("Settings saved.");
    await expect(threshold).toHaveValue(String(modelDefault));
  } finally {
    await page.request.patch("/api/v1/settings", { data: { suggestionThreshold: null } });
  }
  expect(await suggestionsThreshold()).toBe(modelDefault);
});

test("the settings page has no serious accessibility violations", async ({ page }) => {
  await signIn(page, "admin");
  await openSettings(page);
  expect(await seriousViolations(page)).toEqual([]);
});

const article = { editor: "an", reviewer: "a", viewer: "a" } as const;
for (const role of ["editor", "reviewer", "viewer"] as const) {
  test(`${article[role]} ${role} gets the not-allowed page and 403 from the settings API`, async ({
    page,
  }) => {
    await signIn(page, role);
    await page.goto("/admin/settings");
    await expect(page.getByTestId("not-allowed")).toContainText("Only admins can change the settings.");
    const read = await page.request.get("/api/v1/settings");
    expect(read.status()).toBe(403);
    // Setting the threshold to its default: harmless even if the check were missing.
    const write = await page.request.patch("/api/v1/settings", { data: { approvalThreshold: 1 } });
    expect(write.status()).toBe(403);
    expect((await write.json()).error).toMatchObject({
      code: "FORBIDDEN",
      message: "Only admins can change the settings.",
    });
  });
}
