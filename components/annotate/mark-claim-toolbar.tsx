"use client";

import { useMemo, useState } from "react";
import { autoUpdate, flip, offset, shift, useFloating } from "@floating-ui/react-dom";
import { KeyboardCaret } from "./keyboard-caret";
import { KeyboardHelp } from "./keyboard-help";
import type { TextSelection } from "./use-text-selection";

/**
 * The annotation controls beside the article text: the keyboard caret, the
 * "Mark as claim" button floating by the selection, and the keyboard help.
 * The button follows the article text in tab order, so keyboard users reach
 * it with Tab after selecting; M does the same.
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
  return (
    <>
      <KeyboardCaret />
      {selection ? (
        <FloatingMarkButton range={selection.range} label={label} onActivate={onActivate} />
      ) : null}
      <div className="mt-2 flex justify-end">
        <KeyboardHelp />
      </div>
    </>
  );
}

/**
 * Placed with Floating UI against the whole selection's bounding box: below
 * it, or above when there is no room (flip), slid back inside the viewport at
 * the margins (shift). Outside the box means it never covers selected text,
 * and nowrap keeps it one line even when shifted against the right edge.
 */
function FloatingMarkButton({
  range,
  label,
  onActivate,
}: {
  range: Range;
  label: string;
  onActivate: () => void;
}) {
  const [floating, setFloating] = useState<HTMLElement | null>(null);
  const reference = useMemo(() => {
    const context = range.commonAncestorContainer;
    return {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
      contextElement: context instanceof Element ? context : (context.parentElement ?? undefined),
    };
  }, [range]);
  const { floatingStyles } = useFloating({
    elements: { reference, floating },
    placement: "bottom",
    strategy: "absolute",
    middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    whileElementsMounted: autoUpdate,
  });

  return (
    <div ref={setFloating} className="z-20" style={floatingStyles} data-testid="mark-claim-toolbar">
      <button
        type="button"
        onMouseDown={(event) => event.preventDefault() /* keep the text selection */}
        onClick={onActivate}
        aria-keyshortcuts="M"
        className="rounded-md bg-blue-800 px-3 py-1.5 text-sm font-medium whitespace-nowrap text-white shadow-lg hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
      >
        {label} <kbd className="ml-1 rounded bg-blue-900 px-1 text-xs">M</kbd>
      </button>
    </div>
  );
}
