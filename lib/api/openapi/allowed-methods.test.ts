import path from "node:path";
import { describe, expect, it } from "vitest";
import { allowedMethods, refuseUnsupportedMethod } from "@/lib/http/method-not-allowed";
import { apiMethodsOf, buildMethodTable } from "./allowed-methods";
import { listApiRoutes } from "./api-routes";
import { apiOperations } from "./operations";

const routeFiles = listApiRoutes(path.resolve(import.meta.dirname, "../../../app/api/v1"));

/** "/articles/{id}/revisions/{number}" as an address a client would call. */
const concrete = (route: string) => route.replace(/\{\w+\}/g, "some-id");

describe("the 405 table (proxy.ts) against the route files", () => {
  const exportedByPath = new Map<string, string[]>();
  for (const { path: route, method } of routeFiles) {
    exportedByPath.set(route, [...(exportedByPath.get(route) ?? []), method.toUpperCase()].sort());
  }

  it("reads the route files", () => {
    expect(exportedByPath.size).toBeGreaterThan(20);
  });

  it("allows, on every route, exactly the methods its file exports", () => {
    const disagreements = [...exportedByPath]
      .map(([route, exported]) => ({ route, exported, table: apiMethodsOf(concrete(route)) }))
      .filter(({ exported, table }) => JSON.stringify(exported) !== JSON.stringify(table));
    expect(disagreements).toEqual([]);
  });

  it("knows no route that has no file, and the same methods for each documented one", () => {
    const fromFiles = buildMethodTable(routeFiles);
    const disagreements = [...new Set(apiOperations.map((operation) => operation.path))]
      .map((route) => ({ route, files: fromFiles(concrete(route)), table: apiMethodsOf(concrete(route)) }))
      .filter(({ files, table }) => JSON.stringify(files) !== JSON.stringify(table));
    expect(disagreements).toEqual([]);
  });

  it("leaves unknown addresses to the catch-all's 404", () => {
    expect(apiMethodsOf("/nothing-here")).toBeNull();
    expect(apiMethodsOf("/articles/x/unknown")).toBeNull();
    expect(apiMethodsOf("/")).toBeNull();
  });
});

describe("buildMethodTable", () => {
  const table = buildMethodTable([
    { path: "/ratings/{id}", method: "patch" },
    { path: "/ratings/order", method: "put" },
    { path: "/ratings", method: "get" },
    { path: "/ratings", method: "post" },
  ]);

  it.each([
    ["/ratings", ["GET", "POST"]],
    ["/ratings/order", ["PUT"]],
    ["/ratings/abc", ["PATCH"]],
    ["/ratings/abc/", ["PATCH"]],
    ["/ratings/abc/more", null],
  ])("%s → %j (a fixed segment beats a parameter, as in Next's router)", (address, methods) => {
    expect(table(address)).toEqual(methods);
  });
});

describe("refuseUnsupportedMethod", () => {
  it("lets through what the route exports, HEAD where there is GET, and OPTIONS, as Next.js answers them", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "POST"]) {
      expect(refuseUnsupportedMethod(method, "/api/v1/articles", ["GET", "POST"]), method).toBeNull();
    }
    expect(allowedMethods(["DELETE"])).toEqual(["DELETE", "OPTIONS"]);
  });

  it.each(["PUT", "PATCH", "DELETE", "TRACE"])(
    "answers %s on GET/POST with 405 in the error shape and an Allow header",
    async (method) => {
      const response = refuseUnsupportedMethod(method, "/api/v1/articles", ["GET", "POST"])!;
      expect(response.status).toBe(405);
      expect(response.headers.get("Allow")).toBe("GET, HEAD, OPTIONS, POST");
      const body = await response.json();
      expect(body.error).toMatchObject({
        code: "METHOD_NOT_ALLOWED",
        details: { allowed: ["GET", "HEAD", "OPTIONS", "POST"] },
      });
      expect(body.error.message).toContain(`${method} requests`);
    },
  );

  it("refuses HEAD where there is no GET", () => {
    expect(refuseUnsupportedMethod("HEAD", "/api/v1/tokens/x", ["DELETE"])?.status).toBe(405);
  });
});
