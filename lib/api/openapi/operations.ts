import type { ApiOperation } from "./operation";
import { articleOperations } from "./paths/articles";
import { claimOperations } from "./paths/claims";
import { meOperations } from "./paths/me";
import { docsOperations } from "./paths/docs";
import { ratingOperations } from "./paths/ratings";
import { reportOperations } from "./paths/reports";
import { revisionOperations } from "./paths/revisions";
import { tokenOperations } from "./paths/tokens";
import { verdictOperations } from "./paths/verdicts";

/** Every `/api/v1` operation, in the order the documentation lists them. */
export const apiOperations: ApiOperation[] = [
  ...articleOperations,
  ...revisionOperations,
  ...claimOperations,
  ...verdictOperations,
  ...reportOperations,
  ...ratingOperations,
  ...tokenOperations,
  ...meOperations,
  ...docsOperations,
];
