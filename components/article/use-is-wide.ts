"use client";

import { useSyncExternalStore } from "react";

/** Tailwind's lg breakpoint: from here the claims sit in a margin beside the text. */
const WIDE = "(min-width: 64rem)";

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(WIDE);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
};

/** True on wide screens. False on the server and in the first client render, so hydration matches. */
export function useIsWide(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(WIDE).matches,
    () => false,
  );
}
