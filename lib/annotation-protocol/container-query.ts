import { z } from "zod";

/** `?page=N` (0-based) and `&iris=1` of a container page IRI; without page, the container itself. */
export const containerQuerySchema = z.object({
  page: z
    .string()
    .regex(/^\d{1,6}$/, "Give the page as a whole number from 0.")
    .transform(Number)
    .optional(),
  iris: z.enum(["0", "1"], { error: 'Give iris as "1" (IRIs only) or "0".' }).optional(),
});

/** A claim number in an annotation IRI: 1-based, digits only; anything else is no annotation. */
export function claimNumberOf(segment: string): number | null {
  return /^[1-9]\d{0,5}$/.test(segment) ? Number(segment) : null;
}
