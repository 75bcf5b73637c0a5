/**
 * Server-Sent Events framing (https://html.spec.whatwg.org/multipage/server-sent-events.html).
 * Data is one line of JSON, so it never needs splitting across `data:` lines.
 */
export function sseMessage(event: string, data: unknown, id?: number): string {
  return `${id === undefined ? "" : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A comment line: ignored by EventSource, it keeps proxies from closing an idle connection. */
export const sseComment = (text: string): string => `: ${text}\n\n`;

/** How long a browser waits before reconnecting after the connection drops. */
export const sseRetry = (ms: number): string => `retry: ${ms}\n\n`;
