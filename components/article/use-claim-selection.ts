"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { DeskClaim } from "@/lib/data/claims/claim-view";

const HASH_PREFIX = "#claim-";

/**
 * Which claim is selected, shared by the text and the panel, and kept in the
 * URL hash so a selection can be linked to. `inText` are the claims with a
 * highlight, in text order (what Next/Previous step through).
 */
export function useClaimSelection(all: readonly DeskClaim[], inText: readonly DeskClaim[]) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const selectedRef = useRef<string | null>(null);

  const select = useCallback(
    (id: string, origin: "text" | "panel" | "hash") => {
      const claim = all.find((c) => c.id === id);
      if (!claim) return;
      selectedRef.current = id;
      setSelectedId(id);
      const index = inText.findIndex((c) => c.id === id);
      setAnnouncement(
        index >= 0
          ? `Claim ${index + 1} of ${inText.length} selected: ${claim.statement}`
          : `Selected claim that needs re-anchoring: ${claim.statement}`,
      );
      if (origin !== "hash") history.replaceState(null, "", `${HASH_PREFIX}${id}`);
      if (origin !== "text") {
        document
          .querySelector(`mark[data-claim-ids~="${CSS.escape(id)}"]`)
          ?.scrollIntoView({ block: "center", behavior: origin === "hash" ? "auto" : "smooth" });
      }
    },
    [all, inText],
  );

  /** Selects a claim just saved, before it is in `all`; scrolls once its highlight exists. */
  const selectSaved = useCallback((claim: DeskClaim) => {
    selectedRef.current = claim.id;
    setSelectedId(claim.id);
    setAnnouncement(`Selected: ${claim.statement}`);
    history.replaceState(null, "", `${HASH_PREFIX}${claim.id}`);
    requestAnimationFrame(() =>
      document
        .querySelector(`mark[data-claim-ids~="${CSS.escape(claim.id)}"]`)
        ?.scrollIntoView({ block: "nearest" }),
    );
  }, []);

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
    const index = inText.findIndex((claim) => claim.id === selectedId);
    const next = inText[index === -1 ? (delta > 0 ? 0 : inText.length - 1) : index + delta];
    if (next) select(next.id, "panel");
  };

  return { selectedId, select, selectSaved, announcement, onHighlightClick, step };
}
