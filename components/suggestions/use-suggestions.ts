"use client";

import { useCallback, useMemo, useState } from "react";
import { messageOf } from "@/components/annotate/api-client";
import { openSuggestions, type DeskSuggestion } from "@/lib/suggestions/desk-suggestions";
import { requestRejectSuggestion } from "./suggestion-requests";
import { useHiddenPreference } from "./use-hidden-preference";

type Span = { start: number; end: number };

/**
 * The article page's suggestions: which are still open (not rejected here,
 * not overlapping a claim), which one is current, whether they are hidden
 * (remembered in this browser), and rejecting one. Nothing here changes the
 * text or a claim.
 */
export function useSuggestions(input: {
  articleId: string;
  revision: number;
  suggestions: readonly DeskSuggestion[];
  claims: readonly Span[];
}) {
  const { articleId, revision, suggestions, claims } = input;
  const [rejected, setRejected] = useState<ReadonlySet<number>>(() => new Set());
  const [currentN, setCurrentN] = useState<number | null>(null);
  const [hidden, setHidden] = useHiddenPreference();
  const [announcement, setAnnouncement] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [seenRevision, setSeenRevision] = useState(revision);

  // A new text revision (a live refresh) numbers its sentences afresh: forget the old numbers.
  if (revision !== seenRevision) {
    setSeenRevision(revision);
    setRejected(new Set());
    setCurrentN(null);
  }

  const open = useMemo(() => openSuggestions(suggestions, claims, rejected), [suggestions, claims, rejected]);
  const current = open.find((s) => s.n === currentN) ?? null;

  const toggleHidden = useCallback(() => {
    setHidden(!hidden);
    setAnnouncement(hidden ? `${open.length} suggestions shown.` : "Suggestions hidden.");
  }, [hidden, setHidden, open.length]);

  /** Moves to the next (1) or previous (-1) open suggestion after the current one, wrapping. */
  const step = useCallback(
    (direction: 1 | -1) => {
      if (open.length === 0) {
        setAnnouncement("No open suggestions.");
        return;
      }
      // The current one may have just been accepted or rejected: continue from where it was.
      const from = suggestions.find((s) => s.n === currentN);
      let index: number;
      if (!from) index = direction === 1 ? 0 : open.length - 1;
      else if (direction === 1) {
        index = open.findIndex((s) => s.start > from.start);
        if (index === -1) index = 0;
      } else {
        index = open.findLastIndex((s) => s.start < from.start);
        if (index === -1) index = open.length - 1;
      }
      const target = open[index]!;
      setCurrentN(target.n);
      setAnnouncement(`Suggestion ${index + 1} of ${open.length}: ${target.label}.`);
      document
        .querySelector(`[data-suggestion="${target.n}"]`)
        ?.scrollIntoView({ block: "center", behavior: "instant" });
    },
    [open, suggestions, currentN],
  );

  const reject = useCallback(
    async (suggestion: DeskSuggestion) => {
      setError(null);
      try {
        await requestRejectSuggestion(articleId, suggestion.n, revision);
        setRejected((was) => new Set([...was, suggestion.n]));
        setAnnouncement("Suggestion rejected. It will not be suggested again for this text.");
      } catch (failure) {
        setError(messageOf(failure));
      }
    },
    [articleId, revision],
  );

  return {
    open,
    current,
    hidden,
    toggleHidden,
    step,
    reject,
    announcement,
    setAnnouncement,
    error,
    setError,
  };
}

export type SuggestionsState = ReturnType<typeof useSuggestions>;
