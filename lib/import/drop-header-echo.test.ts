import { describe, it, expect } from "vitest";
import { dropHeaderEcho } from "./drop-header-echo";

const header = { title: "Bridge repairs approved", byline: "Maria Okafor and Daniel Weiss" };
const prose = "The council on Friday approved the plan.";

describe("dropHeaderEcho", () => {
  it.each<[string, string[], string[]]>([
    ["nothing to drop", [prose, "More."], [prose, "More."]],
    ["the headline", ["Bridge Repairs Approved", prose], [prose]],
    ["a byline with By", ["By Maria Okafor and Daniel Weiss", prose], [prose]],
    ["a byline without By", ["Maria Okafor and Daniel Weiss", prose], [prose]],
    ["a timestamp", ["March 14, 2025, 6:20 p.m.", prose], [prose]],
    ["a labelled timestamp", ["Published 14 Mar 2025 | Updated 15 Mar 2025 09:02 GMT", prose], [prose]],
    ["an ISO timestamp", ["2025-03-14 18:20 EST", prose], [prose]],
    [
      "headline, byline and timestamp together",
      ["Bridge repairs approved", "By Maria Okafor and Daniel Weiss", "Friday, March 14, 2025", prose],
      [prose],
    ],
    [
      "a sentence that starts with By stays",
      ["By the end of 2025, prices rose.", prose],
      ["By the end of 2025, prices rose.", prose],
    ],
    [
      "a short line with a year that is not a date stays",
      ["Founded in 1962, the bridge", prose],
      ["Founded in 1962, the bridge", prose],
    ],
    [
      "only the top of the body is header",
      [prose, "March 14, 2025", "Bridge repairs approved"],
      [prose, "March 14, 2025", "Bridge repairs approved"],
    ],
    ["a body that is only header leaves nothing", ["Bridge repairs approved"], []],
  ])("%s", (_name, paragraphs, expected) => {
    expect(dropHeaderEcho(paragraphs, header)).toEqual(expected);
  });

  it("keeps everything when the page named no title or byline", () => {
    expect(dropHeaderEcho(["Bridge repairs approved", prose], { title: null, byline: null })).toEqual([
      "Bridge repairs approved",
      prose,
    ]);
  });
});
