"use client";

import { useEffect, useRef, useState } from "react";
import type { LiveChange } from "@/lib/live/live-message";

export type LiveConnectionState = "connecting" | "live" | "reconnecting" | "stopped";

export interface LiveHandlers {
  onChange(change: LiveChange): void;
  onPresence(names: string[]): void;
  /** The server asks for a full refresh (too much was missed), or ended the feed with a message. */
  onMessage(message: string, kind: "reload" | "signed-out"): void;
}

const MAX_RETRY_MS = 30_000;

/**
 * An EventSource on /api/v1/live. The browser reconnects on its own after a
 * dropped connection, sending Last-Event-ID; when it gives up (the server
 * answered with an error), this opens a new one after a growing pause,
 * resuming after the last event it saw.
 */
export function useLiveConnection(
  query: { articleId: string | null; since: number; presence: boolean },
  handlers: LiveHandlers,
): LiveConnectionState {
  const [state, setState] = useState<LiveConnectionState>("connecting");
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  const { articleId, presence } = query;
  // Only the first render's position counts: a refresh re-renders the page with a newer one,
  // and the open connection already carries on from there.
  const [since] = useState(query.since);

  useEffect(() => {
    let lastEventId = since;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let pause = 1_000;
    let stopped = false;

    const open = () => {
      const params = new URLSearchParams({ lastEventId: String(lastEventId) });
      if (articleId) params.set("articleId", articleId);
      if (presence) params.set("presence", "1");
      const current = new EventSource(`/api/v1/live?${params}`);
      source = current;
      current.onopen = () => {
        pause = 1_000;
        setState("live");
      };
      current.addEventListener("change", (event) => {
        lastEventId = Number(event.lastEventId) || lastEventId;
        latest.current.onChange(JSON.parse(event.data) as LiveChange);
      });
      current.addEventListener("presence", (event) => {
        const { people } = JSON.parse(event.data) as { people: Array<{ name: string }> };
        latest.current.onPresence(people.map((person) => person.name));
      });
      current.addEventListener("reload", (event) => {
        latest.current.onMessage((JSON.parse(event.data) as { message: string }).message, "reload");
      });
      current.addEventListener("signed-out", (event) => {
        stopped = true;
        current.close();
        setState("stopped");
        latest.current.onMessage((JSON.parse(event.data) as { message: string }).message, "signed-out");
      });
      current.onerror = () => {
        if (stopped) return;
        setState("reconnecting");
        if (current.readyState !== EventSource.CLOSED) return;
        retry = setTimeout(open, pause);
        pause = Math.min(pause * 2, MAX_RETRY_MS);
      };
    };

    open();
    return () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      source?.close();
    };
  }, [articleId, since, presence]);

  return state;
}
