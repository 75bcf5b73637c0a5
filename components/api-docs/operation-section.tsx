import { renderMarkdown } from "@/lib/markdown/render-markdown";
import { InlineCode } from "./inline-code";
import { refName, type Operation } from "./openapi-types";
import { SchemaView, TypeLabel } from "./schema-view";

const methodStyle: Record<string, string> = {
  get: "bg-blue-100 text-blue-900",
  post: "bg-green-100 text-green-900",
  patch: "bg-amber-100 text-amber-900",
  put: "bg-amber-100 text-amber-900",
  delete: "bg-red-100 text-red-900",
};

/** One operation: method and path, what it does, who may call it, its parameters, body and responses. */
export function OperationSection({
  method,
  path,
  operation,
}: {
  method: string;
  path: string;
  operation: Operation;
}) {
  const body = operation.requestBody?.content;
  const jsonBody = body?.["application/json"]?.schema;
  return (
    <section
      id={operation.operationId}
      aria-labelledby={`${operation.operationId}-title`}
      className="scroll-mt-4 rounded border border-stone-200 bg-white p-4"
    >
      <h3
        id={`${operation.operationId}-title`}
        className="flex flex-wrap items-baseline gap-2 text-base font-semibold"
      >
        {/* The method is written out, so colour is never the only signal. */}
        <span
          className={`rounded px-1.5 py-0.5 font-mono text-xs font-bold uppercase ${methodStyle[method] ?? ""}`}
        >
          {method}
        </span>{" "}
        <code className="font-mono text-sm">/api/v1{path}</code>{" "}
        <span className="font-normal text-stone-700">— {operation.summary}</span>
      </h3>
      {operation.description ? (
        <div
          className="prose-sm mt-2 space-y-2 text-sm [&_code]:rounded [&_code]:bg-stone-100 [&_code]:px-1"
          dangerouslySetInnerHTML={{ __html: renderMarkdown(operation.description) }}
        />
      ) : null}
      {operation.parameters?.length ? (
        <>
          <h4 className="mt-3 text-sm font-semibold">Parameters</h4>
          <ul className="mt-1 space-y-1 text-sm">
            {operation.parameters.map((parameter) => (
              <li key={`${parameter.in}-${parameter.name}`}>
                <code className="font-mono">{parameter.name}</code> ({parameter.in}
                {parameter.required ? ", required" : ""}):{" "}
                {parameter.schema ? <TypeLabel schema={parameter.schema} /> : null}
                {parameter.description ? (
                  <>
                    {" — "}
                    <InlineCode text={parameter.description} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {body ? (
        <>
          <h4 className="mt-3 text-sm font-semibold">Request body ({Object.keys(body).join(", ")})</h4>
          {operation.requestBody?.description ? (
            <p className="text-sm">{operation.requestBody.description}</p>
          ) : null}
          {jsonBody ? <SchemaView schema={jsonBody} /> : null}
        </>
      ) : null}
      <h4 className="mt-3 text-sm font-semibold">Responses</h4>
      <dl className="mt-1 space-y-2 text-sm">
        {Object.entries(operation.responses).map(([status, response]) => {
          const schema = response.content?.["application/json"]?.schema;
          return (
            <div key={status}>
              <dt className="font-mono font-semibold">{status}</dt>
              <dd className="ml-4">
                {response.$ref ? (
                  <a href={`#response-${refName(response.$ref)}`} className="text-blue-800 underline">
                    {refName(response.$ref).replace(/([a-z])([A-Z])/g, "$1 $2")}
                  </a>
                ) : (
                  <InlineCode text={response.description ?? ""} />
                )}
                {!response.$ref && response.content && !schema
                  ? ` (${Object.keys(response.content).join(", ")})`
                  : null}
                {schema ? (
                  <div className="mt-1">
                    <SchemaView schema={schema} />
                  </div>
                ) : null}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
