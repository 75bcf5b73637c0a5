import { z } from "zod";
import {
  annotationImportResponse,
  importPreviewResponse,
  publicationResponse,
} from "@/lib/api/schemas/report";
import { publicationPreviewResponse } from "@/lib/api/schemas/publication-preview";
import { importPreviewSchema } from "@/lib/schemas/article";
import { publishRequestSchema } from "@/lib/schemas/publication";
import { reportQuerySchema } from "@/lib/schemas/report";
import { W3C_ANNOTATION_MEDIA_TYPE } from "@/lib/report/render-w3c";
import type { ApiOperation } from "../operation";

export const reportOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/articles/{id}/report",
    operationId: "downloadReport",
    tag: "Reports",
    summary: "Download the fact-check report",
    description:
      "One file per format: `html` (self-contained page), `pdf`, `md` (Markdown), `json` (versioned report schema), `csv` (one row per claim), `claimreview` (schema.org ClaimReview JSON-LD) and `w3c` (W3C Web Annotations: a claim in the live publication has its public, dereferenceable id `/public/reports/{id}/annotations/{n}`, every other claim a fragment of this download; each verdict also has tagging bodies with the rating, `rating:{key}`, `claimant:{name}` and `claim-type:{type}`, which the import reads back). Markdown takes `frontMatter=1` for a YAML header. Dismissed claims never appear. PDF needs Chromium on the server; without it the answer is 503 saying what to install.",
    allowed: "everyone signed in",
    query: reportQuerySchema,
    responses: {
      200: {
        description: "The report file, as an attachment.",
        contentType: "text/html",
        alsoContentTypes: [
          "application/pdf",
          "text/markdown",
          "application/json",
          "text/csv",
          "application/ld+json",
          W3C_ANNOTATION_MEDIA_TYPE.split(";")[0] ?? "application/ld+json",
        ],
        headers: { "Content-Disposition": "attachment; filename=…" },
      },
    },
    errors: [404, 422, 503],
  },
  {
    method: "post",
    path: "/articles/{id}/publications",
    operationId: "publishReport",
    tag: "Reports",
    summary: "Publish the report",
    description:
      'Freezes the report as a new public version at `/public/reports/{id}` (no sign-in), with the ClaimReview JSON-LD embedded. Older versions are marked superseded. The body is optional: without one (or without `includePending`) the claims not yet checked are left out of the published version entirely. A `correction` is shown as "Corrected on <date>: <note>" at the top of this version and every later one. Preview first with `POST /articles/{id}/publications/preview`; send the previewed version as `expectedVersion` to get 409 rather than another version if someone published meanwhile.',
    allowed: "editors and admins",
    body: publishRequestSchema,
    bodyOptional: true,
    responses: {
      201: {
        description: "The published version.",
        schema: publicationResponse,
        headers: { Location: "The public report." },
      },
    },
    errors: [403, 404, 409, 422],
  },
  {
    method: "post",
    path: "/articles/{id}/publications/preview",
    operationId: "previewPublication",
    tag: "Reports",
    summary: "Preview the public report before publishing",
    description:
      "Takes the same body as publishing and writes nothing. Answers with the public report page that publishing with those choices now would serve, byte for byte (the dates are those of the moment of the preview).",
    allowed: "editors and admins",
    body: publishRequestSchema,
    bodyOptional: true,
    responses: {
      200: { description: "The page that would be published.", schema: publicationPreviewResponse },
    },
    errors: [403, 404, 422],
  },
  {
    method: "delete",
    path: "/articles/{id}/publications",
    operationId: "unpublishReport",
    tag: "Reports",
    summary: "Take the public report down",
    description:
      "Every published version answers 404 until the report is published again. 409 when it is not published.",
    allowed: "editors and admins",
    responses: { 204: { description: "Unpublished." } },
    errors: [403, 404, 409],
  },
  {
    method: "post",
    path: "/articles/{id}/annotations",
    operationId: "importAnnotations",
    tag: "Claims",
    summary: "Import W3C Web Annotations as claims",
    description:
      "Send a W3C Web Annotation, an array of them or an AnnotationCollection/Page (JSON-LD; `application/ld+json` is accepted). Each is anchored in the article's current text by its TextQuoteSelector. The claimant and claim type are read from `claimant:` and `claim-type:` tagging bodies. Annotations that do not anchor are listed, not dropped. 201 when at least one claim was created, else 200.",
    allowed: "editors and admins",
    body: z.unknown().describe("A W3C Web Annotation document."),
    responses: {
      200: {
        description: "Nothing was created; see `unanchored` and `errors`.",
        schema: annotationImportResponse,
      },
      201: {
        description: "Claims were created.",
        schema: annotationImportResponse,
        headers: { Location: "The article's claims." },
      },
    },
    errors: [403, 404],
  },
  {
    method: "post",
    path: "/imports/preview",
    operationId: "previewImport",
    tag: "Articles",
    summary: "Extract an article from pasted text or a URL, without saving",
    description:
      "For an import screen: shows what would be saved. URLs are fetched safely (http/https only, no private addresses, 5 redirects, 15 s, 5 MB). Create the article with `POST /articles`.",
    allowed: "editors and admins",
    body: importPreviewSchema,
    responses: { 200: { description: "The extracted article.", schema: importPreviewResponse } },
    errors: [403, 413, 415, 503],
  },
  {
    method: "post",
    path: "/imports/file",
    operationId: "previewUpload",
    tag: "Articles",
    summary: "Extract an article from an uploaded file, without saving",
    description:
      "Send the file as the raw body and its name as `?filename=`: .txt, .md, .html or .docx, up to 5 MB.",
    allowed: "editors and admins",
    query: z.object({
      filename: z.string().max(255).optional().describe("The file's name; its extension picks the parser."),
    }),
    rawBody: {
      contentTypes: [
        "text/plain",
        "text/markdown",
        "text/html",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/octet-stream",
      ],
      description: "The file's bytes.",
    },
    responses: { 200: { description: "The extracted article.", schema: importPreviewResponse } },
    errors: [403, 413, 415, 422],
  },
];
