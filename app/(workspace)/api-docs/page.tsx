import type { Metadata } from "next";
import Link from "next/link";
import { ApiReference } from "@/components/api-docs/api-reference";
import type { OpenApiDocument } from "@/components/api-docs/openapi-types";
import { getOpenApiDocument } from "@/lib/api/openapi/openapi-document";

export const metadata: Metadata = { title: "API reference" };

/** The readable API reference, rendered on the server from the same OpenAPI document /api/v1/openapi.json serves. */
export default function ApiDocsPage() {
  const document = getOpenApiDocument() as unknown as OpenApiDocument;
  return (
    <div>
      <h1 className="text-2xl font-semibold">{document.info.title}</h1>
      <p className="mb-6 text-sm text-stone-700">
        Version {document.info.version}. Machine-readable:{" "}
        <a href="/api/v1/openapi.json" className="text-blue-800 underline">
          /api/v1/openapi.json
        </a>{" "}
        (OpenAPI 3.1). Create a token under{" "}
        <Link href="/settings/tokens" className="text-blue-800 underline">
          API tokens
        </Link>
        .
      </p>
      <ApiReference document={document} />
    </div>
  );
}
