import type { KeyboardEvent } from "react";
import { offsetOfPoint, pointAtOffset, selectOffsets } from "./dom-offsets";
import { nextStop, paragraphStops, sentenceAtOffset, sentenceStops, type Stop } from "./text-stops";

/**
 * Keyboard text selection in read-only article text. Browsers only extend
 * selections with Shift+arrows in editable content (or with caret browsing
 * on), so we drive the selection ourselves: Selection.modify (non-standard,
 * but Chromium, Firefox and Safari all implement it) for characters, words
 * and lines, and our own sentence and paragraph stops for the rest. The
 * keys are listed, for people, in keyboard-shortcuts.ts.
 * Returns true when the key was handled.
 */
export function handleSelectionKey(event: KeyboardEvent<HTMLElement>): boolean {
  const selection = window.getSelection();
  const root = event.currentTarget;
  if (!selection) return false;
  const move = moveFor(event);
  if (!move) return false;
  event.preventDefault();
  if (move === "clear") {
    if (!selection.isCollapsed) selection.collapseToEnd();
    return true;
  }
  if (!root.contains(selection.focusNode)) placeCaretAtStart(root);
  if (Array.isArray(move)) selection.modify(event.shiftKey ? "extend" : "move", move[0], move[1]);
  else if (move === "sentence") selectSentence(root, selection);
  else moveToStop(root, selection, move, event.shiftKey);
  revealFocus(selection);
  return true;
}

type StopMove = { stops: "sentence" | "paragraph" | "article"; direction: "forward" | "backward" };
type Move = [string, string] | StopMove | "sentence" | "clear";

function moveFor(event: KeyboardEvent<HTMLElement>): Move | null {
  const jump = event.ctrlKey || event.altKey;
  if (event.metaKey) return null;
  switch (event.key) {
    case "ArrowLeft":
      return ["backward", jump ? "word" : "character"];
    case "ArrowRight":
      return ["forward", jump ? "word" : "character"];
    case "ArrowUp":
      return jump ? { stops: "paragraph", direction: "backward" } : ["backward", "line"];
    case "ArrowDown":
      return jump ? { stops: "paragraph", direction: "forward" } : ["forward", "line"];
    case "Home":
      return event.altKey ? null : { stops: event.ctrlKey ? "article" : "sentence", direction: "backward" };
    case "End":
      return event.altKey ? null : { stops: event.ctrlKey ? "article" : "sentence", direction: "forward" };
    case "Escape":
      return "clear";
    case "s":
    case "S":
      return jump || event.shiftKey ? null : "sentence";
    default:
      return null;
  }
}

function stopsFor(root: HTMLElement, kind: StopMove["stops"]): Stop[] {
  if (kind === "sentence") return sentenceStops(root);
  const paragraphs = paragraphStops(root);
  if (kind === "paragraph") return paragraphs;
  const first = paragraphs[0];
  const last = paragraphs.at(-1);
  return first && last ? [{ start: first.start, end: last.end }] : [];
}

/** Moves (or with Shift, extends) the caret to the next sentence or paragraph end, or the previous start. */
function moveToStop(root: HTMLElement, selection: Selection, move: StopMove, extend: boolean): void {
  const focus = selection.focusNode ? offsetOfPoint(root, selection.focusNode, selection.focusOffset) : null;
  if (focus === null) return;
  const target = nextStop(stopsFor(root, move.stops), focus, move.direction);
  const point = target === null ? null : pointAtOffset(root, target);
  if (!point) return;
  if (extend) selection.extend(point.node, point.offset);
  else selection.collapse(point.node, point.offset);
}

/** Selects the whole sentence at the caret (the sentence key, S). */
function selectSentence(root: HTMLElement, selection: Selection): void {
  const focus = selection.focusNode ? offsetOfPoint(root, selection.focusNode, selection.focusOffset) : null;
  const sentence = focus === null ? null : sentenceAtOffset(root, focus);
  if (sentence) selectOffsets(root, sentence.start, sentence.end);
}

/** Read-only text does not scroll to follow the caret by itself. */
function revealFocus(selection: Selection): void {
  const node = selection.focusNode;
  const element = node?.nodeType === Node.ELEMENT_NODE ? (node as Element) : node?.parentElement;
  element?.scrollIntoView({ block: "nearest" });
}

/** Puts a collapsed caret before the first character, so Shift+arrows have a place to start. */
export function placeCaretAtStart(root: HTMLElement): void {
  const walker = document.createTreeWalker(root.querySelector("p") ?? root, NodeFilter.SHOW_TEXT);
  const first = walker.nextNode();
  if (first) window.getSelection()?.collapse(first, 0);
}
