import { chromium, type Browser } from "playwright-core";
import { chromiumArgs } from "@/scripts/lib/browser.mjs";

/**
 * One Chromium per server process, shared by PDF exports: starting a browser
 * costs far more than rendering a report, so it is started on the first
 * export, reused while exports keep coming, and closed after a minute with
 * none. A browser that crashed or was closed is started again.
 */
const IDLE_MS = 60_000;

interface SharedBrowser {
  browser?: Promise<Browser>;
  users: number;
  idleTimer?: NodeJS.Timeout;
}

const shared = ((globalThis as unknown as { pdfBrowser?: SharedBrowser }).pdfBrowser ??= { users: 0 });

/** Runs `work` with the shared browser; each caller should use a context of its own. */
export async function withSharedBrowser<T>(
  executablePath: string,
  timeoutMs: number,
  work: (browser: Browser) => Promise<T>,
): Promise<T> {
  clearTimeout(shared.idleTimer);
  shared.users += 1;
  try {
    let browser = await (shared.browser ??= launch(executablePath, timeoutMs));
    if (!browser.isConnected()) {
      shared.browser = launch(executablePath, timeoutMs);
      browser = await shared.browser;
    }
    return await work(browser);
  } finally {
    shared.users -= 1;
    if (shared.users === 0) shared.idleTimer = setTimeout(closeIdle, IDLE_MS).unref();
  }
}

function launch(executablePath: string, timeoutMs: number): Promise<Browser> {
  const launched = chromium.launch({ executablePath, args: chromiumArgs, timeout: timeoutMs });
  // A failed start is not cached: the next export tries again.
  launched.catch(() => {
    if (shared.browser === launched) shared.browser = undefined;
  });
  return launched;
}

async function closeIdle(): Promise<void> {
  if (shared.users > 0 || !shared.browser) return;
  const browser = shared.browser;
  shared.browser = undefined;
  await (await browser.catch(() => undefined))?.close().catch(() => undefined);
}
