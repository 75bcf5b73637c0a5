import { accountRows } from "./rows/accounts";
import { adminRows } from "./rows/admin";
import { articleRows } from "./rows/articles";
import { claimRows } from "./rows/claims";
import { factCheckRows } from "./rows/fact-checks";
import { reportRows } from "./rows/reports";
import { selfServiceRows } from "./rows/self-service";
import { suggestionRows } from "./rows/suggestions";
import { tokenAndMeRows } from "./rows/tokens-and-me";
import { verdictRows } from "./rows/verdicts";
import type { Scenario } from "./types";

/**
 * The permission matrix: for every /api/v1 operation (by operationId), who
 * may call it, what an allowed call answers, and a prepare() that makes each
 * cell its own fixtures. Callers who are not signed in get 401 from every
 * operation that is not public; signed-in callers the rule leaves out get
 * 403 (or the row's `refused`). The rows live in ./rows, one file per area.
 */
export const matrixTable: Scenario[] = [
  ...articleRows,
  ...suggestionRows,
  ...factCheckRows,
  ...claimRows,
  ...verdictRows,
  ...reportRows,
  ...adminRows,
  ...tokenAndMeRows,
  ...accountRows,
  ...selfServiceRows,
];
