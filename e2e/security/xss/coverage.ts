import type { Payload } from "./corpus";

/**
 * Which payloads went into which field, by which path ("db": written with
 * Prisma, bypassing validation; "api": through the HTTP API). The summary
 * reports it, and the spec checks that every field got many payloads and
 * every payload landed in a field that some page displays.
 */
export class Coverage {
  private readonly placements = new Map<string, Set<number>>();

  /** Records that `field` (e.g. "article.title") holds `ids`, written by `path`. */
  add(path: "db" | "api", field: string, ids: readonly number[]) {
    const key = `${path}:${field}`;
    const set = this.placements.get(key) ?? new Set<number>();
    for (const id of ids) set.add(id);
    this.placements.set(key, set);
  }

  /** Logical fields ("article.title"), whatever the path. */
  fields(): string[] {
    return [...new Set([...this.placements.keys()].map((key) => key.slice(key.indexOf(":") + 1)))].sort();
  }

  idsIn(field: string): Set<number> {
    const ids = new Set<number>();
    for (const [key, set] of this.placements)
      if (key.endsWith(`:${field}`)) for (const id of set) ids.add(id);
    return ids;
  }

  placedIds(): Set<number> {
    const ids = new Set<number>();
    for (const set of this.placements.values()) for (const id of set) ids.add(id);
    return ids;
  }

  /** Total (field, payload) pairs over both paths. */
  placementCount(): number {
    let count = 0;
    for (const set of this.placements.values()) count += set.size;
    return count;
  }

  toJSON() {
    return Object.fromEntries([...this.placements].map(([key, set]) => [key, set.size]));
  }
}

export interface Packed {
  text: string;
  ids: number[];
}

/**
 * As many payloads as fit in `max` characters, starting at `start` and
 * wrapping around, separated by a space: how the API path gets many
 * payloads into each length-limited field. Payloads longer than `max` are
 * skipped; at least one payload always fits (the caller picks `max`).
 */
export function pack(payloads: readonly Payload[], max: number, start = 0): Packed {
  const ids: number[] = [];
  let text = "";
  for (let i = 0; i < payloads.length; i += 1) {
    const payload = payloads[(start + i) % payloads.length]!;
    const next = text ? `${text} ${payload.text}` : payload.text;
    if (next.trim().length > max || /^\s|\s$/.test(payload.text)) continue;
    text = next;
    ids.push(payload.id);
  }
  if (ids.length === 0) throw new Error(`No payload fits in ${max} characters`);
  return { text, ids };
}

/** Every payload in one value: the database path has no length limits. */
export function joinAll(payloads: readonly Payload[], separator = " ¦ "): Packed {
  return { text: payloads.map((payload) => payload.text).join(separator), ids: payloads.map((p) => p.id) };
}

/** The user fields issue 11 names: each must be filled, most with many payloads. */
export const REQUIRED_FIELDS = [
  "article.title",
  "article.byline",
  "article.dateline",
  "article.text",
  "claim.statement",
  "claim.claimant",
  "verdict.summary",
  "verdict.rationale",
  "source.url",
  "source.title",
  "source.publisher",
  "source.excerpt",
  "comment.body",
  "user.name",
  "rating.label",
] as const;
