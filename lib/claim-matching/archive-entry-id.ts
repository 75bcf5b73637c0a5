/** How an archive entry is named in matches: the newsroom's approved claims and imported fact-checks. */
export const archiveEntryId = {
  claim: (id: string) => `claim:${id}`,
  factCheck: (id: string) => `fact-check:${id}`,
};

export type ParsedEntryId = { kind: "claim" | "fact-check"; id: string };

/** Ids are cuids: letters and digits, bounded so a hostile value is refused before any query. */
export const ARCHIVE_ENTRY_ID = /^(claim|fact-check):([a-zA-Z0-9]{1,64})$/;

export function parseArchiveEntryId(value: string): ParsedEntryId | null {
  const match = ARCHIVE_ENTRY_ID.exec(value);
  return match ? { kind: match[1] as ParsedEntryId["kind"], id: match[2]! } : null;
}

export const isArchiveEntryId = (value: string): boolean => parseArchiveEntryId(value) !== null;
