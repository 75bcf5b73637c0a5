import type { ContainerPreference } from "@/lib/report/render-w3c-container";

/*
 * The container preferences of the Web Annotation Protocol (section 5.3),
 * sent as `Prefer: return=representation;include="<iri> <iri>"`. Minimal
 * wins over IRIs, IRIs over full descriptions (the default), because a
 * client that asks for less does not want more.
 */

export const PREFER_IRIS = {
  minimal: "http://www.w3.org/ns/ldp#PreferMinimalContainer",
  iris: "http://www.w3.org/ns/oa#PreferContainedIRIs",
  descriptions: "http://www.w3.org/ns/oa#PreferContainedDescriptions",
} as const;

/** The IRIs in every `include="…"` parameter of a Prefer header. */
function includedIris(prefer: string): string[] {
  return [...prefer.matchAll(/include\s*=\s*"([^"]*)"/gi)].flatMap((match) =>
    (match[1] ?? "").split(/\s+/).filter(Boolean),
  );
}

/** The container representation a Prefer header asks for; full descriptions without one. */
export function containerPreferenceOf(prefer: string | null): ContainerPreference {
  const included = includedIris(prefer ?? "");
  if (included.includes(PREFER_IRIS.minimal)) return "minimal";
  if (included.includes(PREFER_IRIS.iris)) return "iris";
  return "descriptions";
}

/** True when the header asked for any container preference, so the answer says it was applied. */
export function hasContainerPreference(prefer: string | null): boolean {
  return includedIris(prefer ?? "").some((iri) => (Object.values(PREFER_IRIS) as string[]).includes(iri));
}
