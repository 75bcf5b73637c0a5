import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** A route file's exported HTTP method, as an OpenAPI path and method. */
export interface RouteMethod {
  path: string;
  method: string;
}

const METHOD_EXPORT = /export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g;

/**
 * Every method exported by the route files under `apiRoot` (app/api/v1),
 * with Next's `[id]` folders written as OpenAPI's `{id}`. Read from the
 * source, so a route added without documentation is caught by a test.
 */
export function listApiRoutes(apiRoot: string): RouteMethod[] {
  const found: RouteMethod[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      // The catch-all only answers unknown addresses with a JSON 404; it is not an endpoint.
      if (entry.isDirectory() && entry.name.startsWith("[...")) continue;
      if (entry.isDirectory())
        walk(path.join(dir, entry.name), [...segments, entry.name.replace(/^\[(\w+)\]$/, "{$1}")]);
      else if (entry.name === "route.ts") {
        const source = readFileSync(path.join(dir, entry.name), "utf8");
        for (const [, method] of source.matchAll(METHOD_EXPORT)) {
          found.push({ path: `/${segments.join("/")}`, method: method!.toLowerCase() });
        }
      }
    }
  };
  walk(apiRoot, []);
  return found;
}
