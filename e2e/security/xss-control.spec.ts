import { expect, test } from "@playwright/test";
import MarkdownIt from "markdown-it";
import { inspectDom } from "./xss/dom-checks";
import { startHitListener } from "./xss/listener";
import { buildPayloads, payloadIdsIn, type Payload } from "./xss/corpus";
import { XssWatch } from "./xss/watch";

/*
 * The positive control for xss.spec.ts: each payload embedded WITHOUT
 * escaping in the context it is written for (xss/payloads.ts), in the same
 * watched, CSP-bypassing Chromium context. Every payload must be caught,
 * by a runtime signal or by the DOM checks, so a quiet run of the real test
 * means the app escaped it, not that the detectors are blind. It also
 * proves each runtime detector (dialog, console, binding, listener) fires.
 */

// Raw Markdown the way a careless renderer takes it: HTML on, any link, images on.
const careless = new MarkdownIt({ html: true, linkify: true });
careless.validateLink = () => true;

function embedUnescaped(payload: Payload): string {
  const { text } = payload;
  switch (payload.context) {
    case "html":
      return `<div>${text}</div>`;
    case "attr":
      return `<div title="${text}">x</div>`;
    case "attr1":
      return `<div title='${text}'>x</div>`;
    case "url":
      return `<a href="${text}">link</a>`;
    case "css":
      return `<div style="color:${text}">x</div>`;
    case "script":
      return `<script>var s = "${text}";</script>`;
    case "template":
      return `<script>var t = \`${text}\`;</script>`;
    case "jsonld":
      // A second script after it: "<!--<script>" shows by swallowing that one's end tag.
      return `<script type="application/ld+json">{"claimReviewed":"${text}"}</script><script type="application/ld+json">{}</script>`;
    case "markdown":
      return careless.render(text);
  }
}

test("every payload is caught when a page embeds it unescaped", async ({ browser }) => {
  test.setTimeout(120_000);
  const listener = await startHitListener();
  const watch = new XssWatch(listener);
  const context = await watch.newContext(browser);
  const page = await context.newPage();
  const payloads = buildPayloads(listener.hitBase);
  const missed: number[] = [];
  for (const payload of payloads) {
    const label = `control ${payload.id}`;
    watch.during = label;
    await page.setContent(
      `<!doctype html><html><head><title>c</title></head><body>${embedUnescaped(payload)}</body></html>`,
    );
    await page.waitForLoadState("networkidle");
    const violations = await inspectDom(page);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    const signals = watch.signalsDuring(label);
    const caught =
      signals.some((signal) => signal.ids.includes(payload.id)) ||
      violations.some((violation) => payloadIdsIn(violation.snippet).includes(payload.id));
    if (!caught) missed.push(payload.id);
  }
  await context.close();
  await listener.close();
  expect(missed, "payloads no detector caught when unescaped").toEqual([]);
  const kinds = new Set(watch.signals.map((signal) => signal.kind));
  for (const kind of ["dialog", "console", "binding", "listener"] as const) {
    expect(kinds.has(kind), `the ${kind} detector fired at least once`).toBe(true);
  }
});
