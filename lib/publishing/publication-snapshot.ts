import type { ReportCorrection, ReportModel } from "../report/report-model";
import { sortClaimsIntoSections } from "../report/report-sections";

/*
 * What a published version freezes, as plain data: the report model with
 * the editor's choices applied. Publishing and its preview both go through
 * here, so the preview cannot show anything the publication would not.
 */

export interface PublishChoices {
  /** List the claims not yet checked on the public pages (off unless asked for). */
  includePending: boolean;
  /** A correction note for this version (plain text), or null. */
  correction: string | null;
}

/**
 * The snapshot of one version. Without includePending the claims not yet
 * checked are dropped from the model entirely, so no public page, feed or
 * JSON-LD built from it can mention them. The corrections so far are kept
 * with each version, so an older version still shows the ones it had.
 */
export function toPublicationSnapshot(
  model: ReportModel,
  choices: PublishChoices,
  earlierCorrections: ReportCorrection[],
): ReportModel {
  if (!model.publication) throw new Error("A publication snapshot needs the publication it belongs to.");
  const left = new Set(choices.includePending ? [] : sortClaimsIntoSections(model).notYetChecked);
  const at = model.publication.publishedAt;
  const corrections = choices.correction
    ? [...earlierCorrections, { at, note: choices.correction }]
    : earlierCorrections;
  return {
    ...model,
    // The snapshot is generated when it is published: the preview and the page then agree on its date.
    generatedAt: at,
    publication: { ...model.publication, includesPending: choices.includePending, corrections },
    claims: model.claims.filter((claim) => !left.has(claim)),
  };
}

/** The corrections an earlier snapshot carried ([] for none, or for one from before corrections existed). */
export function correctionsOf(snapshot: string | null): ReportCorrection[] {
  if (!snapshot) return [];
  const model = JSON.parse(snapshot) as Partial<ReportModel>;
  return model.publication?.corrections ?? [];
}

/** Whether a snapshot lists claims not yet checked (old snapshots did, always). */
export function includesPending(model: Pick<ReportModel, "publication">): boolean {
  return model.publication?.includesPending ?? true;
}
