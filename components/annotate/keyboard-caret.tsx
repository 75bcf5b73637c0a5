"use client";

import { useEffect, useRef, useState } from "react";

/*
 * Read-only text has no visible caret, so keyboard users could not see where
 * Shift+End would start from. This draws one at the selection's focus
 * whenever the focused element is article text (it holds <p data-start>
 * paragraphs) containing that focus. It is decoration: screen readers follow
 * the selection itself.
 */

interface CaretBox {
  top: number;
  left: number;
  height: number;
}

function caretBox(container: HTMLElement | null): CaretBox | null {
  const active = document.activeElement;
  const selection = window.getSelection();
  if (!container || !active || !selection?.focusNode || !active.querySelector("p[data-start]")) return null;
  if (!active.contains(selection.focusNode)) return null;
  const range = document.createRange();
  range.setStart(selection.focusNode, selection.focusOffset);
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  if (rect.height === 0) return null;
  const origin = container.getBoundingClientRect();
  return { top: rect.top - origin.top, left: rect.left - origin.left, height: rect.height };
}

/** A blinking-free caret bar; rendered inside the positioned box that also holds the article text. */
export function KeyboardCaret() {
  const ref = useRef<HTMLSpanElement>(null);
  const [box, setBox] = useState<CaretBox | null>(null);

  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const container = ref.current?.parentElement ?? null;
        setBox(caretBox(container));
      });
    };
    const events = ["selectionchange", "focusin", "focusout"] as const;
    events.forEach((name) => document.addEventListener(name, update));
    window.addEventListener("resize", update);
    return () => {
      cancelAnimationFrame(frame);
      events.forEach((name) => document.removeEventListener(name, update));
      window.removeEventListener("resize", update);
    };
  }, []);

  return (
    <span
      ref={ref}
      aria-hidden="true"
      data-testid="keyboard-caret"
      hidden={!box}
      className="pointer-events-none absolute z-10 w-0.5 bg-blue-800 outline outline-1 outline-white"
      style={box ? { top: box.top, left: box.left - 1, height: box.height } : undefined}
    />
  );
}
