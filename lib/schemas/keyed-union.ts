import { z } from "zod";

/**
 * A union of two body shapes told apart by whether `key` is present, e.g. a
 * text revision (has `text`) or a metadata edit (has not).
 *
 * A plain `z.union` that fails answers with one "Invalid input" and no field
 * paths, because it cannot know which shape the caller meant. Here the key
 * decides first and only that shape's issues are reported, so a 422 names the
 * field to fix. The union after the check is what OpenAPI sees (`anyOf`), and
 * what produces the typed output once the chosen shape is known to pass.
 */
export function keyedUnion<WithKey extends z.ZodType, WithoutKey extends z.ZodType>(
  key: string,
  withKey: WithKey,
  withoutKey: WithoutKey,
) {
  return z.preprocess(
    (value, context) => {
      const chosen = isObject(value) && key in value ? withKey : withoutKey;
      const result = chosen.safeParse(value);
      if (!result.success) {
        // Passed on whole, code included, so unknown keys still read as unknown keys (lib/http/read-json).
        for (const issue of result.error.issues)
          context.addIssue({ ...issue, input: value } as z.core.$ZodRawIssue);
      }
      return value;
    },
    z.union([withKey, withoutKey]),
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
