import { serverEnv } from "@/lib/config/env";
import {
  latestLiveSeq,
  listLiveEventsAfter,
  LIVE_PAGE_SIZE,
  pruneLiveEvents,
  type LiveEventRecord,
} from "@/lib/data/live/list-live-events";
import { prunePresence } from "@/lib/data/live/presence";
import { currentProvider } from "@/lib/db/dialect";
import { onLocalSignal } from "./local-channel";
import { parseSignal } from "./live-signal";
import { listenPostgres } from "./postgres-listener";

/** What one live connection hears: new events (of every article; it filters) and presence changes. */
export interface LiveListener {
  onEvents(events: LiveEventRecord[]): void;
  onPresence(articleId: string): void;
}

// SQLite signals before the commit: read again shortly after, once the row is surely visible.
const FOLLOW_UP_READ_MS = 200;
// A number skipped for this long belongs to a transaction that rolled back: stop waiting for it.
const GAP_WAIT_MS = 10_000;
// A safety net for a lost signal: read anyway this often while anyone listens.
const SAFETY_READ_MS = 30_000;
const PRUNE_EVERY_MS = 60 * 60_000;
const KEEP_LIVE_EVENTS_MS = 24 * 60 * 60_000;

/**
 * One per process: listens for live signals (PostgreSQL LISTEN, or the
 * in-process channel on SQLite), reads the new LiveEvent rows and hands them
 * to every listener. Signals are only wake-up calls; the rows are the truth.
 *
 * Sequence numbers are allotted at insert but committed in any order, so the
 * hub keeps a watermark (everything at or below it was delivered) plus the
 * numbers above it it already delivered, and waits a while for a missing one.
 */
class LiveHub {
  private listeners = new Set<LiveListener>();
  private watermark = 0;
  private deliveredAbove = new Set<number>();
  private missingSince = new Map<number, number>();
  private started: Promise<void> | null = null;
  private stopSource: (() => void) | null = null;
  private timers: Array<ReturnType<typeof setInterval>> = [];
  private reading: Promise<void> | null = null;
  private readAgain = false;

  /** Adds a listener, starting the hub on first use; resolves once it hears signals. */
  async subscribe(listener: LiveListener): Promise<() => void> {
    this.listeners.add(listener);
    await (this.started ??= this.start());
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** The newest delivered-or-skipped number: a connection without Last-Event-ID starts here. */
  get position(): number {
    return Math.max(this.watermark, ...this.deliveredAbove);
  }

  private async start(): Promise<void> {
    this.watermark = await latestLiveSeq();
    const onSignal = (payload: string) => this.handleSignal(payload);
    this.stopSource =
      currentProvider() === "postgresql"
        ? listenPostgres(serverEnv().DATABASE_URL, onSignal, () => this.wake())
        : onLocalSignal(onSignal);
    this.timers.push(
      unref(setInterval(() => this.listeners.size > 0 && this.wake(), SAFETY_READ_MS)),
      unref(setInterval(() => void this.prune(), PRUNE_EVERY_MS)),
    );
  }

  private handleSignal(payload: string) {
    const signal = parseSignal(payload);
    if (signal.kind === "presence") {
      for (const listener of this.listeners) listener.onPresence(signal.articleId);
      return;
    }
    this.wake();
    unref(setTimeout(() => this.wake(), FOLLOW_UP_READ_MS));
  }

  /** Reads new rows now, or right after the read in progress. */
  wake(): void {
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    this.reading = this.readNew()
      .catch((error: unknown) => console.error("Live updates: cannot read new events.", error))
      .finally(() => {
        this.reading = null;
        if (this.readAgain) {
          this.readAgain = false;
          this.wake();
        }
      });
  }

  private async readNew(): Promise<void> {
    for (;;) {
      const rows = await listLiveEventsAfter(this.watermark);
      const fresh = rows.filter((row) => !this.deliveredAbove.has(row.seq));
      for (const row of fresh) this.deliveredAbove.add(row.seq);
      this.advanceWatermark();
      if (fresh.length > 0) for (const listener of this.listeners) listener.onEvents(fresh);
      if (rows.length < LIVE_PAGE_SIZE) return;
    }
  }

  private advanceWatermark(now = Date.now()) {
    for (;;) {
      const next = this.watermark + 1;
      if (this.deliveredAbove.delete(next)) {
        this.missingSince.delete(next);
        this.watermark = next;
        continue;
      }
      if (this.deliveredAbove.size === 0) return;
      const since = this.missingSince.get(next) ?? now;
      this.missingSince.set(next, since);
      if (now - since < GAP_WAIT_MS) {
        if (since === now) unref(setTimeout(() => this.wake(), GAP_WAIT_MS));
        return;
      }
      this.missingSince.delete(next);
      this.watermark = next;
    }
  }

  private async prune() {
    try {
      await pruneLiveEvents(new Date(Date.now() - KEEP_LIVE_EVENTS_MS));
      await prunePresence();
    } catch (error) {
      console.error("Live updates: pruning failed.", error);
    }
  }

  /** Stops listening (tests; a process that shuts down simply exits). */
  stop(): void {
    this.stopSource?.();
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    this.started = null;
    this.listeners.clear();
  }
}

function unref<T extends ReturnType<typeof setTimeout>>(timer: T): T {
  timer.unref?.();
  return timer;
}

// Kept on globalThis: one hub (and one PostgreSQL listener) however many chunks load this module.
const globalForHub = globalThis as unknown as { liveHub?: LiveHub };

/** This process's live hub. */
export function liveHub(): LiveHub {
  return (globalForHub.liveHub ??= new LiveHub());
}
