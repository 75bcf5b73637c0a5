import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

/**
 * Refuses a label that another rating already has (ignoring case), or whose
 * key another rating already uses, as a field error on the label. Retired
 * ratings count: restoring one must not give the scale two "False"s.
 */
export async function assertLabelAvailable(
  tx: Tx,
  label: string,
  options: { key?: string; exceptId?: string },
): Promise<void> {
  const others = await tx.rating.findMany({
    where: options.exceptId ? { id: { not: options.exceptId } } : {},
    select: { key: true, label: true, retiredAt: true },
  });
  const clash = others.find(
    (other) => other.label.toLowerCase() === label.toLowerCase() || other.key === options.key,
  );
  if (!clash) return;
  const message = clash.retiredAt
    ? `There is a retired rating called “${clash.label}”. Restore it, or pick another label.`
    : `There is already a rating called “${clash.label}”. Pick another label.`;
  throw new AppError("VALIDATION", message, { fields: { label: message } });
}
