/**
 * Marks the current suggestion with one CSS rule (an outline and a tint,
 * neither of which moves the text), so stepping through suggestions
 * re-renders a <style> element, not the article.
 */
export function CurrentSuggestionStyle({ n }: { n: number | null }) {
  if (n === null) return null;
  // n is a whole number from the server, so it is safe inside the rule.
  return (
    <style>{`[data-suggestion="${Math.trunc(n)}"]{outline:2px dashed #0369a1;outline-offset:2px;background-color:#e0f2fe;}`}</style>
  );
}
