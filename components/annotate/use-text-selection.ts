"use client";

import { useEffect, useState, type RefObject } from "react";
import { snapToWords } from "@/lib/anchoring/snap-selection";
import { offsetsOfRange } from "./dom-offsets";

export interface TextSelection {
  /** Snapped to whole words and trimmed, in canonical text offsets. */
  start: number;
  end: number;
  /** The selected DOM range (a copy, so it stays put), for placing the toolbar against it. */
  range: Range;
}

/**
 * Tracks the user's text selection inside the article, mouse or keyboard
 * alike, snapped to whole words. Null when nothing usable is selected.
 */
export function useTextSelection(
  rootRef: RefObject<HTMLElement | null>,
  text: string,
  enabled: boolean,
): TextSelection | null {
  const [selection, setSelection] = useState<TextSelection | null>(null);

  useEffect(() => {
    if (!enabled) return;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setSelection(readSelection(rootRef.current, text)));
    };
    document.addEventListener("selectionchange", update);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener("selectionchange", update);
    };
  }, [rootRef, text, enabled]);

  return enabled ? selection : null;
}

/**
 * The selection as it is right now, read from the DOM. A keyboard shortcut
 * uses this rather than the state above, which lags one frame behind the
 * last Shift+arrow press.
 */
export function readTextSelection(root: HTMLElement | null, text: string): TextSelection | null {
  return readSelection(root, text);
}

function readSelection(root: HTMLElement | null, text: string): TextSelection | null {
  const native = window.getSelection();
  if (!root || !native || native.isCollapsed || native.rangeCount === 0) return null;
  const range = native.getRangeAt(0);
  const raw = offsetsOfRange(root, range);
  if (!raw) return null;
  const snapped = snapToWords(text, raw.start, raw.end);
  if (!snapped) return null;
  return { ...snapped, range: range.cloneRange() };
}
