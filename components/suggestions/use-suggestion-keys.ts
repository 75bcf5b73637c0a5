"use client";

import { useEffect } from "react";
import type { DeskSuggestion } from "@/lib/suggestions/desk-suggestions";
import type { SuggestionsState } from "./use-suggestions";

/**
 * N (or Shift+N: back) and P move between suggestions anywhere on the page
 * but in a field or dialog; editors also press A to accept the current one
 * (the claim dialog opens, pre-filled) and X to reject it. Listed for people
 * in components/annotate/keyboard-shortcuts.ts.
 */
export function useSuggestionKeys(
  state: SuggestionsState,
  canAccept: boolean,
  accept: (suggestion: DeskSuggestion) => void,
) {
  const { hidden, current, step, reject } = state;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (hidden || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement;
      if (target.closest("input, textarea, select, dialog, [contenteditable]")) return;
      const key = event.key.toLowerCase();
      if (key === "n" || key === "p") step(key === "p" || event.shiftKey ? -1 : 1);
      else if (canAccept && current && key === "a" && !event.shiftKey) accept(current);
      else if (canAccept && current && key === "x" && !event.shiftKey) void reject(current);
      else return;
      event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [hidden, current, step, reject, canAccept, accept]);
}
