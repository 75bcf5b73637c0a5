/**
 * Outlines every highlight segment of the selected claim with one CSS rule,
 * so changing the selection re-renders a <style> element, not the article.
 */
export function SelectedClaimStyle({ claimId }: { claimId: string | null }) {
  if (!claimId) return null;
  const selector = `mark[data-claim-ids~="${cssEscape(claimId)}"]`;
  return (
    <style>{`${selector}{outline:3px solid #1d4ed8;outline-offset:1px;background-color:#dbeafe;}`}</style>
  );
}

/** Ids are cuids, but escape anyway: this string lands inside a CSS rule. */
function cssEscape(value: string): string {
  return value.replace(/[^a-zA-Z0-9_-]/g, (char) => `\\${char.codePointAt(0)?.toString(16)} `);
}
