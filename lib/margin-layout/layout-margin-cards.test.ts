import { describe, expect, it } from "vitest";
import { layoutMarginCards, marginColumnHeight, type MarginCard } from "./layout-margin-cards";

const card = (desiredTop: number, height = 50): MarginCard => ({ desiredTop, height });

function expectNoOverlapInOrder(cards: readonly MarginCard[], tops: readonly number[], gap: number) {
  for (let i = 1; i < cards.length; i += 1) {
    expect(tops[i]!).toBeGreaterThanOrEqual(tops[i - 1]! + cards[i - 1]!.height + gap);
  }
}

describe("layoutMarginCards", () => {
  it.each([
    {
      name: "apart: each card at its highlight",
      cards: [card(0), card(100), card(300)],
      tops: [0, 100, 300],
    },
    { name: "same line: the second stacks below the first", cards: [card(40), card(40)], tops: [40, 98] },
    {
      name: "a pushed card pushes the next",
      cards: [card(0, 100), card(20), card(60), card(400)],
      tops: [0, 108, 166, 400],
    },
    { name: "above the column: clamped to its top", cards: [card(-30), card(10)], tops: [0, 58] },
    { name: "no cards", cards: [], tops: [] },
  ])("without a selection, $name", ({ cards, tops }) => {
    expect(layoutMarginCards(cards, { gap: 8 })).toEqual(tops);
  });

  it.each([
    {
      name: "the selected card sits at its highlight, the ones before it move up",
      cards: [card(100), card(100), card(100)],
      selectedIndex: 2,
      tops: [-16, 42, 100],
    },
    {
      name: "the cards after the selected one stack below it",
      cards: [card(100), card(100), card(100)],
      selectedIndex: 1,
      tops: [42, 100, 158],
    },
    {
      name: "cards far above keep their place",
      cards: [card(0), card(500), card(520)],
      selectedIndex: 2,
      tops: [0, 462, 520],
    },
    {
      name: "a selected highlight above the column: the card at the column's top",
      cards: [card(-40), card(200)],
      selectedIndex: 0,
      tops: [0, 200],
    },
  ])("with a selection, $name", ({ cards, selectedIndex, tops }) => {
    expect(layoutMarginCards(cards, { gap: 8, selectedIndex })).toEqual(tops);
  });

  it("keeps 1,000 dense cards in order without overlaps, the selected one anchored", () => {
    const cards = Array.from({ length: 1000 }, (_, i) => card(i * 30 + (i % 7) * 3, 40 + (i % 5) * 20));
    for (const selectedIndex of [null, 0, 500, 999]) {
      const tops = layoutMarginCards(cards, { gap: 6, selectedIndex });
      expectNoOverlapInOrder(cards, tops, 6);
      if (selectedIndex !== null) expect(tops[selectedIndex]).toBe(cards[selectedIndex]!.desiredTop);
    }
  });

  it("ignores a selected index outside the cards", () => {
    expect(layoutMarginCards([card(10)], { selectedIndex: 3 })).toEqual([10]);
  });
});

describe("marginColumnHeight", () => {
  it("reaches the lowest card's bottom", () => {
    const cards = [card(0, 100), card(20, 30)];
    expect(marginColumnHeight([0, 108], cards)).toBe(138);
    expect(marginColumnHeight([], [])).toBe(0);
  });
});
