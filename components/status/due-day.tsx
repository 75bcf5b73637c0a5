import { formatDueDay, isOverdue } from "@/lib/assignments/due-dates";

/**
 * A due day as the day itself (never shifted by time zone), said "Overdue"
 * in words once it has passed, bold and red as well, never colour alone.
 */
export function DueDay({ day, className }: { day: string; className?: string }) {
  const overdue = isOverdue(day, new Date());
  return (
    <span className={overdue ? "font-semibold text-red-800" : className} data-overdue={overdue}>
      {overdue ? "Overdue: was due " : "Due "}
      {formatDueDay(day)}
    </span>
  );
}
