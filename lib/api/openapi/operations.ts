import type { ApiOperation } from "./operation";
import { docsOperations } from "./paths/docs";
import { ratingOperations } from "./paths/ratings";
import { reportOperations } from "./paths/reports";
import { verdictOperations } from "./paths/verdicts";

/** Every `/api/v1` operation, in the order the documentation lists them. */
export const apiOperations: ApiOperation[] = [
  ...verdictOperations,
  ...reportOperations,
  ...ratingOperations,
  ...docsOperations,
];
