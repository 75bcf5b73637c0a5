import type { ApiOperation } from "./operation";
import { accountOperations } from "./paths/account";
import { articleOperations } from "./paths/articles";
import { assignmentOperations } from "./paths/assignments";
import { claimOperations } from "./paths/claims";
import { liveOperations } from "./paths/live";
import { matchOperations } from "./paths/matches";
import { meOperations } from "./paths/me";
import { docsOperations } from "./paths/docs";
import { factCheckOperations } from "./paths/fact-checks";
import { ratingOperations } from "./paths/ratings";
import { reportOperations } from "./paths/reports";
import { revisionOperations } from "./paths/revisions";
import { setupOperations } from "./paths/setup";
import { suggestionOperations } from "./paths/suggestions";
import { tokenOperations } from "./paths/tokens";
import { userOperations } from "./paths/users";
import { verdictOperations } from "./paths/verdicts";

/** Every `/api/v1` operation, in the order the documentation lists them. */
export const apiOperations: ApiOperation[] = [
  ...articleOperations,
  ...revisionOperations,
  ...suggestionOperations,
  ...claimOperations,
  ...assignmentOperations,
  ...verdictOperations,
  ...reportOperations,
  ...factCheckOperations,
  ...matchOperations,
  ...ratingOperations,
  ...tokenOperations,
  ...userOperations,
  ...meOperations,
  ...liveOperations,
  ...accountOperations,
  ...setupOperations,
  ...docsOperations,
];
