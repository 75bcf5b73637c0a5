"use client";

import { useCallback, useLayoutEffect, useRef, type RefObject } from "react";
import { clearMarginCards, placeMarginCards } from "./place-margin-cards";

/**
 * Keeps the margin column's cards beside their highlights (placeMarginCards),
 * outside React, so neither the article nor the cards re-render: again when
 * the cards change (`cardsKey`), the selection changes, or the text, a card
 * or what sits above the column is resized. When `enabled` is false (narrow
 * screens) it leaves the plain list alone.
 */
export function useMarginLayout(
  listRef: RefObject<HTMLElement | null>,
  textRef: RefObject<HTMLElement | null>,
  enabled: boolean,
  cardsKey: unknown,
  selectedId: string | null,
): void {
  const selectedRef = useRef(selectedId);

  const layout = useCallback(() => {
    if (listRef.current && textRef.current)
      placeMarginCards(listRef.current, textRef.current, selectedRef.current);
  }, [listRef, textRef]);

  useLayoutEffect(() => {
    selectedRef.current = selectedId;
    if (enabled) layout();
  }, [enabled, selectedId, layout]);

  useLayoutEffect(() => {
    const list = listRef.current;
    const text = textRef.current;
    if (!enabled || !list || !text) return;
    layout();
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(layout);
    });
    observer.observe(text);
    // What sits above the column (the heading, a notice, the filters) moves it when it grows.
    for (let above = list.previousElementSibling; above; above = above.previousElementSibling) {
      observer.observe(above);
    }
    for (const item of list.querySelectorAll(":scope > li")) observer.observe(item);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      clearMarginCards(list);
    };
  }, [enabled, cardsKey, layout, listRef, textRef]);
}
