"use client";

import { useCallback, useEffect, useMemo, useRef } from "react";
import { ClaimActions } from "@/components/annotate/claim-actions";
import { ClaimDialogs } from "@/components/annotate/claim-dialogs";
import { handleSelectionKey } from "@/components/annotate/keyboard-selection";
import { MarkClaimToolbar } from "@/components/annotate/mark-claim-toolbar";
import { OrphanedClaims } from "@/components/annotate/orphaned-claims";
import { RespanBanner } from "@/components/annotate/respan-banner";
import { useClaimEditor } from "@/components/annotate/use-claim-editor";
import { readTextSelection, useTextSelection } from "@/components/annotate/use-text-selection";
import { toClaimView } from "@/components/annotate/claim-requests";
import type { CheckedBeforeSummary } from "@/components/matches/checked-before-summary";
import { CurrentSuggestionStyle } from "@/components/suggestions/current-suggestion-style";
import { SuggestionsBar } from "@/components/suggestions/suggestions-bar";
import { useSuggestionKeys } from "@/components/suggestions/use-suggestion-keys";
import { useSuggestions } from "@/components/suggestions/use-suggestions";
import { segmentHighlights } from "@/lib/anchoring/segment-highlights";
import type { DeskClaim } from "@/lib/data/claims/claim-view";
import type { DeskSuggestion } from "@/lib/suggestions/desk-suggestions";
import { ArticleText } from "./article-text";
import { ClaimPanel } from "./claim-panel";
import { HighlightLegend } from "./highlight-legend";
import { SelectedClaimStyle } from "./selected-claim-style";
import { useClaimSelection } from "./use-claim-selection";
import type { Viewer } from "./viewer";

interface ArticleWorkspaceProps {
  articleId: string;
  revision: number;
  text: string;
  claims: DeskClaim[];
  /** Suggested sentences (not rejected) and the threshold they reached. */
  suggestions: { threshold: number; sentences: DeskSuggestion[] };
  canAnnotate: boolean;
  viewer: Viewer;
  /** Per claim id, the earlier fact-checks it likely repeats, from the stored matches. */
  checkedBefore: Record<string, CheckedBeforeSummary>;
}

/**
 * The article beside its claim panel (on wide screens a margin column, each
 * card beside its highlight). Clicking a highlight selects its claim in the
 * panel; choosing a claim in the panel scrolls to its highlight.
 * Editors also select text (mouse, or Shift+arrows) to mark new claims.
 */
