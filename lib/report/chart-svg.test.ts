import { describe, it, expect } from "vitest";
import { renderRatingChart } from "./chart-svg";
import { copyDemoReport, demoReport } from "./fixtures/demo-report";

describe("renderRatingChart", () => {
  const svg = renderRatingChart(demoReport);

  it("is an image with a title and a description for screen readers", () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="fc-chart-title fc-chart-desc"/);
    expect(svg).toContain('<title id="fc-chart-title">Ratings of the 6 checked claims</title>');
    expect(svg).toContain("True: 4; Mostly true: 1; Mixed: 0;");
  });

  it.each([
    ["T · True", "#15803d", 4],
    ["MT · Mostly true", "#4d7c0f", 1],
    ["MX · Mixed", "#a16207", 0],
    ["U · Unproven", "#475569", 1],
  ])("shows %s as text beside a %s bar with its count %i", (label, color, count) => {
    const row = svg.split("<g ").find((part) => part.includes(`>${label}</text>`));
    expect(row).toBeDefined();
    expect(row).toContain(`fill="${color}"`);
    expect(row).toContain(`font-weight="bold">${count}</text>`);
  });

  it("escapes labels and refuses colours that are not hex", () => {
    const model = copyDemoReport();
    const first = model.ratings[0];
    if (!first) throw new Error("fixture");
    first.label = '<script>alert("x")</script> & co';
    first.color = 'red" onload="alert(1)';
    const chart = renderRatingChart(model);
    expect(chart).not.toContain("<script>");
    expect(chart).not.toContain("onload");
    expect(chart).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co");
  });

  it("renders an empty scale without dividing by zero", () => {
    const chart = renderRatingChart({ claims: [], ratings: demoReport.ratings });
    expect(chart).not.toContain("NaN");
    expect(chart).toContain("Ratings of the 0 checked claims");
  });

  it("is deterministic", () => {
    expect(renderRatingChart(demoReport)).toBe(svg);
  });
});
