import { describe, expect, it } from "vitest";
import type { JsonSchema } from "./json-schema";
import { getOpenApiDocument } from "./openapi-document";

// The list filters people find in the API reference: named, described, and
// with the values the API takes.
const paths = getOpenApiDocument().paths as Record<string, Record<string, JsonSchema>>;
const parametersOf = (route: string) =>
  new Map(
    (paths[route]!.get!.parameters as Array<{ name: string; description?: string; schema: JsonSchema }>).map(
      (parameter) => [parameter.name, parameter],
    ),
  );

describe("the list filters in the OpenAPI document", () => {
  it("documents the articles list's assignee and lead-editor filters and the due sort", () => {
    const parameters = parametersOf("/articles");
    expect(parameters.get("assignee")?.description).toMatch(/any of its claims.*`none`/);
    expect(parameters.get("leadEditor")?.description).toMatch(/`none`/);
    expect(parameters.get("sort")?.schema.enum).toEqual(["newest", "activity", "progress", "due"]);
    expect(parameters.get("sort")?.description).toMatch(/due: by due day, soonest first/);
  });

  it("documents the claims list's assignee filter", () => {
    expect(parametersOf("/articles/{id}/claims").get("assignee")?.description).toMatch(/`none`/);
  });
});
