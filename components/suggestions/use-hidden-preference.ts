"use client";

import { useCallback, useSyncExternalStore } from "react";

const KEY = "factcheck:suggestions-hidden";
const listeners = new Set<() => void>();

const subscribe = (onChange: () => void) => {
  listeners.add(onChange);
  window.addEventListener("storage", onChange); // another tab changed it
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onChange);
  };
};

/**
 * Whether this browser hides suggestions, remembered across visits (a
 * reading preference, not a newsroom setting). Shown on the server and in
 * the first client render, so hydration matches.
 */
export function useHiddenPreference(): [boolean, (hidden: boolean) => void] {
  const hidden = useSyncExternalStore(
    subscribe,
    () => window.localStorage.getItem(KEY) === "true",
    () => false,
  );
  const setHidden = useCallback((next: boolean) => {
    window.localStorage.setItem(KEY, String(next));
    for (const listener of listeners) listener();
  }, []);
  return [hidden, setHidden];
}
