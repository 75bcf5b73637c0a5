import type { QualityReport } from "@/lib/data/agreement/get-quality-report";
import {
  alphaBandLabels,
  alphaBandOf,
  formatAlpha,
  RELIABLE_ALPHA,
  TENTATIVE_ALPHA,
  type AlphaBand,
} from "@/lib/agreement/describe-agreement";
import { AlphaValue, FiguresTable, numberCell, ShareValue, tableCell, type Column } from "./figure-cells";

/*
 * Alpha per month as a server-rendered inline SVG bar chart: no script and
 * no chart library. Each bar has its value written above it, the 0.8 and
 * 0.667 thresholds are labelled lines, and the table after the chart gives
 * every figure with its band in words, so neither colour nor the picture is
 * ever the only signal. Months without a computable alpha show a dash.
 */

const LEFT = 56;
const TOP = 20;
const PLOT_HEIGHT = 160;
const COLUMN = 64;
const BAR = 30;
const BOTTOM = 40;

const bandColor: Record<AlphaBand, string> = {
  reliable: "#15803d",
  tentative: "#a16207",
  unreliable: "#b91c1c",
};

type Months = QualityReport["months"];

const columns: Column[] = [
  ["Month"],
  ["Alpha"],
  ["Raw agreement", "numeric"],
  ["Claims rated by two or more", "numeric"],
];

const monthLabel = (month: string, part: "month" | "year") =>
  new Date(`${month}-01T00:00:00Z`).toLocaleDateString("en", {
    timeZone: "UTC",
    ...(part === "month" ? { month: "short" } : { year: "numeric" }),
  });

const monthName = (month: string) => `${monthLabel(month, "month")} ${monthLabel(month, "year")}`;

function describeMonths(months: Months): string {
  return months
    .map(({ month, alpha }) =>
      alpha === null
        ? `${monthName(month)}: not computable`
        : `${monthName(month)}: ${formatAlpha(alpha)} (${alphaBandLabels[alphaBandOf(alpha)].toLowerCase()})`,
    )
    .join("; ");
}

export function AlphaByMonthChart({ months }: { months: Months }) {
  const lowest = Math.min(0, ...months.flatMap((m) => (m.alpha === null ? [] : [m.alpha])));
  const floor = Math.floor(lowest * 10) / 10;
  const y = (value: number) => TOP + ((1 - value) / (1 - floor)) * PLOT_HEIGHT;
  const width = LEFT + months.length * COLUMN + 8;
  const height = TOP + PLOT_HEIGHT + BOTTOM;
  const guides = [
    { value: 1, label: "1", dashed: false },
    { value: RELIABLE_ALPHA, label: "0.8", dashed: true },
    { value: TENTATIVE_ALPHA, label: "0.667", dashed: true },
    { value: 0, label: "0", dashed: false },
    ...(floor < 0 ? [{ value: floor, label: formatAlpha(floor).replace(/0+$/, ""), dashed: false }] : []),
  ];
  return (
    <figure className="rounded-lg border border-stone-200 bg-white p-3">
      <div className="overflow-x-auto">
        <svg
          role="img"
          aria-labelledby="alpha-chart-title alpha-chart-desc"
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          fontSize={12}
          fill="currentColor"
          className="text-stone-900"
          data-testid="alpha-chart"
        >
          <title id="alpha-chart-title">Krippendorff&apos;s alpha per month</title>
          <desc id="alpha-chart-desc">{describeMonths(months)}</desc>
          {guides.map((guide) => (
            <g key={guide.label}>
              <line
                x1={LEFT}
                x2={width - 8}
                y1={y(guide.value)}
                y2={y(guide.value)}
                stroke="#78716c"
                strokeDasharray={guide.dashed ? "4 3" : undefined}
              />
              <text x={LEFT - 6} y={y(guide.value)} textAnchor="end" dominantBaseline="middle">
                {guide.label}
              </text>
            </g>
          ))}
          {months.map(({ month, alpha }, index) => {
            const center = LEFT + index * COLUMN + COLUMN / 2;
            const top = alpha === null ? y(0) : Math.min(y(alpha), y(0));
            const barHeight = alpha === null ? 0 : Math.abs(y(alpha) - y(0));
            return (
              <g key={month} data-month={month}>
                {alpha === null ? null : (
                  <rect
                    x={center - BAR / 2}
                    y={top}
                    width={BAR}
                    height={Math.max(barHeight, 1)}
                    fill={bandColor[alphaBandOf(alpha)]}
                  />
                )}
                <text
                  x={center}
                  y={(alpha === null ? y(0) : top) - 5}
                  textAnchor="middle"
                  fontWeight="bold"
                  stroke="#ffffff"
                  strokeWidth={4}
                  paintOrder="stroke"
                >
                  {alpha === null ? "—" : formatAlpha(alpha)}
                </text>
                <text x={center} y={TOP + PLOT_HEIGHT + 16} textAnchor="middle">
                  {monthLabel(month, "month")}
                </text>
                <text x={center} y={TOP + PLOT_HEIGHT + 30} textAnchor="middle" className="text-stone-700">
                  {monthLabel(month, "year")}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="mt-2 text-sm text-stone-700">
        Bars are alpha per month; dashed lines mark 0.8 (reliable) and 0.667 (tentative). A dash means too few
        ratings that month. The table gives the same figures.
      </figcaption>
      <div className="mt-3 overflow-x-auto">
        <FiguresTable caption="Agreement per month" columns={columns} testId="alpha-by-month">
          {months.map((month) => (
            <tr key={month.month}>
              <th scope="row" className={`${tableCell} font-medium`}>
                {monthName(month.month)}
              </th>
              <td className={tableCell}>
                <AlphaValue figures={month} />
              </td>
              <td className={numberCell}>
                <ShareValue share={month.rawAgreement} />
              </td>
              <td className={numberCell}>{month.pairableClaims}</td>
            </tr>
          ))}
        </FiguresTable>
      </div>
    </figure>
  );
}
