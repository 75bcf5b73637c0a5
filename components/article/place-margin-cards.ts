import {
  layoutMarginCards,
  marginColumnHeight,
  type MarginCard,
} from "@/lib/margin-layout/layout-margin-cards";

const GAP = 8;

/**
 * Places the cards of a margin column (the <li data-card-for> children of
 * `list`) beside their highlights in `text`, with lib/margin-layout. One
 * read pass (the top of each claim's first highlight, found by its
 * data-claim-starts, and each card's height), then one write pass (each
 * card's transform, the column's height): a single forced layout, however
 * many cards. Plain DOM, so bench/desk-bench.ts times this very function.
 */
export function placeMarginCards(list: HTMLElement, text: HTMLElement, selectedId: string | null): void {
  const items = [...list.querySelectorAll<HTMLElement>(":scope > li[data-card-for]")];
  // Read.
  const listTop = list.getBoundingClientRect().top;
  const highlightTops = new Map<string, number>();
  for (const mark of text.querySelectorAll("mark[data-claim-starts]")) {
    const top = mark.getBoundingClientRect().top - listTop;
    for (const id of mark.getAttribute("data-claim-starts")?.split(" ") ?? []) highlightTops.set(id, top);
  }
  let previousTop = 0;
  const cards: MarginCard[] = items.map((item) => {
    // A claim without a highlight (invalid span) keeps its place after the one before it.
    previousTop = highlightTops.get(item.dataset.cardFor ?? "") ?? previousTop;
    return { desiredTop: previousTop, height: item.offsetHeight };
  });
  const selectedIndex = items.findIndex((item) => item.dataset.cardFor === selectedId);
  const tops = layoutMarginCards(cards, {
    gap: GAP,
    selectedIndex: selectedIndex === -1 ? null : selectedIndex,
  });
  // Write.
  items.forEach((item, index) => {
    item.style.transform = `translateY(${tops[index]}px)`;
  });
  list.style.height = `${marginColumnHeight(tops, cards)}px`;
}

/** Back to a plain list: what placeMarginCards wrote, undone. */
export function clearMarginCards(list: HTMLElement): void {
  list.style.height = "";
  for (const item of list.querySelectorAll<HTMLElement>(":scope > li")) item.style.transform = "";
}
