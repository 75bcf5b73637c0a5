import { diffTexts } from "@/lib/anchoring/text-diff";

/*
 * What the author changed between two revisions of a verdict, for the
 * reviewer who asked for changes. Text is diffed with the anchoring diff
 * (lib/anchoring/text-diff.ts): it works on words, not letters, so a
 * rewritten word reads as one word removed and one added, never as stray
 * letters kept. Sources are compared by URL, the way they are stored.
 */

export interface TextPiece {
  kind: "same" | "added" | "removed";
  text: string;
}

export interface RevisionForDiff {
  rating: { key: string; label: string };
  summary: string;
  rationale: string;
  sources: ReadonlyArray<{ url: string; title: string }>;
}

export interface RevisionDiff {
  /** Null when the rating stayed the same. */
  rating: { from: string; to: string } | null;
  /** Null when the text stayed the same; else the new text with removals and additions marked. */
  summary: TextPiece[] | null;
  rationale: TextPiece[] | null;
  sourcesAdded: Array<{ url: string; title: string }>;
  sourcesRemoved: Array<{ url: string; title: string }>;
  /** True when nothing above changed. */
  unchanged: boolean;
}

/** `newText` as pieces kept, removed (from `oldText`) and added; removals come before additions. */
export function diffWords(oldText: string, newText: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  const push = (kind: TextPiece["kind"], text: string) => {
    if (text === "") return;
    const last = pieces.at(-1);
    if (last?.kind === kind) last.text += text;
    else pieces.push({ kind, text });
  };
  let oldAt = 0;
  let newAt = 0;
  const { blocks } = diffTexts(oldText, newText);
  for (const block of [...blocks, { oldStart: oldText.length, newStart: newText.length, length: 0 }]) {
    push("removed", oldText.slice(oldAt, block.oldStart));
    push("added", newText.slice(newAt, block.newStart));
    push("same", newText.slice(block.newStart, block.newStart + block.length));
    oldAt = block.oldStart + block.length;
    newAt = block.newStart + block.length;
  }
  return pieces;
}

/** What changed from `older` to `newer`. */
export function diffRevisions(older: RevisionForDiff, newer: RevisionForDiff): RevisionDiff {
  const rating =
    older.rating.key === newer.rating.key ? null : { from: older.rating.label, to: newer.rating.label };
  const summary = older.summary === newer.summary ? null : diffWords(older.summary, newer.summary);
  const rationale = older.rationale === newer.rationale ? null : diffWords(older.rationale, newer.rationale);
  const oldUrls = new Set(older.sources.map((source) => source.url));
  const newUrls = new Set(newer.sources.map((source) => source.url));
  const pick = ({ url, title }: { url: string; title: string }) => ({ url, title });
  const sourcesAdded = newer.sources.filter((source) => !oldUrls.has(source.url)).map(pick);
  const sourcesRemoved = older.sources.filter((source) => !newUrls.has(source.url)).map(pick);
  return {
    rating,
    summary,
    rationale,
    sourcesAdded,
    sourcesRemoved,
    unchanged: !rating && !summary && !rationale && sourcesAdded.length === 0 && sourcesRemoved.length === 0,
  };
}
