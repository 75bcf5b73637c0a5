import {
  annotationOptionsResponse,
  annotationResponse,
  readOnlyRefusal,
} from "@/lib/annotation-protocol/annotation-response";
import { claimNumberOf } from "@/lib/annotation-protocol/container-query";
import { getPublicAnnotation } from "@/lib/data/reports/public-annotations";
import { publicOrigin } from "@/lib/http/public-origin";
import { errorResponse } from "@/lib/http/responses";

type Context = { params: Promise<{ id: string; number: string }> };

/** One published claim as a Web Annotation. No sign-in; 404 when not published or not in the publication. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  try {
    const { id, number } = await params;
    const claimNumber = claimNumberOf(number);
    const annotation = claimNumber ? await getPublicAnnotation(id, claimNumber, publicOrigin(request)) : null;
    return annotationResponse(request, "annotation", annotation);
  } catch (error) {
    return errorResponse(error);
  }
}

export const HEAD = GET;

export function OPTIONS(): Response {
  return annotationOptionsResponse("annotation");
}

/** Read only: the protocol's writes (POST to the container, PUT and DELETE on an annotation) are refused. */
export function POST(): Response {
  return readOnlyRefusal("annotation");
}

export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
