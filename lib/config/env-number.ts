import { z } from "zod";

/** An unset or blank variable takes the default; anything else must be a positive whole number. */
export const positiveInteger = (fallback: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.coerce.number().int().positive().default(fallback),
  );
