import { AppError, appErrorCodes, type AppErrorCode } from "@/lib/errors/app-error";

/**
 * Calls our JSON API from the browser. Failures come back as the app's one
 * error type, carrying the server's message (a sentence for the user) and
 * any field errors. A JSON body is serialised; a Blob (a file) is sent as is.
 */
export async function callApi<T>(
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
  url: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  const isFile = body instanceof Blob;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      signal,
      headers:
        body === undefined
          ? {}
          : { "Content-Type": isFile ? body.type || "application/octet-stream" : "application/json" },
      body: body === undefined ? undefined : isFile ? body : JSON.stringify(body),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new AppError("UNAVAILABLE", "Could not reach the server. Check your connection and try again.");
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok) return payload as T;
  const error = (
    payload as { error?: { code?: string; message?: string; details?: Record<string, unknown> } } | null
  )?.error;
  const code = appErrorCodes.includes(error?.code as AppErrorCode)
    ? (error?.code as AppErrorCode)
    : "INTERNAL";
  throw new AppError(
    code,
    error?.message ?? `The server answered ${response.status}. Try again.`,
    error?.details,
  );
}

/** Field errors from a VALIDATION failure, keyed by field path. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const fields = error instanceof AppError ? error.details?.fields : undefined;
  return fields && typeof fields === "object" ? (fields as Record<string, string>) : {};
}

export function messageOf(error: unknown): string {
  return error instanceof AppError ? error.message : "Something went wrong. Try again.";
}

/** Errors for a form: messages per field, and one summary line for the form's alert. */
export function formErrorsOf(error: unknown): { fields: Record<string, string>; message: string } {
  const fields = fieldErrorsOf(error);
  return {
    fields,
    message: Object.keys(fields).length > 0 ? "Fix the highlighted field and try again." : messageOf(error),
  };
}
