import { z } from "zod";
import { dateTime } from "./common";

const revisionSummary = z.object({
  number: z.number().int().min(1),
  note: z.string().nullable().describe("What the editor said changed."),
  createdAt: dateTime,
  createdByName: z.string().nullable().describe("Null when the account was deleted."),
});

export const revisionListResponse = z.object({
  currentRevision: z.number().int().min(1),
  revisions: z.array(revisionSummary).describe("Newest first."),
});
export type RevisionListResponse = z.infer<typeof revisionListResponse>;

export const revisionResponse = z.object({
  revision: revisionSummary.extend({
    current: z.boolean(),
    text: z.string().describe("The canonical text of this revision: paragraphs separated by a blank line."),
  }),
});
export type RevisionResponse = z.infer<typeof revisionResponse>;
