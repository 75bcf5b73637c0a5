import type { Browser, BrowserContext, Page } from "@playwright/test";
import type { HitListener } from "./listener";
import { payloadIdsIn } from "./corpus";

export type SignalKind = "dialog" | "console" | "binding" | "request" | "listener" | "navigation";

export interface Signal {
  kind: SignalKind;
  /** The page (or export) being looked at when the signal came. */
  during: string;
  detail: string;
  ids: number[];
}

/**
 * Runtime signals that a payload ran: dialogs, `XSS-MARKER-` console lines,
 * calls to `window.__xss`, and requests to the hit listener (seen by the
 * browser and by the listener itself). Contexts are made with bypassCSP, so
 * a payload that escaped the renderer really runs: the test then catches an
 * escaping bug even where the app's CSP would have blocked it.
 */
export class XssWatch {
  readonly signals: Signal[] = [];
  during = "setup";
  private listenerSeen = 0;

  constructor(private readonly listener: HitListener) {}

  private record(kind: SignalKind, detail: string) {
    this.signals.push({ kind, during: this.during, detail: detail.slice(0, 300), ids: payloadIdsIn(detail) });
  }

  /** A fresh context that reports every signal, optionally with a signed-in storage state. */
  async newContext(browser: Browser, options: { storageState?: string } = {}): Promise<BrowserContext> {
    const context = await browser.newContext({ bypassCSP: true, ...options });
    await context.exposeBinding("__xss", (_source, id: unknown) =>
      this.record("binding", `__xss(${String(id)})`),
    );
    context.on("page", (page) => this.watchPage(page));
    context.on("request", (request) => {
      if (request.url().startsWith(this.listener.origin)) this.record("request", request.url());
    });
    return context;
  }

  private watchPage(page: Page) {
    page.on("dialog", (dialog) => {
      this.record("dialog", `${dialog.type()}(${dialog.message()})`);
      void dialog.dismiss().catch(() => undefined);
    });
    page.on("console", (message) => {
      if (message.text().includes("XSS-MARKER-")) this.record("console", message.text());
    });
    page.on("framenavigated", (frame) => {
      // A payload that navigates a frame to javascript:/data: or to the listener.
      if (/^(javascript|data|vbscript):/i.test(frame.url())) this.record("navigation", frame.url());
    });
  }

  /** Moves new listener hits (which arrive on another socket) into the signals. */
  collectListenerHits() {
    for (const path of this.listener.hits.slice(this.listenerSeen)) this.record("listener", path);
    this.listenerSeen = this.listener.hits.length;
  }

  /** Signals recorded while looking at `label`. */
  signalsDuring(label: string): Signal[] {
    this.collectListenerHits();
    return this.signals.filter((signal) => signal.during === label);
  }
}
