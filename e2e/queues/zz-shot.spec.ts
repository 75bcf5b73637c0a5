import { test } from "@playwright/test";
import { signIn } from "../support/demo";
for (const role of ["reviewer", "admin", "viewer"] as const) {
  test(`shot ${role}`, async ({ page }) => {
    await page.setViewportSize({ width: 1200, height: 900 });
    await signIn(page, role);
    await page.goto("/my-work");
    await page.screenshot({ path: `/tmp/shot-${role}.png`, fullPage: true });
  });
}
