import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { defaultRatings } from "../../lib/review/default-ratings";
import { signIn } from "../support/demo";
import { seriousViolations } from "../support/axe";

// Other specs run in parallel against the same database and expect the
// default scale. So these tests only change ratings they create (labelled
// "E2E …"), and retire them afterwards so the choosable list is back to the
// seven defaults.

interface Rating {
  id: string;
  key: string;
  label: string;
  color: string;
  definition: string;
  retiredAt: string | null;
  updatedAt: string;
}

const uniqueLabel = (word: string) => `E2E ${word} ${randomUUID().slice(0, 6)}`;

async function listRatings(page: Page, includeRetired = false): Promise<Rating[]> {
  const response = await page.request.get(`/api/v1/ratings${includeRetired ? "?includeRetired=true" : ""}`);
  expect(response.status()).toBe(200);
  return (await response.json()).ratings;
}

async function openScale(page: Page) {
  await page.goto("/admin/ratings");
  await expect(page.getByTestId("rating-scale")).toHaveAttribute("data-hydrated", "true");
}

async function addRating(page: Page, label: string) {
  const form = page.getByRole("region", { name: "Add a rating" });
  await form.getByLabel("Label").fill(label);
  await form.getByLabel("Short code").fill("E2");
  await form.getByLabel("Colour", { exact: true }).fill("#1d4ed8");
  await form.getByLabel("Definition").fill("A rating made by an end-to-end test.");
  await form.getByRole("button", { name: "Add rating" }).click();
  await expect(page.getByTestId("scale-status")).toHaveText(`Added ${label} at the end of the scale.`);
}

const row = (page: Page, label: string) => page.getByTestId("rating-row").filter({ hasText: label });

