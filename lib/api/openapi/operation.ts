import type { z } from "zod";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

/** A response an operation documents. `schema` is omitted for empty or binary bodies. */
export interface ApiResponse {
  description: string;
  schema?: z.ZodType;
  /** Defaults to application/json when a schema is given. */
  contentType?: string;
  /** Extra media types the same status may answer with (e.g. the report formats). */
  alsoContentTypes?: string[];
  headers?: Record<string, string>;
}

/**
 * One `/api/v1` operation, described from the same zod schemas the route
 * validates with, so the OpenAPI document cannot drift from the code.
 */
export interface ApiOperation {
  method: HttpMethod;
  /** OpenAPI path under /api/v1, e.g. "/articles/{id}". */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  /** Who may call it, in words ("editors and admins"); rendered into the description. */
  allowed: string;
  /** Query parameters, as a zod object of optional strings/enums/numbers. */
  query?: z.ZodObject;
  /** The JSON request body. */
  body?: z.ZodType;
  /** The body may be left out altogether (every field has a default). */
  bodyOptional?: boolean;
  /** A non-JSON request body, e.g. a raw file upload. */
  rawBody?: { contentTypes: string[]; description: string };
  /** Success responses by status. Error responses are added from `errors`. */
  responses: Record<number, ApiResponse>;
  /** The error statuses this operation can answer with, besides 401 and 429 which every one can. */
  errors: number[];
  /** Operations that need no authentication (the OpenAPI document itself). */
  public?: boolean;
}
