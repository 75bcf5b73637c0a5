import {
  annotationOptionsResponse,
  annotationResponse,
  readOnlyRefusal,
} from "@/lib/annotation-protocol/annotation-response";
import { containerQuerySchema } from "@/lib/annotation-protocol/container-query";
import { containerPreferenceOf, hasContainerPreference } from "@/lib/annotation-protocol/prefer";
import { getPublicAnnotationContainer, getPublicAnnotationPage } from "@/lib/data/reports/public-annotations";
import { publicOrigin } from "@/lib/http/public-origin";
import { readQuery } from "@/lib/http/read-query";
import { errorResponse } from "@/lib/http/responses";

type Context = { params: Promise<{ id: string }> };

/** The published claims as a Web Annotation container, or one of its pages (`?page=N`). No sign-in; 404 when not published. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  try {
    const { id } = await params;
    const query = readQuery(request, containerQuerySchema);
    const prefer = request.headers.get("prefer");
    const options = { origin: publicOrigin(request) };
    if (query.page !== undefined) {
      const preference = query.iris === "1" ? "iris" : "descriptions";
      return annotationResponse(
        request,
        "page",
        await getPublicAnnotationPage(id, query.page, preference, options),
      );
    }
    const container = await getPublicAnnotationContainer(id, containerPreferenceOf(prefer), options);
    return annotationResponse(request, "container", container, {
      preferenceApplied: hasContainerPreference(prefer),
    });
  } catch (error) {
    return errorResponse(error);
  }
}

export const HEAD = GET;

export function OPTIONS(): Response {
  return annotationOptionsResponse("container");
}

/** Read only: the protocol's writes (POST to the container, PUT and DELETE on an annotation) are refused. */
export function POST(): Response {
  return readOnlyRefusal("container");
}

export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
