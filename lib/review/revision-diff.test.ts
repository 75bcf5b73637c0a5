import { describe, expect, it } from "vitest";
import { diffRevisions, diffWords, type RevisionForDiff, type TextPiece } from "./revision-diff";

const same = (text: string): TextPiece => ({ kind: "same", text });
const added = (text: string): TextPiece => ({ kind: "added", text });
const removed = (text: string): TextPiece => ({ kind: "removed", text });

describe("diffWords", () => {
  // prettier-ignore
  it.each<[string, string, string, TextPiece[]]>([
    ["unchanged", "Same text.", "Same text.", [same("Same text.")]],
    ["both empty", "", "", []],
    ["from empty", "", "New.", [added("New.")]],
    ["to empty", "Old.", "", [removed("Old.")]],
    ["word inserted", "The cat sat.", "The black cat sat.", [same("The "), added("black "), same("cat sat.")]],
    ["word deleted", "The black cat sat.", "The cat sat.", [same("The "), removed("black "), same("cat sat.")]],
    ["word replaced whole, not letter by letter", "troops fought", "forces fought", [removed("troops"), added("forces"), same(" fought")]],
    ["two edits with a word kept between", "A big red dog.", "A small red cat.", [same("A "), removed("big"), added("small"), same(" red "), removed("dog"), added("cat"), same(".")]],
    ["sentence appended", "About 5,000 were sent.", "About 5,000 were sent. The ministry confirmed it.", [same("About 5,000 were sent."), added(" The ministry confirmed it.")]],
  ])("%s", (_name, oldText, newText, expected) => {
    expect(diffWords(oldText, newText)).toEqual(expected);
  });

  it("keeps every character: the kept and added pieces make the new text, kept and removed the old", () => {
    const oldText = "Officials said 5,000 troops were sent.\n\nNo other count exists.";
    const newText = "Officials said about 5,000 soldiers were sent.\n\nA second count agrees.";
    const pieces = diffWords(oldText, newText);
    const join = (kinds: TextPiece["kind"][]) =>
      pieces
        .filter((piece) => kinds.includes(piece.kind))
        .map((piece) => piece.text)
        .join("");
    expect(join(["same", "added"])).toBe(newText);
    expect(join(["same", "removed"])).toBe(oldText);
  });
});

const ministry = { url: "https://example.org/ministry", title: "Ministry briefing" };
const ngo = { url: "https://example.org/ngo", title: "NGO count" };
const revision = (over: Partial<RevisionForDiff> = {}): RevisionForDiff => ({
  rating: { key: "mostly-true", label: "Mostly true" },
  summary: "About 5,000 troops were sent.",
  rationale: "The ministry said so.",
  sources: [ministry],
  ...over,
});

describe("diffRevisions", () => {
  it("finds nothing between equal revisions", () => {
    expect(diffRevisions(revision(), revision())).toEqual({
      rating: null,
      summary: null,
      rationale: null,
      sourcesAdded: [],
      sourcesRemoved: [],
      unchanged: true,
    });
  });

  it("reports a new rating by label, changed text word by word, and sources by URL", () => {
    const diff = diffRevisions(
      revision(),
      revision({
        rating: { key: "true", label: "True" },
        summary: "About 5,000 troops were sent.",
        rationale: "The ministry and an NGO said so.",
        sources: [{ ...ngo }],
      }),
    );
    expect(diff.rating).toEqual({ from: "Mostly true", to: "True" });
    expect(diff.summary).toBeNull();
    expect(diff.rationale).toEqual([same("The ministry "), added("and an NGO "), same("said so.")]);
    expect(diff.sourcesAdded).toEqual([ngo]);
    expect(diff.sourcesRemoved).toEqual([ministry]);
    expect(diff.unchanged).toBe(false);
  });

  it("a source kept under a new title is not added or removed", () => {
    const diff = diffRevisions(revision(), revision({ sources: [{ ...ministry, title: "Renamed" }] }));
    expect(diff).toMatchObject({ sourcesAdded: [], sourcesRemoved: [], unchanged: true });
  });
});
