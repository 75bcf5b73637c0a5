import type { KeyboardEvent } from "react";

/**
 * Keyboard text selection in read-only article text. Browsers only extend
 * selections with Shift+arrows in editable content (or with caret browsing
 * on), so we drive the selection ourselves with Selection.modify, which
 * Chromium, Firefox and Safari all implement. Ctrl/Alt+arrows move by word.
 * Returns true when the key was handled.
 */
export function handleSelectionKey(event: KeyboardEvent<HTMLElement>): boolean {
  const selection = window.getSelection();
  const step = {
    ArrowLeft: ["backward", event.ctrlKey || event.altKey ? "word" : "character"],
    ArrowRight: ["forward", event.ctrlKey || event.altKey ? "word" : "character"],
    ArrowUp: ["backward", "line"],
    ArrowDown: ["forward", "line"],
  }[event.key] as [string, string] | undefined;
  if (!selection || !step) return false;
  if (!event.currentTarget.contains(selection.anchorNode)) placeCaretAtStart(event.currentTarget);
  // Selection.modify is non-standard but universally implemented; TypeScript's DOM types include it.
  selection.modify(event.shiftKey ? "extend" : "move", step[0], step[1]);
  event.preventDefault();
  return true;
}

/** Puts a collapsed caret before the first character, so Shift+arrows have a place to start. */
export function placeCaretAtStart(root: HTMLElement): void {
  const walker = document.createTreeWalker(root.querySelector("p") ?? root, NodeFilter.SHOW_TEXT);
  const first = walker.nextNode();
  if (first) window.getSelection()?.collapse(first, 0);
}
