"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { segmentHighlights } from "@/lib/anchoring/segment-highlights";
import type { ClaimView } from "@/lib/data/articles/get-article-view";
import { ArticleText } from "./article-text";
import { ClaimPanel } from "./claim-panel";
import { HighlightLegend } from "./highlight-legend";
import { SelectedClaimStyle } from "./selected-claim-style";

const HASH_PREFIX = "#claim-";

/**
 * The article beside its claim panel. Selection is shared: clicking a
 * highlight selects its claim in the panel, choosing a claim in the panel
 * scrolls to its highlight, and the URL hash keeps the selection linkable.
 */
export function ArticleWorkspace({ text, claims }: { text: string; claims: ClaimView[] }) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selectedRef = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const unplacedIds = useMemo(() => new Set(segmentHighlights(text.length, claims).unplaced), [text, claims]);

  const select = useCallback(
    (id: string, origin: "text" | "panel" | "hash") => {
      const index = claims.findIndex((claim) => claim.id === id);
      const claim = claims[index];
      if (!claim) return;
      selectedRef.current = id;
      setSelectedId(id);
      setAnnouncement(`Claim ${index + 1} of ${claims.length} selected: ${claim.statement}`);
      if (origin !== "hash") history.replaceState(null, "", `${HASH_PREFIX}${id}`);
      if (origin !== "text") {
        document
          .querySelector(`mark[data-claim-ids~="${CSS.escape(id)}"]`)
          ?.scrollIntoView({ block: "center", behavior: origin === "hash" ? "auto" : "smooth" });
      }
    },
    [claims],
  );

  useEffect(() => {
    const fromHash = () => {
      if (location.hash.startsWith(HASH_PREFIX)) select(location.hash.slice(HASH_PREFIX.length), "hash");
    };
    fromHash();
    window.addEventListener("hashchange", fromHash);
    return () => window.removeEventListener("hashchange", fromHash);
  }, [select]);

  // A click on text covered by several claims selects the innermost first,
  // then steps outwards on each further click.
  const onHighlightClick = useCallback(
    (ids: string[]) => {
      const current = selectedRef.current;
      const position = current ? ids.indexOf(current) : -1;
      const next = position > 0 ? ids[position - 1] : ids.at(-1);
      if (next) select(next, "text");
    },
    [select],
  );

  const step = (delta: number) => {
    const index = claims.findIndex((claim) => claim.id === selectedId);
    const next = claims[index === -1 ? (delta > 0 ? 0 : claims.length - 1) : index + delta];
    if (next) select(next.id, "panel");
  };

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <SelectedClaimStyle claimId={selectedId} />
      <article aria-label="Article text" className="min-w-0">
        <HighlightLegend />
        <ArticleText text={text} claims={claims} onHighlightClick={onHighlightClick} />
      </article>
      <aside
        aria-labelledby="claims-heading"
        className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto"
      >
        <div className="mb-3 flex items-center justify-between gap-2">
          <h2 id="claims-heading" className="text-lg font-semibold">
            Claims <span className="text-stone-600">({claims.length})</span>
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
        <p className="mb-3 text-xs text-stone-700">
          Tip: in the list, use the arrow keys, Home and End to move between claims.
        </p>
        <ClaimPanel claims={claims} selectedId={selectedId} onSelect={select} unplacedIds={unplacedIds} />
        <p aria-live="polite" className="sr-only" data-testid="selection-announcement">
          {announcement}
        </p>
      </aside>
    </div>
  );
}
