import { getPublishedReport } from "@/lib/data/reports/publications";
import { embedTargetOf } from "@/lib/embed/embed-target";
import { isEmbeddable, oembedResponse, readOembedQuery, XML_NOT_SUPPORTED } from "@/lib/embed/oembed";
import { publicApiRoute } from "@/lib/http/api-route";
import { publicOrigin } from "@/lib/http/public-origin";
import { readQueryParams } from "@/lib/http/read-query";
import { AppError } from "@/lib/errors/app-error";

const NOT_FOUND = "There is no published fact-check at that address on this site.";

/** oEmbed (https://oembed.com) for the published reports, their annotated articles and claim cards. No sign-in. */
export const GET = publicApiRoute(async (request) => {
  const query = readOembedQuery(readQueryParams(request));
  if (query.format !== undefined && query.format !== "json") {
    throw new AppError("NOT_IMPLEMENTED", XML_NOT_SUPPORTED);
  }
  const origin = publicOrigin(request);
  const target = embedTargetOf(query.url, origin);
  const published = target ? await getPublishedReport(target.articleId, origin) : null;
  if (!target || !published || !isEmbeddable(published.model, target))
    throw new AppError("NOT_FOUND", NOT_FOUND);
  const answer = oembedResponse(published.model, target, {
    origin,
    maxWidth: query.maxwidth,
    maxHeight: query.maxheight,
  });
  return Response.json(answer, {
    headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  });
});
