import type { ClaimStatus } from "@/lib/review/claim-status";

/**
 * Tailwind classes per status. Badge text colours pass WCAG AA on their
 * backgrounds; highlight underline styles differ per status so the text view
 * does not rely on colour alone.
 */
export const statusStyle: Record<
  ClaimStatus,
  { badge: string; bar: string; mark: string; selectedMark: string }
> = {
  needs_verdict: {
    badge: "bg-slate-100 text-slate-800 ring-slate-300",
    bar: "bg-slate-400",
    mark: "bg-slate-200/80 decoration-slate-600 decoration-dotted",
    selectedMark: "#334155",
  },
  in_review: {
    badge: "bg-sky-100 text-sky-900 ring-sky-300",
    bar: "bg-sky-600",
    mark: "bg-sky-100 decoration-sky-700 decoration-dashed",
    selectedMark: "#0369a1",
  },
  changes_requested: {
    badge: "bg-amber-100 text-amber-900 ring-amber-300",
    bar: "bg-amber-500",
    mark: "bg-amber-100 decoration-amber-700 decoration-wavy",
    selectedMark: "#b45309",
  },
  disputed: {
    badge: "bg-rose-100 text-rose-900 ring-rose-300",
    bar: "bg-rose-600",
    mark: "bg-rose-100 decoration-rose-700 decoration-double",
    selectedMark: "#be123c",
  },
  approved: {
    badge: "bg-emerald-100 text-emerald-900 ring-emerald-300",
    bar: "bg-emerald-600",
    mark: "bg-emerald-100 decoration-emerald-700 decoration-solid",
    selectedMark: "#047857",
  },
  dismissed: {
    badge: "bg-zinc-100 text-zinc-700 ring-zinc-300",
    bar: "bg-zinc-300",
    mark: "bg-zinc-100 decoration-zinc-400 decoration-dotted",
    selectedMark: "#52525b",
  },
};
