"use client";

import { useEffect, useState } from "react";
import type { StrengthSummary } from "@/lib/auth/password-strength/strength-words";

/** How long typing must pause before the strength is announced: one announcement per pause, not per key. */
export const ANNOUNCE_AFTER_MS = 900;

// Width and colour of the bar per score; the word beside it carries the meaning.
const barStyles = [
  "w-1/5 bg-red-700",
  "w-2/5 bg-orange-700",
  "w-3/5 bg-amber-600",
  "w-4/5 bg-green-700",
  "w-full bg-green-800",
];

/**
 * What the strength meter shows under a new-password field: nothing before
 * typing, "Checking strength…" while the estimator loads (never a score it
 * has not computed), then the score in words, a bar, and why the password is
 * refused. Screen readers hear one polite summary after typing pauses.
 */
export function PasswordStrengthMeter({
  id,
  summary,
  loading,
}: {
  id: string;
  summary: StrengthSummary | null;
  loading: boolean;
}) {
  const announcement = useDebouncedAnnouncement(summary?.announcement ?? "");
  return (
    <div className="mt-2 min-h-10 text-sm" data-testid="password-strength">
      <div id={id}>
        {summary ? (
          <>
            <div className="flex items-center gap-3">
              <p className="shrink-0 font-medium">
                Strength: <span data-testid="password-strength-word">{summary.word}</span>
              </p>
              <div className="h-2 flex-1 rounded-full bg-stone-200 ring-1 ring-stone-400" aria-hidden="true">
                <div className={`h-full rounded-full ${barStyles[summary.score]}`} />
              </div>
            </div>
            <p className={summary.accepted ? "mt-1 text-stone-800" : "mt-1 text-red-800"}>
              {summary.accepted ? <span aria-hidden="true">✓ </span> : null}
              {summary.advice}
            </p>
            {summary.suggestions.length > 0 ? (
              <ul className="mt-1 list-disc pl-5 text-stone-700">
                {summary.suggestions.map((suggestion) => (
                  <li key={suggestion}>{suggestion}</li>
                ))}
              </ul>
            ) : null}
          </>
        ) : loading ? (
          <p className="text-stone-700">Checking strength…</p>
        ) : null}
      </div>
      <p aria-live="polite" className="sr-only" data-testid="password-strength-announcement">
        {announcement}
      </p>
    </div>
  );
}

/** `text`, once it has stayed the same for ANNOUNCE_AFTER_MS; cleared at once when emptied. */
function useDebouncedAnnouncement(text: string): string {
  const [announced, setAnnounced] = useState("");
  useEffect(() => {
    const timer = window.setTimeout(() => setAnnounced(text), text ? ANNOUNCE_AFTER_MS : 0);
    return () => window.clearTimeout(timer);
  }, [text]);
  return announced;
}
