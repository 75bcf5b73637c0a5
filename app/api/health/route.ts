import { pingDatabase } from "@/lib/data/health/ping-database";
import { checkHealth } from "@/lib/health/check-health";

/**
 * Liveness and readiness for load balancers and monitors: 200 when this
 * instance reaches its database, 503 otherwise. Public, and reveals nothing
 * but that.
 */
export async function GET() {
  const health = await checkHealth(pingDatabase);
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
