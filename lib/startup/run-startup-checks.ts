import { missingAppUrlWarning, readAppUrl } from "@/lib/config/app-url";
import { productionStartProblem } from "./production-checks";
import { setupLinkNotice } from "./setup-link-notice";

/**
 * Runs once per server start. A production server refuses to start, with
 * one clear line, without a secret or while demo accounts with their
 * published passwords exist and the demo was not asked for, and warns once
 * when APP_URL is unset (links then follow each request). Then, in every
 * mode, a database without any user gets a setup link in the log.
 */
export async function runStartupChecks(env = process.env): Promise<void> {
  if (env.NODE_ENV === "production") {
    const problem = await productionStartProblem(env);
    if (problem) {
      console.error(problem);
      process.exit(1);
    }
    if (!readAppUrl(env)) console.warn(missingAppUrlWarning);
  }
  const notice = await setupLinkNotice(env);
  if (notice) console.log(notice);
}
