import { EventEmitter } from "node:events";

/**
 * The in-process wake-up call for SQLite, where there is one app process and
 * no LISTEN/NOTIFY. It carries no event: recordAudit signals it before the
 * transaction commits, so listeners re-read LiveEvent rows rather than trust
 * a payload. Kept on globalThis so every server chunk shares one channel.
 */
const globalForChannel = globalThis as unknown as { liveLocalChannel?: EventEmitter };
const channel = (globalForChannel.liveLocalChannel ??= new EventEmitter().setMaxListeners(0));

const SIGNAL = "live";

/** Wakes this process's live hub with a signal (lib/live/live-signal.ts). */
export function signalLocal(payload: string): void {
  channel.emit(SIGNAL, payload);
}

/** Calls `listener` on every signal; returns the unsubscribe function. */
export function onLocalSignal(listener: (payload: string) => void): () => void {
  channel.on(SIGNAL, listener);
  return () => channel.off(SIGNAL, listener);
}
