import { ATOM_FEED_PATH, JSON_FEED_PATH } from "@/lib/report/public-paths";
import type { FeedEntry } from "./feed-entry";

/** What both feeds say about themselves. */
export interface FeedChannel {
  title: string;
  description: string;
  homePageUrl: string;
  atomUrl: string;
  jsonUrl: string;
  author: { name: string; url: string | null };
  /** The newest entry's update, or null for an empty feed. */
  updated: string | null;
}

/** The feeds of `organization`'s published fact-checks, served from `origin`. */
export function feedChannel(
  organization: { name: string; url: string | null },
  origin: string,
  entries: readonly FeedEntry[],
): FeedChannel {
  const updated = entries.reduce<string | null>(
    (latest, entry) => (latest === null || entry.updated > latest ? entry.updated : latest),
    null,
  );
  return {
    title: `${organization.name}: published fact-checks`,
    description: `Fact-check reports published by ${organization.name}, newest first.`,
    homePageUrl: origin,
    atomUrl: `${origin}${ATOM_FEED_PATH}`,
    jsonUrl: `${origin}${JSON_FEED_PATH}`,
    author: organization,
    updated,
  };
}
