import { Client } from "pg";
import { LIVE_CHANNEL } from "@/lib/db/dialect";

const MAX_BACKOFF_MS = 30_000;

/**
 * A dedicated PostgreSQL connection that LISTENs for live signals, so a
 * change committed through any app instance reaches this one. (A pooled
 * Prisma connection cannot hold a LISTEN.) On an error or a dropped
 * connection it reconnects with a growing pause, and calls `onConnected`
 * each time it is listening again, so the hub can read what it missed.
 * Returns a function that stops it.
 */
export function listenPostgres(
  connectionString: string,
  onSignal: (payload: string) => void,
  onConnected: () => void,
): () => void {
  let client: Client | null = null;
  let stopped = false;
  let backoff = 1_000;
  let retry: ReturnType<typeof setTimeout> | null = null;

  const scheduleReconnect = () => {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, backoff);
    retry.unref?.();
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
  };

  const drop = (current: Client) => {
    if (client !== current) return;
    client = null;
    current.removeAllListeners();
    current.on("error", () => undefined);
    void current.end().catch(() => undefined);
    scheduleReconnect();
  };

  const connect = async () => {
    const current = new Client({ connectionString });
    client = current;
    current.on("notification", (message) => {
      if (message.channel === LIVE_CHANNEL) onSignal(message.payload ?? "");
    });
    current.on("error", (error) => {
      console.error("Live updates: the PostgreSQL listener failed, reconnecting.", error.message);
      drop(current);
    });
    current.on("end", () => drop(current));
    try {
      await current.connect();
      await current.query(`LISTEN ${LIVE_CHANNEL}`);
      if (stopped) return void current.end().catch(() => undefined);
      backoff = 1_000;
      onConnected();
    } catch (error) {
      console.error("Live updates: cannot listen on PostgreSQL, retrying.", (error as Error).message);
      drop(current);
    }
  };

  void connect();
  return () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    const current = client;
    client = null;
    if (current) void current.end().catch(() => undefined);
  };
}