test.describe("the rating scale, as an admin", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, "admin");
    await openScale(page);
  });

  test.afterEach(async ({ page }) => {
    for (const rating of await listRatings(page)) {
      if (!rating.label.startsWith("E2E ")) continue;
      await page.request.patch(`/api/v1/ratings/${rating.id}`, {
        data: { updatedAt: rating.updatedAt, retired: true },
      });
    }
  });

  test("shows the default scale with chips, numbers and definitions", async ({ page }) => {
    const first = row(page, "Mostly true");
    await expect(first.locator("[data-rating='mostly-true']")).toContainText("MT");
    await expect(first).toContainText("4");
    await expect(first).toContainText(defaultRatings[1]!.definition);
    await expect(row(page, "Unproven")).toContainText("None");
  });

  test("an admin renames and recolours a rating", async ({ page }) => {
    const label = uniqueLabel("Satire");
    const renamed = uniqueLabel("Parody");
    await addRating(page, label);
    await page.getByRole("button", { name: `Edit ${label}` }).click();
    const dialog = page.getByRole("dialog", { name: `Edit “${label}”` });
    await dialog.getByLabel("Label").fill(renamed);
    await dialog.getByLabel("Colour", { exact: true }).fill("#7E22CE");
    await expect(dialog.getByText("Contrast on white: 7.0:1 — readable.")).toBeVisible();
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId("scale-status")).toHaveText(`Saved ${renamed}.`);
    await expect(page.getByRole("button", { name: `Edit ${renamed}` })).toBeFocused();

    await page.reload();
    await expect(row(page, renamed)).toBeVisible();
    const stored = (await listRatings(page)).find((r) => r.label === renamed);
    expect(stored).toMatchObject({ color: "#7e22ce", key: label.toLowerCase().replaceAll(" ", "-") });
  });

  test("an admin reorders ratings with the keyboard; the defaults keep their places", async ({ page }) => {
    const [first, second] = [uniqueLabel("First"), uniqueLabel("Second")];
    await addRating(page, first);
    await addRating(page, second);
    await expect(page.getByRole("button", { name: `Move ${second} down` })).toBeDisabled();

    await page.getByRole("button", { name: `Move ${second} up` }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("scale-status")).toContainText(`Moved ${second} up to position`);
    await expect(page.getByRole("button", { name: `Move ${second} up` })).toBeFocused();
    let labels = (await listRatings(page)).map((r) => r.label);
    expect(labels.slice(0, 7)).toEqual(defaultRatings.map((r) => r.label));
    expect(labels.indexOf(second)).toBe(labels.indexOf(first) - 1);
    const choosable = page.getByRole("table", { name: "Ratings reviewers can choose, in order" });
    await expect(choosable.getByTestId("rating-row").last()).toContainText(first);

    // Moving the first one down again puts focus on its "up" button: it is last now.
    await page.getByRole("button", { name: `Move ${second} down` }).press("Enter");
    await expect(page.getByRole("button", { name: `Move ${second} up` })).toBeFocused();
    labels = (await listRatings(page)).map((r) => r.label);
    expect(labels.slice(0, 7)).toEqual(defaultRatings.map((r) => r.label));
    expect(labels.indexOf(second)).toBe(labels.indexOf(first) + 1);
  });

  test("a retired rating leaves the choosable list but stays available for old verdicts", async ({
    page,
  }) => {
    const label = uniqueLabel("Outdated");
    await addRating(page, label);
    await page.getByRole("button", { name: `Retire ${label}` }).click();
    await expect(page.getByTestId("scale-status")).toContainText(`Retired ${label}.`);
    await expect(page.getByRole("button", { name: `Restore ${label}` })).toBeFocused();
    await expect(page.getByRole("table", { name: "Retired ratings" })).toContainText(label);

    expect((await listRatings(page)).map((r) => r.label)).not.toContain(label);
    const kept = (await listRatings(page, true)).find((r) => r.label === label);
    expect(kept?.retiredAt).not.toBeNull();

    await page.getByRole("button", { name: `Restore ${label}` }).click();
    await expect(page.getByRole("button", { name: `Retire ${label}` })).toBeFocused();
    expect((await listRatings(page)).map((r) => r.label)).toContain(label);
  });

  test("an empty label or a bad colour gets a field error and changes nothing", async ({ page }) => {
    const before = await listRatings(page, true);
    const form = page.getByRole("region", { name: "Add a rating" });
    await form.getByLabel("Short code").fill("X");
    await form.getByLabel("Colour", { exact: true }).fill("#ffff00");
    await form.getByLabel("Definition").fill("Never saved.");
    await form.getByRole("button", { name: "Add rating" }).click();
    await expect(form.getByText("Write a label.")).toBeVisible();
    await expect(form.getByLabel("Label")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByText(/This colour is too light to read on white \(1\.1:1/)).toBeVisible();
    await expect(form.getByLabel("Colour", { exact: true })).toHaveAttribute("aria-invalid", "true");

    const label = uniqueLabel("Kept");
    await addRating(page, label);
    const added = (await listRatings(page)).find((r) => r.label === label)!;
    await page.getByRole("button", { name: `Edit ${label}` }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Label").fill("");
    await dialog.getByLabel("Colour", { exact: true }).fill("red");
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog.getByText("Give the colour as a hex code like #15803d.")).toBeVisible();
    await expect(dialog.getByText("Write a label.")).toBeVisible();
    await dialog.getByRole("button", { name: "Cancel" }).click();

    const after = await listRatings(page, true);
    expect(after.find((r) => r.id === added.id)).toEqual(added);
    expect(after.filter((r) => r.id !== added.id)).toEqual(before);
  });

  test("a stale version gets 409 with the current rating and changes nothing", async ({ page }) => {
    const label = uniqueLabel("Versioned");
    await addRating(page, label);
    const rating = (await listRatings(page)).find((r) => r.label === label)!;
    const first = await page.request.patch(`/api/v1/ratings/${rating.id}`, {
      data: { updatedAt: rating.updatedAt, definition: "First edit." },
    });
    expect(first.status()).toBe(200);
    const second = await page.request.patch(`/api/v1/ratings/${rating.id}`, {
      data: { updatedAt: rating.updatedAt, label: uniqueLabel("Second") },
    });
    expect(second.status()).toBe(409);
    const body = await second.json();
    expect(body.error.code).toBe("CONFLICT");
    expect(body.error.details.current).toMatchObject({ label, definition: "First edit." });
    expect((await listRatings(page)).find((r) => r.id === rating.id)).toEqual(body.error.details.current);
  });

  test("the page has no serious accessibility violations, with the edit dialog open", async ({ page }) => {
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Edit True" }).click();
    await expect(page.getByRole("dialog", { name: "Edit “True”" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toHaveCount(0);
  });
});

const article = { editor: "an", reviewer: "a", viewer: "a" } as const;
for (const role of ["editor", "reviewer", "viewer"] as const) {
  test(`${article[role]} ${role} gets the not-allowed page and the server refuses their changes with 403`, async ({
    page,
  }) => {
    await signIn(page, role);
    await page.goto("/admin/ratings");
    await expect(page.getByTestId("not-allowed")).toContainText("Only admins can change the rating scale.");

    const before = await listRatings(page, true);
    const trueRating = before.find((r) => r.key === "true")!;
    // Bodies that would change nothing even if accepted, so a broken check cannot disturb other tests.
    const attempts = [
      page.request.post("/api/v1/ratings", {
        data: { label: "True", color: "#15803d", shortCode: "T", definition: "x", value: 5 },
      }),
      page.request.patch(`/api/v1/ratings/${trueRating.id}`, {
        data: { updatedAt: trueRating.updatedAt, label: trueRating.label },
      }),
      page.request.patch(`/api/v1/ratings/${trueRating.id}`, {
        data: { updatedAt: trueRating.updatedAt, retired: false },
      }),
      page.request.put("/api/v1/ratings/order", { data: { ids: before.map((r) => r.id) } }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status()).toBe(403);
      const body = await response.json();
      expect(body.error).toMatchObject({
        code: "FORBIDDEN",
        message: "Only admins can change the rating scale.",
      });
    }
    expect(await listRatings(page, true)).toEqual(before);
  });
}

test("an anonymous request to the ratings API gets 401", async ({ request }) => {
  expect((await request.get("/api/v1/ratings")).status()).toBe(401);
});
