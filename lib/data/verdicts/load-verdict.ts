import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

/** The verdict with its claim, or NOT_FOUND. */
export async function loadVerdict(tx: Tx, verdictId: string) {
  const verdict = await tx.verdict.findUnique({ where: { id: verdictId }, include: { claim: true } });
  if (!verdict)
    throw new AppError("NOT_FOUND", "That verdict does not exist. Its claim may have been deleted.");
  return verdict;
}

/**
 * Bumps the verdict's lock version if it is still the one the caller saw.
 * Every change to a verdict (revision, submission, review) goes through
 * this, so two people acting on the same verdict at once cannot both win:
 * the second gets CONFLICT with the current state and loses nothing.
 */
export async function claimVerdictLock(tx: Tx, verdictId: string, baseVersion: number): Promise<void> {
  const bumped = await tx.verdict.updateMany({
    where: { id: verdictId, lockVersion: baseVersion },
    data: { lockVersion: { increment: 1 } },
  });
  if (bumped.count === 1) return;
  const current = await tx.verdict.findUnique({
    where: { id: verdictId },
    select: { lockVersion: true, currentVersion: true, state: true },
  });
  throw new AppError(
    "CONFLICT",
    "This verdict changed while you were looking at it. The page now shows the current version; your text is still in the form if you want to apply it again.",
    { current },
  );
}
