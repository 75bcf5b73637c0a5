import { renderMarkdown } from "@/lib/markdown/render-markdown";
import type { OpenApiDocument, Operation } from "./openapi-types";
import { OperationSection } from "./operation-section";
import { SchemaView } from "./schema-view";

type Entry = { method: string; path: string; operation: Operation };

/** The whole API reference, grouped by tag, rendered from the OpenAPI document on the server. */
export function ApiReference({ document }: { document: OpenApiDocument }) {
  const entries: Entry[] = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ method, path, operation })),
  );
  const tags = [...new Set(entries.map((entry) => entry.operation.tags[0] ?? "Other"))];
  return (
    <div className="grid gap-8 lg:grid-cols-[14rem_1fr]">
      <nav aria-label="API sections" className="text-sm lg:sticky lg:top-4 lg:self-start">
        <ul className="space-y-3">
          {tags.map((tag) => (
            <li key={tag}>
              <a href={`#tag-${tag}`} className="font-semibold text-blue-800 underline">
                {tag}
              </a>
              <ul className="mt-1 space-y-0.5">
                {entries
                  .filter((entry) => entry.operation.tags[0] === tag)
                  .map(({ method, path, operation }) => (
                    <li key={operation.operationId}>
                      <a
                        href={`#${operation.operationId}`}
                        className="text-stone-800 underline-offset-2 hover:underline"
                      >
                        <span className="font-mono text-xs uppercase">{method}</span> {path}
                      </a>
                    </li>
                  ))}
              </ul>
            </li>
          ))}
          <li>
            <a href="#schemas" className="font-semibold text-blue-800 underline">
              Schemas and errors
            </a>
          </li>
        </ul>
      </nav>
      <div className="min-w-0 space-y-8">
        <div
          className="space-y-2 text-sm [&_code]:rounded [&_code]:bg-stone-100 [&_code]:px-1"
          dangerouslySetInnerHTML={{ __html: renderMarkdown(document.info.description) }}
        />
        {tags.map((tag) => (
          <section key={tag} id={`tag-${tag}`} aria-labelledby={`tag-${tag}-title`} className="space-y-3">
            <h2 id={`tag-${tag}-title`} className="text-xl font-semibold">
              {tag}
            </h2>
            {entries
              .filter((entry) => entry.operation.tags[0] === tag)
              .map((entry) => (
                <OperationSection key={entry.operation.operationId} {...entry} />
              ))}
          </section>
        ))}
        <section id="schemas" aria-labelledby="schemas-title" className="space-y-4">
          <h2 id="schemas-title" className="text-xl font-semibold">
            Schemas and errors
          </h2>
          {Object.entries(document.components.responses).map(([name, response]) => (
            <p key={name} id={`response-${name}`} className="text-sm">
              <span className="font-semibold">{name.replace(/([a-z])([A-Z])/g, "$1 $2")}:</span>{" "}
              {response.description} The body is an{" "}
              <a href="#schema-Error" className="text-blue-800 underline">
                Error
              </a>
              .
            </p>
          ))}
          {Object.entries(document.components.schemas).map(([name, schema]) => (
            <div key={name} id={`schema-${name}`} className="scroll-mt-4">
              <h3 className="mb-1 font-semibold">{name.replace(/Input$/, " (as sent)")}</h3>
              <SchemaView schema={schema} />
            </div>
          ))}
        </section>
      </div>
    </div>
  );
}
