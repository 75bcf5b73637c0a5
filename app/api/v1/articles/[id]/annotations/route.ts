import { z } from "zod";
import { importAnnotations } from "@/lib/data/claims/import-annotations";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/responses";

/** Imports W3C Web Annotations (JSON-LD) as claims on this article. */
export const POST = apiRoute<{ id: string }>(async (request, { params, user }) => {
  const outcome = await importAnnotations(user, params.id, await readJson(request, z.unknown()));
  return json({ outcome }, outcome.created.length > 0 ? 201 : 200);
});
