import { STATEMENT_MAX } from "@/lib/schemas/claim";

const ELLIPSIS = "…";

/**
 * A suggested sentence as a claim statement: trimmed, and when longer than a
 * statement may be, cut at the last word that fits, with an ellipsis saying
 * something was cut. A single word longer than that is cut mid-word.
 */
export function suggestedStatement(sentence: string, max: number = STATEMENT_MAX): string {
  const trimmed = sentence.trim();
  if (trimmed.length <= max) return trimmed;
  const room = trimmed.slice(0, max - ELLIPSIS.length + 1);
  const lastSpace = room.search(/\s\S*$/u);
  const kept = lastSpace > 0 ? room.slice(0, lastSpace) : room.slice(0, max - ELLIPSIS.length);
  return kept.trimEnd() + ELLIPSIS;
}
