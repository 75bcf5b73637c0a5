import { InlineCode } from "./inline-code";
import { refName, type Schema } from "./openapi-types";

/** A one-line type: "string", "array of Verdict", "one of: approve, request_changes". */
export function TypeLabel({ schema }: { schema: Schema }) {
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return (
      <a href={`#schema-${name}`} className="text-blue-800 underline">
        {name.replace(/Input$/, "")}
      </a>
    );
  }
  if (schema.enum) return <span>one of {schema.enum.map((value) => JSON.stringify(value)).join(", ")}</span>;
  if (schema.const !== undefined) return <span>{JSON.stringify(schema.const)}</span>;
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) {
    return (
      <span>
        {variants.map((variant, index) => (
          <span key={index}>
            {index > 0 ? " or " : ""}
            <TypeLabel schema={variant} />
          </span>
        ))}
      </span>
    );
  }
  if (schema.type === "array" && schema.items) {
    return (
      <span>
        array of <TypeLabel schema={schema.items} />
      </span>
    );
  }
  const type = Array.isArray(schema.type) ? schema.type.join(" or ") : (schema.type ?? "any JSON");
  return <span>{schema.format ? `${type} (${schema.format})` : type}</span>;
}

function constraints(schema: Schema): string[] {
  const notes: string[] = [];
  if (schema.minLength !== undefined && schema.minLength > 0)
    notes.push(`at least ${schema.minLength} characters`);
  if (schema.maxLength !== undefined)
    notes.push(`at most ${schema.maxLength.toLocaleString("en")} characters`);
  if (schema.minimum !== undefined) notes.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER)
    notes.push(`≤ ${schema.maximum}`);
  if (schema.maxItems !== undefined) notes.push(`at most ${schema.maxItems} items`);
  if (schema.default !== undefined) notes.push(`default ${JSON.stringify(schema.default)}`);
  return notes;
}

/** An object's fields as a table; nested objects are listed inside their field's row. */
export function SchemaView({ schema, depth = 0 }: { schema: Schema; depth?: number }) {
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants && depth < 4 && variants.some((variant) => variant.properties)) {
    return (
      <div className="space-y-2">
        {variants.map((variant, index) => (
          <div key={index}>
            <p className="text-sm font-medium">{index === 0 ? "Either" : "Or"}</p>
            <SchemaView schema={variant} depth={depth + 1} />
          </div>
        ))}
      </div>
    );
  }
  if (!schema.properties || depth > 4) {
    return (
      <p className="text-sm">
        <TypeLabel schema={schema} />
      </p>
    );
  }
  const required = new Set(schema.required ?? []);
  return (
    <table className="w-full border-collapse text-left text-sm">
      <thead>
        <tr className="border-b border-stone-300">
          <th scope="col" className="py-1 pr-3 font-medium">
            Field
          </th>
          <th scope="col" className="py-1 pr-3 font-medium">
            Type
          </th>
          <th scope="col" className="py-1 font-medium">
            Notes
          </th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(schema.properties).map(([name, property]) => {
          const nested = property.type === "array" ? property.items : property;
          return (
            <tr key={name} className="border-b border-stone-100 align-top">
              <td className="py-1 pr-3 font-mono">
                {name}
                {required.has(name) ? <span className="ml-1 text-xs text-stone-700">(required)</span> : null}
              </td>
              <td className="py-1 pr-3">
                <TypeLabel schema={property} />
              </td>
              <td className="py-1">
                <InlineCode
                  text={[property.description, ...constraints(property)].filter(Boolean).join("; ")}
                />
                {nested?.properties || nested?.anyOf?.some((variant) => variant.properties) ? (
                  <div className="mt-1 border-l-2 border-stone-200 pl-3">
                    <SchemaView schema={nested} depth={depth + 1} />
                  </div>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
