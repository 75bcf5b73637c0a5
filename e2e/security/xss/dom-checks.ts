import type { Frame, Page } from "@playwright/test";
import { markerPattern } from "./corpus";

export interface DomViolation {
  frame: string;
  rule: string;
  snippet: string;
}

/**
 * The second line of defence, independent of CSP: look at the DOM the page
 * ended up with and report anything a payload would need to run, whether or
 * not it ran. Runs inside the page, so it reads what the browser parsed
 * (entities decoded, URLs resolved and stripped as the browser does).
 */
function findViolations({ markerSource }: { markerSource: string }) {
  const marker = new RegExp(markerSource);
  const violations: Array<{ rule: string; snippet: string }> = [];
  const snippet = (element: Element) => element.outerHTML.slice(0, 240);
  const report = (rule: string, element: Element) => violations.push({ rule, snippet: snippet(element) });

  // React's own placeholder for a function form action; never user content.
  const frameworkJavascriptUrls = new Set([
    "javascript:throw new Error('React form unexpectedly submitted.')",
  ]);
  const urlAttributes = [
    "href",
    "src",
    "action",
    "formaction",
    "data",
    "poster",
    "background",
    "ping",
    "to",
    "from",
    "values",
    "codebase",
    "cite",
  ];
  const badProtocols = new Set(["javascript:", "data:", "vbscript:"]);
  function protocolOf(value: string): string | null {
    try {
      // The URL parser strips leading/trailing C0 controls and spaces and removes tabs and newlines, as navigation does.
      return new URL(value, document.baseURI).protocol.toLowerCase();
    } catch {
      const stripped = value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
      const match = /^([a-z][a-z0-9+.-]*:)/.exec(stripped);
      return match ? match[1]! : null;
    }
  }
  // A Next.js flight-data push is one JSON string literal: payload text inside it is data, not code.
  const flightPush =
    /^\s*\(?self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\)?\.push\((\[[\s\S]*\])\)\s*;?\s*$|^\s*self\.__next_f\.push\((\[[\s\S]*\])\)\s*;?\s*$/;
  function isDataOnlyScript(text: string): boolean {
    const match = flightPush.exec(text);
    if (!match) return false;
    try {
      const parsed: unknown = JSON.parse(match[1] ?? match[2]!);
      return (
        Array.isArray(parsed) && parsed.every((item) => typeof item === "number" || typeof item === "string")
      );
    } catch {
      return false;
    }
  }

  const roots: ParentNode[] = [document];
  for (const template of document.querySelectorAll("template")) roots.push(template.content);
  for (const root of roots) {
    for (const element of root.querySelectorAll("*")) {
      const tag = element.localName;
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.localName.toLowerCase();
        if (name.startsWith("on")) report(`event-handler attribute ${attribute.name}`, element);
        if (urlAttributes.includes(name) || name === "srcdoc" || name === "srcset") {
          const value = attribute.value;
          // A link to an http(s) address is allowed (it loads nothing); an attribute that loads is not.
          const loads = name !== "href" || !["a", "area"].includes(tag);
          if (loads && marker.test(value) && /\/hit\//.test(value))
            report(`${attribute.name} loads from the listener`, element);
          if (name === "srcdoc") report("srcdoc attribute", element);
          if (name === "srcset" || name === "srcdoc") continue;
          const protocol = protocolOf(value);
          if (protocol && badProtocols.has(protocol) && !frameworkJavascriptUrls.has(value.trim())) {
            report(`${attribute.name} with ${protocol} URL`, element);
          }
        }
        if (
          name === "style" &&
          /url\s*\(|expression\s*\(|javascript:|@import|behavio(u)?r\s*:|-moz-binding/i.test(attribute.value)
        ) {
          report("style attribute that loads or runs something", element);
        }
      }
      if (["iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal"].includes(tag)) {
        report(`<${tag}> element`, element);
      }
      if (tag === "meta" && /refresh/i.test(element.getAttribute("http-equiv") ?? ""))
        report("meta refresh", element);
      if (tag === "script") {
        const type = (element.getAttribute("type") ?? "").trim().toLowerCase();
        const text = element.textContent ?? "";
        if (type.includes("json")) {
          try {
            JSON.parse(text);
          } catch {
            report("JSON script that does not parse (broken out of, or truncated)", element);
          }
        } else if (marker.test(text) && !isDataOnlyScript(text)) {
          report("script element carrying a payload marker", element);
        }
      }
      if (tag === "style" && marker.test(element.textContent ?? ""))
        report("style element carrying a payload marker", element);
      if (tag === "link" && marker.test(element.getAttribute("href") ?? ""))
        report("link element carrying a payload marker", element);
    }
  }
  return violations;
}

/** Violations in every frame of the page (a payload could have made an iframe). */
export async function inspectDom(page: Page): Promise<DomViolation[]> {
  const all: DomViolation[] = [];
  for (const frame of page.frames()) {
    const found = await inspectFrame(frame);
    all.push(...found.map((violation) => ({ frame: frame.url() || "(about:blank)", ...violation })));
  }
  return all;
}

async function inspectFrame(frame: Frame) {
  try {
    return await frame.evaluate(findViolations, { markerSource: markerPattern.source });
  } catch (error) {
    // A frame a payload navigated or that closed mid-check is itself worth reporting.
    return [{ rule: "frame could not be inspected", snippet: String(error).slice(0, 200) }];
  }
}

/**
 * The page's text as a reader gets it: text nodes outside script, style and
 * template, whitespace collapsed. Payloads must show up here literally where
 * a field is displayed, so the test proves escaping, not deletion.
 */
export async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement?.closest("script, style, template, noscript")
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    const parts: string[] = [];
    while (walker.nextNode()) parts.push(walker.currentNode.nodeValue ?? "");
    return parts.join("");
  });
}

/** Whitespace collapsed and control characters dropped, the same way on both sides of a comparison. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
