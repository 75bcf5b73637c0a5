import { productionStartProblem } from "./production-checks";

/**
 * A production server refuses to start, with one clear line, without a
 * secret or while demo accounts with their published passwords exist and
 * the demo was not asked for.
 */
export async function runStartupChecks(env = process.env): Promise<void> {
  if (env.NODE_ENV !== "production") return;
  const problem = await productionStartProblem(env);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
