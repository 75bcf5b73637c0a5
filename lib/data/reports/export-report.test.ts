import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { demoReport } from "@/lib/report/fixtures/demo-report";
import { exportReport } from "./export-report";

const baseUrl = "https://factcheck.example.org";

describe("exportReport: Markdown front matter", () => {
  it("starts the Markdown with YAML front matter only when asked", async () => {
    const plain = await exportReport(demoReport, "md", { includePending: true, baseUrl });
    const withFrontMatter = await exportReport(demoReport, "md", {
      includePending: true,
      baseUrl,
      frontMatter: true,
    });
    expect(String(plain.body).startsWith("# Fact check:")).toBe(true);
    const [, yaml] = /^---\n([\s\S]*?\n)---\n/.exec(String(withFrontMatter.body)) ?? [];
    expect(parse(yaml ?? "")).toMatchObject({ version: 2, organization: "Fact-check desk — Zürich & Kyiv" });
    expect(withFrontMatter.contentType).toBe("text/markdown; charset=utf-8");
  });

  it("does not add front matter to other formats", async () => {
    const csv = await exportReport(demoReport, "csv", { includePending: true, baseUrl, frontMatter: true });
    expect(String(csv.body).startsWith("---")).toBe(false);
  });
});
