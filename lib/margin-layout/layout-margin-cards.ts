/*
 * Where the cards of a margin column go, as Google Docs places comments:
 * each card wants the top of its highlight; cards keep text order and never
 * overlap, so a card that would overlap the one above is pushed down below
 * it. When a card is selected it sits exactly at its highlight and the cards
 * before it are pushed up instead (they may leave the column's top, where the
 * column clips them), so the card the reader is working on is always beside
 * its text, however dense the claims above it are.
 *
 * Pure and O(n): the page runs it on every resize and selection, with a
 * thousand cards.
 */

export interface MarginCard {
  /** Where the card wants its top: its highlight's top, relative to the column. */
  desiredTop: number;
  height: number;
}

export interface MarginLayoutOptions {
  /** Space between two stacked cards. */
  gap?: number;
  /** The index of the selected card, anchored at its desired top; null for none. */
  selectedIndex?: number | null;
}

/** The top of each card, in input (text) order. */
export function layoutMarginCards(
  cards: readonly MarginCard[],
  { gap = 8, selectedIndex = null }: MarginLayoutOptions = {},
): number[] {
  const tops = stackDown(cards, gap, 0, 0);
  const selected = selectedIndex === null ? undefined : cards[selectedIndex];
  if (selectedIndex === null || !selected) return tops;

  // The selected card at its highlight (never above the column), the rest below it stacked down again.
  tops[selectedIndex] = Math.max(selected.desiredTop, 0);
  const below = stackDown(cards, gap, selectedIndex + 1, tops[selectedIndex] + selected.height + gap);
  for (let i = selectedIndex + 1; i < cards.length; i += 1) tops[i] = below[i]!;
  // The cards above it keep their place unless that overlaps the next one: then they move up.
  for (let i = selectedIndex - 1; i >= 0; i -= 1) {
    tops[i] = Math.min(tops[i]!, tops[i + 1]! - gap - cards[i]!.height);
  }
  return tops;
}

/** Stacks cards[from..] top-down, none above `floor`; earlier entries of the result stay 0. */
function stackDown(cards: readonly MarginCard[], gap: number, from: number, floor: number): number[] {
  const tops = new Array<number>(cards.length).fill(0);
  let next = floor;
  for (let i = from; i < cards.length; i += 1) {
    const card = cards[i]!;
    tops[i] = Math.max(card.desiredTop, next);
    next = tops[i]! + card.height + gap;
  }
  return tops;
}

/** The height the column needs to hold every card. */
export function marginColumnHeight(tops: readonly number[], cards: readonly MarginCard[]): number {
  let bottom = 0;
  for (let i = 0; i < cards.length; i += 1) bottom = Math.max(bottom, tops[i]! + cards[i]!.height);
  return bottom;
}
