import type { RouteMethod } from "./api-routes";
import { apiOperations } from "./operations";

interface RoutePattern {
  /** "/articles/{id}" as ["articles", "{id}"]. */
  segments: string[];
  methods: string[];
}

const isParameter = (segment: string) => segment.startsWith("{");

/**
 * Static segments before parameters, as Next's router picks them: PUT
 * /ratings/order is the order route's, not /ratings/{id}'s.
 */
function bySpecificity(a: RoutePattern, b: RoutePattern): number {
  for (let i = 0; i < Math.min(a.segments.length, b.segments.length); i += 1) {
    const difference = Number(isParameter(a.segments[i]!)) - Number(isParameter(b.segments[i]!));
    if (difference !== 0) return difference;
  }
  return 0;
}

export type MethodTable = (apiPath: string) => string[] | null;

/** A lookup from a concrete path under /api/v1 ("/articles/abc") to its methods, upper case. */
export function buildMethodTable(routes: readonly RouteMethod[]): MethodTable {
  const byPath = new Map<string, Set<string>>();
  for (const { path, method } of routes) {
    const methods = byPath.get(path) ?? new Set<string>();
    methods.add(method.toUpperCase());
    byPath.set(path, methods);
  }
  const patterns: RoutePattern[] = [...byPath]
    .map(([path, methods]) => ({ segments: path.split("/").filter(Boolean), methods: [...methods].sort() }))
    .sort(bySpecificity);
  return (apiPath) => {
    const segments = apiPath.split("/").filter(Boolean);
    const found = patterns.find(
      (pattern) =>
        pattern.segments.length === segments.length &&
        pattern.segments.every((segment, i) => isParameter(segment) || segment === segments[i]),
    );
    return found ? found.methods : null;
  };
}

/**
 * The methods each /api/v1 route has, from the documented operations (a unit
 * test holds them equal to what the route files export). Null for an address
 * no route serves: the catch-all answers those with a 404.
 */
export const apiMethodsOf: MethodTable = buildMethodTable(apiOperations);
