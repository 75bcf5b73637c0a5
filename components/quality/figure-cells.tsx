import type { ReactNode } from "react";
import type { AgreementFigures } from "@/lib/agreement/agreement-figures";
import { alphaBandLabels, alphaBandOf, formatAlpha, formatShare } from "@/lib/agreement/describe-agreement";

export const tableCell = "border-b border-stone-200 px-3 py-2 align-top";
export const numberCell = `${tableCell} text-right tabular-nums`;

const reasonShort: Record<NonNullable<AgreementFigures["reason"]>, string> = {
  no_pairable_claims: "not enough ratings",
  single_rating: "one rating only",
};

/** Alpha with its band in words, or a dash and why not; the words carry it, never a colour alone. */
export function AlphaValue({ figures }: { figures: Pick<AgreementFigures, "alpha" | "reason"> }) {
  if (figures.alpha === null)
    return (
      <span className="text-stone-700">
        — <span className="text-xs">({reasonShort[figures.reason ?? "no_pairable_claims"]})</span>
      </span>
    );
  return (
    <span>
      <span className="font-semibold">{formatAlpha(figures.alpha)}</span>{" "}
      <span className="text-xs text-stone-700">{alphaBandLabels[alphaBandOf(figures.alpha)]}</span>
    </span>
  );
}

/** The raw agreement as a percentage, or a dash. */
export function ShareValue({ share }: { share: number | null }) {
  return <>{share === null ? "—" : formatShare(share)}</>;
}

/** A column heading; numeric columns are right-aligned, like their cells. */
export type Column = readonly [label: string, numeric?: "numeric"];

/** The tables' common frame: a caption for screen readers, column headings, then the rows. */
export function FiguresTable({
  caption,
  columns,
  testId,
  children,
}: {
  caption: string;
  columns: readonly Column[];
  testId: string;
  children: ReactNode;
}) {
  return (
    <table className="w-full border-collapse text-left text-sm" data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="text-stone-700">
          {columns.map(([label, numeric]) => (
            <th key={label} scope="col" className={numeric ? `${tableCell} text-right` : tableCell}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
