import { randomUUID } from "node:crypto";
import type { SessionUser } from "@/lib/auth/roles";
import { listLiveEventsAfter, LIVE_PAGE_SIZE, type LiveEventRecord } from "@/lib/data/live/list-live-events";
import { joinPresence, leavePresence, listPresentUsers, touchPresence } from "@/lib/data/live/presence";
import { liveHub } from "./live-hub";
import { mayHear, toLiveChange } from "./live-message";
import { sseComment, sseMessage, sseRetry } from "./sse-format";

export interface LiveStreamOptions {
  user: SessionUser;
  /** The caller again, on each heartbeat: null once their session ended or token was revoked. */
  recheckUser: () => Promise<SessionUser | null>;
  /** One article, or null for every article the user may see. */
  articleId: string | null;
  /** Count this connection as viewing the article and send who else is. */
  presence: boolean;
  /** Replay the events numbered after this one first (Last-Event-ID), or null for only new ones. */
  lastEventId: number | null;
  /** Aborted when the client goes away. */
  signal: AbortSignal;
  heartbeatMs?: number;
}

export const HEARTBEAT_MS = 15_000;
const RETRY_MS = 3_000;
// A browser that was away so long it missed more than this reloads instead of replaying.
const MAX_REPLAY = 5 * LIVE_PAGE_SIZE;
// Numbers already sent, so the live feed and a replay never send one twice; old ones are forgotten.
const SENT_MEMORY = 2_000;

/**
 * The body of a live connection: `change` events (id = LiveEvent seq) for
 * what the user may see, `presence` events naming the other viewers, a
 * comment every heartbeat, and `signed-out` before closing when the caller's
 * session or token stops being valid. Cleans up when the client aborts.
 */
export function openLiveStream(options: LiveStreamOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const connectionId = randomUUID();
  const { articleId, signal } = options;
  const tracksPresence = options.presence && articleId !== null;
  let user = options.user;
  let closed = false;
  let replaying = true;
  const queued: LiveEventRecord[] = [];
  const sent = new Set<number>();
  let lastPresence = "";
  let unsubscribe: (() => void) | null = null;
  let heartbeat: ReturnType<typeof setInterval> | null = null;
  let controller!: ReadableStreamDefaultController<Uint8Array>;

  const write = (text: string) => {
    if (closed) return;
    try {
      controller.enqueue(encoder.encode(text));
    } catch {
      void close();
    }
  };

  const sendEvents = (events: LiveEventRecord[]) => {
    for (const event of events) {
      if (sent.has(event.seq) || !mayHear(user, articleId, event)) continue;
      sent.add(event.seq);
      if (sent.size > SENT_MEMORY) sent.delete(sent.values().next().value!);
      write(sseMessage("change", toLiveChange(user, event, articleId === null), event.seq));
    }
  };

  const sendPresence = async () => {
    if (!tracksPresence || closed) return;
    const people = (await listPresentUsers(articleId)).filter((person) => person.userId !== user.id);
    const text = JSON.stringify(people);
    if (text === lastPresence) return;
    lastPresence = text;
    write(sseMessage("presence", { articleId, people: people.map((person) => ({ name: person.name })) }));
  };

  const replay = async (after: number): Promise<boolean> => {
    let position = after;
    for (let count = 0; count < MAX_REPLAY;) {
      const page = await listLiveEventsAfter(position, { articleId: articleId ?? undefined });
      sendEvents(page);
      count += page.length;
      if (page.length < LIVE_PAGE_SIZE) return true;
      position = page[page.length - 1]!.seq;
    }
    return false;
  };

  const beat = async () => {
    write(sseComment("heartbeat"));
    const current = await options.recheckUser();
    if (!current) {
      write(sseMessage("signed-out", { message: "Your session ended. Sign in again to see live updates." }));
      return close();
    }
    user = current;
    if (tracksPresence) {
      await touchPresence(connectionId, user.id, articleId);
      await sendPresence();
    }
  };

  const close = async () => {
    if (closed) return;
    closed = true;
    if (heartbeat) clearInterval(heartbeat);
    unsubscribe?.();
    try {
      controller.close();
    } catch {
      // Already closed by the client.
    }
    if (tracksPresence) await leavePresence(connectionId, articleId).catch(() => undefined);
  };

  const start = async () => {
    write(sseRetry(RETRY_MS));
    unsubscribe = await liveHub().subscribe({
      onEvents: (events) => (replaying ? queued.push(...events) : sendEvents(events)),
      onPresence: (changed) => {
        if (changed === articleId) void sendPresence().catch(() => undefined);
      },
    });
    if (closed) return unsubscribe();
    if (options.lastEventId !== null && !(await replay(options.lastEventId))) {
      write(
        sseMessage("reload", { message: "Many things changed while you were away. Reload to see them." }),
      );
    }
    replaying = false;
    sendEvents(queued.splice(0));
    if (tracksPresence) {
      await joinPresence(connectionId, user.id, articleId);
      // The client may have gone while the row was written, after close() removed it.
      if (closed) return leavePresence(connectionId, articleId);
    }
    await sendPresence();
    write(sseComment("ready"));
    heartbeat = setInterval(() => {
      beat().catch((error: unknown) => {
        console.error("Live updates: heartbeat failed.", error);
      });
    }, options.heartbeatMs ?? HEARTBEAT_MS);
  };

  return new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
      if (signal.aborted) return void close();
      signal.addEventListener("abort", () => void close(), { once: true });
      start().catch((error: unknown) => {
        console.error("Live updates: the connection failed.", error);
        void close();
      });
    },
    cancel() {
      return close();
    },
  });
}
