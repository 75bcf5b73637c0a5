import { escapeHtml } from "@/lib/report/escape";
import { embedPath, type EmbedTarget } from "./embed-target";

/** Default iframe sizes in CSS pixels: the annotated article is a long read, a claim card a short box. */
export const ARTICLE_FRAME = { width: 640, height: 800 } as const;
export const CLAIM_CARD_FRAME = { width: 560, height: 420 } as const;

export interface EmbedFrame {
  src: string;
  title: string;
  width: number;
  height: number;
}

/**
 * The iframe for `target` on `origin`, no larger than maxWidth × maxHeight
 * (oEmbed's maxwidth/maxheight; the page reflows to any width).
 */
export function embedFrame(
  target: EmbedTarget,
  {
    origin,
    articleTitle,
    maxWidth,
    maxHeight,
  }: {
    origin: string;
    articleTitle: string;
    maxWidth?: number;
    maxHeight?: number;
  },
): EmbedFrame {
  const size = target.claimNumber === null ? ARTICLE_FRAME : CLAIM_CARD_FRAME;
  const title =
    target.claimNumber === null
      ? `Fact-check: ${articleTitle}`
      : `Fact-check of claim ${target.claimNumber} in: ${articleTitle}`;
  return {
    src: `${origin}${embedPath(target)}`,
    title,
    width: Math.min(size.width, maxWidth ?? Infinity),
    height: Math.min(size.height, maxHeight ?? Infinity),
  };
}

/**
 * The snippet a newsroom pastes: every value escaped and double-quoted. The
 * sandbox runs no script (the page has none) and gives the frame an opaque
 * origin; links may still open in a new tab or, on a click, in the host page.
 */
export function embedFrameHtml({ src, title, width, height }: EmbedFrame): string {
  const attributes: Array<[string, string]> = [
    ["src", src],
    ["title", title],
    ["width", String(width)],
    ["height", String(height)],
    ["loading", "lazy"],
    ["referrerpolicy", "strict-origin-when-cross-origin"],
    ["sandbox", "allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"],
    ["style", "border:0;max-width:100%"],
  ];
  return `<iframe ${attributes.map(([name, value]) => `${name}="${escapeHtml(value)}"`).join(" ")}></iframe>`;
}
