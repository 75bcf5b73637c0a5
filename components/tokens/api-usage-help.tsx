"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** How to call the API with a token, with this server's address once the page runs in the browser. */
export function ApiUsageHelp() {
  const origin = useSyncExternalStore(
    subscribe,
    () => window.location.origin,
    () => "https://<this server>",
  );
  return (
    <section aria-labelledby="api-usage-heading" className="space-y-2 text-stone-800">
      <h2 id="api-usage-heading" className="text-lg font-semibold">
        Using a token
      </h2>
      <p>
        Send the token in the <code>Authorization</code> header of each request. It acts as you, with your
        current role, so it can do what you can do in the app. Every endpoint is described in the{" "}
        <a href="/api-docs" className="text-blue-800 underline underline-offset-2 hover:text-blue-900">
          API docs
        </a>
        . For example, to see who the token belongs to:
      </p>
      <pre className="rounded border border-stone-200 bg-stone-50 p-3 text-sm break-all whitespace-pre-wrap">
        <code>{`curl -H "Authorization: Bearer <token>" ${origin}/api/v1/me`}</code>
      </pre>
    </section>
  );
}
