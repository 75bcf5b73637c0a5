import type { RevisionView } from "@/lib/data/claims/get-claim-detail";
import { diffRevisions, type TextPiece } from "@/lib/review/revision-diff";

/**
 * "What changed since revision N-1": the rating, the summary and rationale
 * word by word, and the sources added or removed. Removed text is struck
 * through and added text underlined, each with a +/− mark and words for
 * screen readers, so colour is never the only signal. Nothing for a first
 * revision (no `older`).
 */
export function RevisionDiff({ older, newer }: { older?: RevisionView; newer: RevisionView }) {
  if (!older) return null;
  const diff = diffRevisions(older, newer);
  return (
    <details className="rounded border border-stone-200 p-2 text-sm" data-testid="revision-diff">
      <summary className="cursor-pointer font-medium">What changed since revision {older.version}</summary>
      {diff.unchanged ? (
        <p className="mt-2">
          Nothing: the rating, the text and the sources are as in revision {older.version}.
        </p>
      ) : (
        <div className="mt-2 space-y-2">
          <p className="text-stone-700">Removed text is struck through (−), added text underlined (+).</p>
          <dl className="space-y-2">
            {diff.rating ? (
              <Change term="Rating">
                <Removed text={diff.rating.from} /> → <Added text={diff.rating.to} />
              </Change>
            ) : null}
            {diff.summary ? (
              <Change term="Summary">
                <Pieces pieces={diff.summary} />
              </Change>
            ) : null}
            {diff.rationale ? (
              <Change term="Rationale">
                <Pieces pieces={diff.rationale} />
              </Change>
            ) : null}
            {diff.sourcesAdded.length + diff.sourcesRemoved.length > 0 ? (
              <Change term="Sources">
                <ul className="space-y-1">
                  {diff.sourcesRemoved.map((source) => (
                    <li key={`removed-${source.url}`}>
                      <Removed text={source.title} /> <span className="text-stone-700">({source.url})</span>
                    </li>
                  ))}
                  {diff.sourcesAdded.map((source) => (
                    <li key={`added-${source.url}`}>
                      <Added text={source.title} /> <span className="text-stone-700">({source.url})</span>
                    </li>
                  ))}
                </ul>
              </Change>
            ) : null}
          </dl>
        </div>
      )}
    </details>
  );
}

function Change({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="font-semibold">{term}</dt>
      <dd className="whitespace-pre-wrap">{children}</dd>
    </div>
  );
}

function Pieces({ pieces }: { pieces: TextPiece[] }) {
  return pieces.map((piece, index) =>
    piece.kind === "same" ? (
      <span key={index}>{piece.text}</span>
    ) : piece.kind === "added" ? (
      <Added key={index} text={piece.text} />
    ) : (
      <Removed key={index} text={piece.text} />
    ),
  );
}

function Added({ text }: { text: string }) {
  return (
    <ins className="bg-emerald-100 text-emerald-950 underline decoration-2">
      <span aria-hidden="true">+</span>
      <span className="sr-only">added: </span>
      {text}
    </ins>
  );
}

function Removed({ text }: { text: string }) {
  return (
    <del className="bg-red-100 text-red-950 line-through decoration-2">
      <span aria-hidden="true">−</span>
      <span className="sr-only">removed: </span>
      {text}
    </del>
  );
}
