"use client";

import { useState } from "react";
import { ConfirmDialog } from "@/components/annotate/confirm-dialog";
import { Button } from "@/components/ui/form-controls";
import type { ClaimResource } from "@/lib/api/schemas/claim";
import type { DeskSuggestion } from "@/lib/suggestions/desk-suggestions";
import { requestAcceptSuggestions } from "./suggestion-requests";
import type { SuggestionsState } from "./use-suggestions";

const small =
  "rounded border border-stone-300 bg-white px-2 py-1 text-sm hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-blue-700 disabled:opacity-50";

interface SuggestionsBarProps {
  state: SuggestionsState;
  articleId: string;
  revision: number;
  text: string;
  threshold: number;
  /** Editors: accept one (opens the claim dialog) and accept many. Others only look. */
  canAccept: boolean;
  onAccept: (suggestion: DeskSuggestion) => void;
  onAcceptedMany: (claims: ClaimResource[], message: string) => void;
}

/**
 * Sentences the model scores as check-worthy, offered above the article:
 * how many are open, the current one in words, and (for editors) accept,
 * reject and "accept all scoring at least N". The keys are N, P, A and X.
 */
export function SuggestionsBar(props: SuggestionsBarProps) {
  const { state, canAccept, threshold } = props;
  const { open, current, hidden } = state;
  return (
    <section
      aria-labelledby="suggestions-heading"
      className="mb-4 rounded border border-sky-200 bg-sky-50/60 px-3 py-2 text-sm"
      data-testid="suggestions-bar"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="suggestions-heading" className="font-semibold">
          Suggested claims{" "}
          <span className="font-normal text-stone-700">
            ({open.length} open{hidden ? ", hidden" : ""})
          </span>
        </h2>
        <div className="flex flex-wrap gap-1">
          {hidden ? null : (
            <>
              <button
                type="button"
                className={small}
                onClick={() => state.step(-1)}
                disabled={open.length === 0}
                aria-keyshortcuts="P"
              >
                Previous suggestion
              </button>
              <button
                type="button"
                className={small}
                onClick={() => state.step(1)}
                disabled={open.length === 0}
                aria-keyshortcuts="N"
              >
                Next suggestion
              </button>
            </>
          )}
          <button
            type="button"
            className={`${small} aria-pressed:bg-stone-200 aria-pressed:font-medium`}
            onClick={state.toggleHidden}
            aria-pressed={hidden}
          >
            Hide suggestions
          </button>
        </div>
      </div>
      {hidden ? null : (
        <>
          {open.length === 0 ? (
            <p className="mt-1 text-stone-700">
              No open suggestions: no other sentence scores {threshold.toFixed(2)} or more, or each one is
              already a claim or was rejected.
            </p>
          ) : current ? (
            <CurrentSuggestion {...props} current={current} />
          ) : (
            <p className="mt-1 text-stone-700">
              Sentences with a{" "}
              <span className="underline decoration-sky-700 decoration-dotted decoration-2 underline-offset-4">
                dotted underline
              </span>{" "}
              are likely check-worthy (score {threshold.toFixed(2)} or more). Press N for the next one
              {canAccept ? ", A to accept it as a claim, X to reject it" : ""}.
            </p>
          )}
          {canAccept && open.length > 0 ? <AcceptAll {...props} /> : null}
          {state.error ? (
            <p role="alert" className="mt-2 rounded bg-red-50 px-2 py-1 text-red-900">
              {state.error}
            </p>
          ) : null}
        </>
      )}
      <p aria-live="polite" className="sr-only" data-testid="suggestion-announcement">
        {state.announcement}
      </p>
    </section>
  );
}

function CurrentSuggestion({
  state,
  text,
  canAccept,
  onAccept,
  current,
}: SuggestionsBarProps & { current: DeskSuggestion }) {
  const sentence = text.slice(current.start, current.end);
  return (
    <div className="mt-2 flex flex-wrap items-start gap-2" data-testid="current-suggestion">
      <p className="min-w-0 flex-1">
        <span className="font-medium">
          Sentence {current.n}: {current.label}
        </span>{" "}
        <span className="text-stone-700">(score {current.score.toFixed(2)})</span>
        <span className="mt-0.5 block truncate font-serif" title={sentence}>
          “{sentence}”
        </span>
      </p>
      {canAccept ? (
        <div className="flex gap-1">
          <Button onClick={() => onAccept(current)} aria-keyshortcuts="A">
            Accept as claim
          </Button>
          <Button variant="secondary" onClick={() => void state.reject(current)} aria-keyshortcuts="X">
            Reject
          </Button>
        </div>
      ) : null}
    </div>
  );
}

function AcceptAll({ state, articleId, revision, threshold, onAcceptedMany }: SuggestionsBarProps) {
  const [minScore, setMinScore] = useState(() => roundUp(Math.max(threshold, 0.5)));
  const [confirming, setConfirming] = useState(false);
  const valid = Number.isFinite(minScore) && minScore >= 0 && minScore <= 1;
  const count = valid ? state.open.filter((s) => s.score >= minScore).length : 0;
  return (
    <>
      <form
        className="mt-2 flex flex-wrap items-center gap-2 border-t border-sky-200 pt-2"
        onSubmit={(event) => {
          event.preventDefault();
          if (valid && count > 0) setConfirming(true);
        }}
      >
        <label htmlFor="accept-all-min-score">Accept all scoring at least</label>
        <input
          id="accept-all-min-score"
          type="number"
          min={0}
          max={1}
          step={0.05}
          value={Number.isNaN(minScore) ? "" : minScore}
          onChange={(event) => setMinScore(event.target.valueAsNumber)}
          aria-describedby="accept-all-count"
          className="w-20 rounded border border-stone-400 px-2 py-1"
        />
        <button type="submit" className={small} disabled={!valid || count === 0}>
          Accept {count} as claims
        </button>
        <span id="accept-all-count" className="text-stone-700">
          {valid
            ? `${count} open ${count === 1 ? "suggestion scores" : "suggestions score"} ${minScore} or more.`
            : "Give a score from 0 to 1."}
        </span>
      </form>
      {confirming ? (
        <ConfirmDialog
          title={`Mark ${count} suggested ${count === 1 ? "sentence" : "sentences"} as claims?`}
          confirmLabel={`Mark ${count} as claims`}
          variant="primary"
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            const result = await requestAcceptSuggestions(articleId, revision, minScore);
            setConfirming(false);
            onAcceptedMany(
              result.claims,
              `${result.created} suggested ${result.created === 1 ? "sentence" : "sentences"} marked as claims.`,
            );
          }}
        >
          <p>
            Each open suggestion scoring {minScore} or more becomes a claim, with the sentence as its
            statement. You can edit or dismiss each one afterwards.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

/** A default a person would type: the threshold rounded up to a twentieth. */
function roundUp(score: number): number {
  return Math.min(1, Math.ceil(score * 20) / 20);
}
