import type { VerdictStart } from "@/lib/data/matches/match-types";

/** Above a verdict form started from a match: where its values came from, and that they are only a start. */
export function StartedFromNote({ start }: { start: VerdictStart }) {
  const { basedOn, ratingKey } = start;
  return (
    <div
      className="space-y-1 rounded border border-blue-300 bg-blue-50 p-3 text-sm text-stone-900"
      data-testid="verdict-started-from"
    >
      <p>
        Started from {basedOn.publisher}&apos;s fact-check: “{basedOn.statement}”. Check every field before
        you save.
      </p>
      {ratingKey === null ? (
        <p className="font-medium">
          {basedOn.publisher} rated it “{basedOn.rating.label}”, which is none of our ratings: choose the
          rating yourself.
        </p>
      ) : null}
    </div>
  );
}
