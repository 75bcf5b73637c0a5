"use client";

import type { TextSelection } from "./use-text-selection";

/**
 * Floats next to the current selection. It follows the article text in tab
 * order, so keyboard users reach it with Tab after selecting; M does the same.
 */
export function MarkClaimToolbar({
  selection,
  label,
  onActivate,
}: {
  selection: TextSelection | null;
  label: string;
  onActivate: () => void;
}) {
  if (!selection) return null;
  return (
    <div
      className="absolute z-10"
      style={{ top: selection.anchor.top, left: selection.anchor.left }}
      data-testid="mark-claim-toolbar"
    >
      <button
        type="button"
        onMouseDown={(event) => event.preventDefault() /* keep the text selection */}
        onClick={onActivate}
        aria-keyshortcuts="M"
        className="rounded-md bg-blue-800 px-3 py-1.5 text-sm font-medium text-white shadow-lg hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
      >
        {label} <kbd className="ml-1 rounded bg-blue-900 px-1 text-xs">M</kbd>
      </button>
    </div>
  );
}
