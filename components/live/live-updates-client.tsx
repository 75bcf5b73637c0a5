"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useLiveConnection } from "./use-live-connection";

interface LiveUpdatesClientProps {
  articleId: string | null;
  since: number;
  showPresence: boolean;
}

// Changes often come in bursts (a text revision orphans several claims): refresh once for all of them.
const REFRESH_DELAY_MS = 250;
const NOTICE_MS = 15_000;
const MAX_NOTICES = 3;

/**
 * Shows what others change, as it happens: the page's server data is
 * refreshed in place (router.refresh keeps every client component's state,
 * so an open, half-filled form keeps what was typed), and a short notice
 * says who changed what, in a polite live region that screen readers read
 * out. On the article page it also names the other people viewing it.
 */
export function LiveUpdatesClient({ articleId, since, showPresence }: LiveUpdatesClientProps) {
  const router = useRouter();
  const [notices, setNotices] = useState<string[]>([]);
  const [people, setPeople] = useState<string[]>([]);
  const refresh = useRef<ReturnType<typeof setTimeout> | null>(null);
  const clear = useRef<ReturnType<typeof setTimeout> | null>(null);

  const scheduleRefresh = () => {
    if (refresh.current) return;
    refresh.current = setTimeout(() => {
      refresh.current = null;
      router.refresh();
    }, REFRESH_DELAY_MS);
  };
  const announce = (text: string) => {
    setNotices((current) => [...current, text].slice(-MAX_NOTICES));
    if (clear.current) clearTimeout(clear.current);
    clear.current = setTimeout(() => setNotices([]), NOTICE_MS);
  };
  useEffect(
    () => () => {
      if (refresh.current) clearTimeout(refresh.current);
      if (clear.current) clearTimeout(clear.current);
    },
    [],
  );

  const state = useLiveConnection(
    { articleId, since, presence: showPresence },
    {
      onChange: (change) => {
        // Your own changes (from another tab) refresh the page quietly.
        if (!change.mine) announce(change.notice);
        scheduleRefresh();
      },
      onPresence: setPeople,
      onMessage: (message, kind) => {
        announce(message);
        if (kind === "reload") scheduleRefresh();
      },
    },
  );

  return (
    <div className="space-y-1 text-sm print:hidden" data-testid="live-updates">
      {showPresence ? (
        <p className="text-stone-700" data-testid="presence">
          {people.length > 0 ? `Also viewing: ${people.join(", ")}` : null}
        </p>
      ) : null}
      {state === "reconnecting" ? <p className="text-stone-700">Live updates paused: reconnecting…</p> : null}
      <div role="status" aria-live="polite" aria-atomic="true" data-testid="live-notice">
        {notices.length > 0 ? (
          <p className="rounded border border-sky-300 bg-sky-50 px-3 py-2 text-stone-900">
            <span className="font-semibold">Updated: </span>
            {notices.join(". ")}
          </p>
        ) : null}
      </div>
    </div>
  );
}
