import { afterEach, describe, expect, it } from "vitest";
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