export function ArticleWorkspace({
  articleId,
  revision,
  text,
  claims: initialClaims,
  suggestions: initialSuggestions,
  canAnnotate,
  viewer,
  checkedBefore,
}: ArticleWorkspaceProps) {
  const onSaved = useRef<(claim: DeskClaim) => void>(() => {});
  const editor = useClaimEditor(
    articleId,
    initialClaims,
    useCallback((claim: DeskClaim) => onSaved.current(claim), []),
  );
  const anchored = useMemo(() => editor.claims.filter((c) => c.anchorState === "anchored"), [editor.claims]);
  const orphaned = useMemo(() => editor.claims.filter((c) => c.anchorState === "orphaned"), [editor.claims]);
  const { selectedId, select, selectSaved, announcement, onHighlightClick, step } = useClaimSelection(
    editor.claims,
    anchored,
  );
  useEffect(() => {
    onSaved.current = selectSaved;
  }, [selectSaved]);
  const unplacedIds = useMemo(
    () => new Set(segmentHighlights(text.length, anchored).unplaced),
    [text, anchored],
  );
  const textRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  // Marks the page interactive once React has attached its handlers (tests wait for it).
  useEffect(() => rootRef.current?.setAttribute("data-hydrated", "true"), []);
  const selection = useTextSelection(textRef, text, canAnnotate);
  const respanClaim = editor.claims.find((c) => c.id === editor.respanId) ?? null;
  const suggestions = useSuggestions({
    articleId,
    revision,
    suggestions: initialSuggestions.sentences,
    claims: anchored,
  });
  const { setDialog } = editor;
  const acceptSuggestion = useCallback(
    (suggestion: DeskSuggestion) =>
      setDialog({
        kind: "create",
        span: {
          revision,
          start: suggestion.start,
          end: suggestion.end,
          exact: text.slice(suggestion.start, suggestion.end),
        },
        suggestion,
      }),
    [setDialog, revision, text],
  );
  useSuggestionKeys(suggestions, canAnnotate, acceptSuggestion);

  const activate = useCallback(() => {
    const current = readTextSelection(textRef.current, text) ?? selection;
    if (!current) return;
    const span = {
      revision,
      start: current.start,
      end: current.end,
      exact: text.slice(current.start, current.end),
    };
    if (respanClaim) void editor.respan(respanClaim, span);
    else editor.setDialog({ kind: "create", span });
  }, [selection, revision, text, respanClaim, editor]);

  useEffect(() => {
    if (!canAnnotate) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key.toLowerCase() !== "m" || event.ctrlKey || event.metaKey || event.altKey) return;
      if (target.closest("input, textarea, select, dialog, [contenteditable]")) return;
      // The live selection: a key pressed right after S (or Shift+End) comes before React's state catches up.
      if (!readTextSelection(textRef.current, text) && !selection) return;
      event.preventDefault();
      activate();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [canAnnotate, selection, activate, text]);

  const actions = canAnnotate
    ? (claim: DeskClaim) => <ClaimActions claim={claim} editor={editor} />
    : undefined;

  return (
    <div
      ref={rootRef}
      className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]"
      data-testid="article-workspace"
    >
      <SelectedClaimStyle claimId={selectedId} />
      {suggestions.hidden ? null : <CurrentSuggestionStyle n={suggestions.current?.n ?? null} />}
      <article aria-label="Article text" className="relative min-w-0">
        <SuggestionsBar
          state={suggestions}
          articleId={articleId}
          revision={revision}
          text={text}
          threshold={initialSuggestions.threshold}
          canAccept={canAnnotate}
          onAccept={acceptSuggestion}
          onAcceptedMany={(claims, message) => editor.added(claims.map(toClaimView), message)}
        />
        <HighlightLegend />
        {respanClaim ? <RespanBanner claim={respanClaim} onCancel={() => editor.setRespanId(null)} /> : null}
        <ArticleText
          ref={textRef}
          text={text}
          claims={anchored}
          suggestions={suggestions.hidden ? undefined : suggestions.open}
          onHighlightClick={onHighlightClick}
          {...(canAnnotate
            ? {
                tabIndex: 0,
                role: "region",
                "aria-label": "Article text for annotation",
                "aria-describedby": "annotate-help",
                onKeyDown: (event) => void handleSelectionKey(event),
              }
            : {})}
        />
        {canAnnotate ? (
          <p id="annotate-help" className="sr-only">
            Select text with the mouse, or focus the text and use Shift with the arrow keys; S selects the
            sentence at the caret. Then press M to mark it as a claim. Press ? for all keyboard shortcuts.
          </p>
        ) : null}
        {canAnnotate ? (
          <MarkClaimToolbar
            selection={selection}
            label={respanClaim ? "Use this text" : "Mark as claim"}
            onActivate={activate}
          />
        ) : null}
      </article>
      <aside aria-labelledby="claims-heading" className="min-w-0">
        <div className="mb-3 flex items-center justify-between gap-2">
          <h2 id="claims-heading" className="text-lg font-semibold">
            Claims <span className="text-stone-600">({anchored.length})</span>
          </h2>
          <div className="flex gap-1">
            <button
              type="button"
              onClick={() => step(-1)}
              className="rounded border border-stone-300 bg-white px-2 py-1 text-sm hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-blue-700"
            >
              Previous claim
            </button>
            <button
              type="button"
              onClick={() => step(1)}
              className="rounded border border-stone-300 bg-white px-2 py-1 text-sm hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-blue-700"
            >
              Next claim
            </button>
          </div>
        </div>
        {editor.notice ? (
          <p
            role={editor.notice.error ? "alert" : "status"}
            className={`mb-3 rounded px-3 py-2 text-sm ${editor.notice.error ? "bg-red-50 text-red-900" : "bg-emerald-50 text-emerald-900"}`}
            data-testid="editor-notice"
          >
            {editor.notice.text}
          </p>
        ) : null}
        <p className="mb-3 text-xs text-stone-700">
          Tip: in the claims, use the arrow keys, Home and End to move between them; a selected claim opens to
          act on it.
          {canAnnotate ? " Select text in the article and press M to mark a claim." : ""}
        </p>
        <OrphanedClaims
          claims={orphaned}
          selectedId={selectedId}
          onSelect={(id) => select(id, "panel")}
          renderActions={actions}
        />
        <ClaimPanel
          claims={anchored}
          selectedId={selectedId}
          onSelect={select}
          unplacedIds={unplacedIds}
          renderActions={actions}
          viewer={viewer}
          textRef={textRef}
          checkedBefore={checkedBefore}
        />
        <p aria-live="polite" className="sr-only" data-testid="selection-announcement">
          {announcement}
        </p>
      </aside>
      {canAnnotate ? <ClaimDialogs editor={editor} /> : null}
    </div>
  );
}
