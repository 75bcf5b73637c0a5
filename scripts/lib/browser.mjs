// Finds the Chromium that e2e tests (and later PDF export) drive.
// CHROMIUM_PATH names any Chromium/Chrome executable; otherwise we look for
// Debian's Chromium, then a Playwright-managed browser.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

const candidates = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

export const missingBrowserMessage =
  "No Chromium found: install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium or Chrome executable.";

/** The browser executable, or null when there is none. */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  const system = candidates.find((file) => existsSync(file));
  if (system) return system;
  try {
    const managed = require("playwright-core").chromium.executablePath();
    return managed && existsSync(managed) ? managed : null;
  } catch {
    return null;
  }
}

/** Flags for headless runs on machines without a sandbox or outside network. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
