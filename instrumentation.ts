/**
 * Runs once when the server starts: the start-up checks and notices in
 * lib/startup (Node.js only; they read the database).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { runStartupChecks } = await import("@/lib/startup/run-startup-checks");
  await runStartupChecks();
}
