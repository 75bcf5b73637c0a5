/** What `GET /api/health` answers: whether this instance can serve requests. */
export type Health =
  { status: "ok"; database: "up" } | { status: "unavailable"; database: "down"; message: string };

/** How long the database may take to answer before the instance counts as unavailable. */
export const HEALTH_TIMEOUT_MS = 2_000;

/**
 * Asks the database one trivial question (`ping`) and reports whether it
 * answered in time. A load balancer takes an instance out of rotation on
 * "unavailable"; the message says what an admin should look at.
 */
export async function checkHealth(
  ping: () => Promise<unknown>,
  timeoutMs = HEALTH_TIMEOUT_MS,
): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([ping(), timeout]);
    return { status: "ok", database: "up" };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return {
      status: "unavailable",
      database: "down",
      message: `The database does not answer (${reason}). Check that it is running and that DATABASE_URL points to it.`,
    };
  } finally {
    clearTimeout(timer);
  }
}
