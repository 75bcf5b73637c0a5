import { expect } from "vitest";

export interface SseEvent {
  id: string | null;
  event: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data, checked with toMatchObject
  data: any;
}

/**
 * Reads a Server-Sent Events body as it arrives, for tests: `next(type)`
 * waits for the next unread event of that type (failing after `timeoutMs`).
 */
export function readSse(body: ReadableStream<Uint8Array>, timeoutMs = 5_000) {
  const events: SseEvent[] = [];
  const comments: string[] = [];
  const consumed = new Set<SseEvent>();
  let waiters: Array<() => void> = [];
  let done = false;
  const notify = () => {
    const current = waiters;
    waiters = [];
    current.forEach((wake) => wake());
  };

  void (async () => {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for (;;) {
        const { value, done: ended } = await reader.read();
        if (ended) break;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          parseBlock(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
        notify();
      }
    } catch {
      // Aborted.
    }
    done = true;
    notify();
  })();

  function parseBlock(block: string) {
    const fields: Record<string, string> = {};
    for (const line of block.split("\n")) {
      if (line.startsWith(":")) comments.push(line.slice(1).trim());
      const match = /^(\w+): ?(.*)$/.exec(line);
      if (match) fields[match[1]!] = match[2]!;
    }
    if (fields.event)
      events.push({ id: fields.id ?? null, event: fields.event, data: JSON.parse(fields.data ?? "null") });
  }

  async function until<T>(find: () => T | undefined, what: string): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      if (done) expect.fail(`the stream ended before ${what}`);
      if (Date.now() > deadline) expect.fail(`no ${what} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  return {
    next: (type: string) =>
      until(() => {
        const event = events.find((candidate) => candidate.event === type && !consumed.has(candidate));
        if (event) consumed.add(event);
        return event;
      }, `"${type}" event`),
    waitForComment: (text: string) =>
      until(() => comments.find((comment) => comment === text), `": ${text}"`),
    closed: () => until(() => (done ? true : undefined), "end of the stream").catch(() => undefined),
    received: (type: string) => events.filter((event) => event.event === type),
  };
}
