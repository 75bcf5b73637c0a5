import { admins, everyone } from "../access";
import { createRetiredRating, database } from "../fixtures";
import type { Scenario } from "../types";

/**
 * The rating scale and the settings: admins only, everyone reads the scale.
 * Allowed changes touch only ratings the matrix made (retired ones, so
 * verdict forms never offer them), and settings are sent as they are.
 */
export const adminRows: Scenario[] = [
  { operationId: "listRatings", who: everyone, success: 200, prepare: () => ({}) },
  {
    operationId: "createRating",
    who: admins,
    success: 201,
    prepare: ({ unique }) => ({
      json: {
        label: `Matrix ${unique}`,
        color: "#1d4ed8",
        shortCode: "MX",
        definition: "A rating the permission matrix made.",
        value: null,
      },
    }),
  },
  {
    operationId: "updateRating",
    who: admins,
    success: 200,
    prepare: async ({ tx, unique }) => {
      const rating = await createRetiredRating(tx, unique);
      return {
        params: { id: rating.id },
        json: { updatedAt: rating.updatedAt.toISOString(), definition: "Redefined by the matrix." },
      };
    },
  },
  {
    operationId: "reorderRatings",
    name: "swap two of the matrix's own ratings",
    who: admins,
    success: 200,
    prepare: async ({ tx, unique }) => {
      const first = await createRetiredRating(tx, `${unique}a`);
      const second = await createRetiredRating(tx, `${unique}b`);
      // Every rating must be listed, including those other cells of this row
      // made after this one: so the body is built when the call is made.
      return {
        json: async () => {
          const db = await database();
          const ids = (
            await db.rating.findMany({ orderBy: [{ position: "asc" }, { createdAt: "asc" }] })
          ).map((rating) => rating.id);
          const [a, b] = [ids.indexOf(first.id), ids.indexOf(second.id)];
          [ids[a], ids[b]] = [ids[b]!, ids[a]!];
          return { ids };
        },
      };
    },
  },
  { operationId: "getSettings", who: admins, success: 200, prepare: () => ({}) },
  {
    operationId: "updateSettings",
    who: admins,
    success: 200,
    prepare: async ({ tx }) => {
      const { getSettings } = await import("../../../../lib/data/settings/get-settings");
      // The current name: a valid change that leaves every other test's settings alone.
      return { json: { organizationName: (await getSettings(tx)).organizationName } };
    },
  },
];
