import { NextResponse } from "next/server";
import { storageFailureMessage, storageFailureOf } from "@/lib/db/storage-failure";
import { AppError, httpStatusOf } from "@/lib/errors/app-error";

/** The one error shape of the API: `{ error: { code, message, details? } }`. */
export function errorResponse(error: unknown): NextResponse {
  const storage = error instanceof AppError ? null : storageFailureOf(error);
  if (storage) return errorResponse(new AppError("UNAVAILABLE", storageFailureMessage(storage)));
  if (!(error instanceof AppError)) {
    console.error(error);
    return NextResponse.json(
      {
        error: {
          code: "INTERNAL",
          message:
            "Something went wrong on the server. Try again; if it keeps happening, tell your administrator.",
        },
      },
      { status: 500 },
    );
  }
  const headers = new Headers();
  const retryAfter = error.details?.retryAfterSeconds;
  if (typeof retryAfter === "number") headers.set("Retry-After", String(retryAfter));
  return NextResponse.json(
    {
      error: {
        code: error.code,
        message: error.message,
        ...(error.details ? { details: error.details } : {}),
      },
    },
    { status: httpStatusOf(error), headers },
  );
}

export function json<T>(body: T, status = 200): NextResponse {
  return NextResponse.json(body, { status });
}

export function created<T>(body: T, location: string): NextResponse {
  return NextResponse.json(body, { status: 201, headers: { Location: location } });
}

export function noContent(): NextResponse {
  return new NextResponse(null, { status: 204 });
}
