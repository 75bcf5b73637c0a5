import { REPORT_SCHEMA_PATH, reportJsonSchema } from "@/lib/report/report-json-schema";

/** The report JSON's schema, which every JSON export names as `$schema`. No sign-in; cacheable. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  if (`/public/schemas/${(await params).file}` !== REPORT_SCHEMA_PATH) {
    return new Response("There is no schema at this address.\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return new Response(`${JSON.stringify(reportJsonSchema, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/schema+json; charset=utf-8",
      "Cache-Control": "public, max-age=86400",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
