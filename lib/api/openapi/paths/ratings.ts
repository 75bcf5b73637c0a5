import { settingsResponse } from "@/lib/api/schemas/admin";
import { ratingListResponse, ratingResponse } from "@/lib/api/schemas/rating";
import {
  createRatingSchema,
  ratingsQuerySchema,
  reorderRatingsSchema,
  updateRatingSchema,
} from "@/lib/schemas/rating";
import { updateSettingsSchema } from "@/lib/schemas/settings";
import type { ApiOperation } from "../operation";

const admins = "admins";

export const ratingOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/ratings",
    operationId: "listRatings",
    tag: "Ratings",
    summary: "The rating scale",
    description: "The ratings a verdict may use, in scale order.",
    allowed: "everyone signed in",
    query: ratingsQuerySchema,
    responses: { 200: { description: "The scale.", schema: ratingListResponse } },
    errors: [422],
  },
  {
    method: "post",
    path: "/ratings",
    operationId: "createRating",
    tag: "Ratings",
    summary: "Add a rating to the scale",
    allowed: admins,
    body: createRatingSchema,
    responses: {
      201: {
        description: "The new rating.",
        schema: ratingResponse,
        headers: { Location: "The rating's URL." },
      },
    },
    errors: [403, 409],
  },
  {
    method: "patch",
    path: "/ratings/{id}",
    operationId: "updateRating",
    tag: "Ratings",
    summary: "Rename, recolour, redefine, retire or restore a rating",
    description: "Send the `updatedAt` you read; a stale one gets 409 with the current rating.",
    allowed: admins,
    body: updateRatingSchema,
    responses: { 200: { description: "The rating after the change.", schema: ratingResponse } },
    errors: [403, 404, 409],
  },
  {
    method: "put",
    path: "/ratings/order",
    operationId: "reorderRatings",
    tag: "Ratings",
    summary: "Reorder the scale",
    description: "Send every rating's id, retired ones included, once each, in the new order.",
    allowed: admins,
    body: reorderRatingsSchema,
    responses: { 200: { description: "The whole scale in its new order.", schema: ratingListResponse } },
    errors: [403, 409],
  },
  {
    method: "get",
    path: "/settings",
    operationId: "getSettings",
    tag: "Settings",
    summary: "The review rules and organisation details",
    allowed: admins,
    responses: { 200: { description: "The settings.", schema: settingsResponse } },
    errors: [403],
  },
  {
    method: "patch",
    path: "/settings",
    operationId: "updateSettings",
    tag: "Settings",
    summary: "Change some settings",
    allowed: admins,
    body: updateSettingsSchema,
    responses: { 200: { description: "The settings after the change.", schema: settingsResponse } },
    errors: [403],
  },
];
