import { z } from "zod";
import { appErrorCodes } from "@/lib/errors/app-error";

/** Dates travel as ISO 8601 strings in JSON. */
export const dateTime = z.iso.datetime();
export const nullableDateTime = dateTime.nullable();

/** The one error shape of every `/api/v1` response that is not a success. */
export const errorResource = z
  .object({
    error: z.object({
      code: z.enum(appErrorCodes).describe("Stable, machine-readable code; the HTTP status follows from it."),
      message: z.string().describe("A sentence a person can act on."),
      details: z
        .record(z.string(), z.unknown())
        .optional()
        .describe(
          '`fields` maps each invalid field path ("sources.0.url") to its message; on 409, `current` holds the current state.',
        ),
    }),
  })
  .meta({ id: "Error" });
