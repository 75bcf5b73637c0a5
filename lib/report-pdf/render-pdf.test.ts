import { chromium } from "playwright-core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { findChromium } from "@/scripts/lib/browser.mjs";
import { AppError } from "../errors/app-error";
import { renderPdf } from "./render-pdf";

const saved = process.env.CHROMIUM_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = saved;
});

describe("renderPdf without a browser", () => {
  it("answers at once with an error that says what to install", async () => {
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    const error = await renderPdf("<p>Report</p>", "Report").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("UNAVAILABLE");
    expect((error as AppError).message).toMatch(/apt-get install -y chromium|CHROMIUM_PATH/);
  });
});

describe.skipIf(!findChromium())("renderPdf with Chromium", () => {
  it("starts the browser once for several exports, each a PDF of its own", async () => {
    const launch = vi.spyOn(chromium, "launch");
    const pdfs = await Promise.all(
      ["First report", "Second report", "Third report"].map((title) => renderPdf(`<h1>${title}</h1>`, title)),
    );
    pdfs.push(await renderPdf("<h1>Fourth report</h1>", "Fourth report"));
    for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(launch).toHaveBeenCalledTimes(1);
    launch.mockRestore();
  }, 60_000);
});
