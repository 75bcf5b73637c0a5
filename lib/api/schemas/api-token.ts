import { z } from "zod";
import { API_TOKEN_PREFIX } from "@/lib/auth/api-token-secret";

/** Revoked wins over expired: a token revoked before it ran out stays "revoked". */
export const apiTokenStates = ["active", "expired", "revoked"] as const;
export type ApiTokenState = (typeof apiTokenStates)[number];

const timestamp = z.iso.datetime();

/** A personal access token as its owner sees it. Never carries the secret or its hash. */
export const apiTokenResource = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: timestamp,
    expiresAt: timestamp.nullable().meta({ description: "Null when the token never expires." }),
    lastUsedAt: timestamp
      .nullable()
      .meta({ description: "Null until first used; updated at most once a minute." }),
    revokedAt: timestamp.nullable(),
    state: z.enum(apiTokenStates),
  })
  .meta({ id: "ApiToken" });
export type ApiTokenView = z.infer<typeof apiTokenResource>;

export const apiTokenListResponse = z.object({
  tokens: z.array(apiTokenResource).meta({ description: "The caller's own tokens, newest first." }),
});

export const apiTokenResponse = z.object({ token: apiTokenResource });

export const createdApiTokenResponse = z
  .object({
    token: apiTokenResource,
    secret: z
      .string()
      .startsWith(API_TOKEN_PREFIX)
      .meta({ description: "The token to send as `Authorization: Bearer <secret>`. Shown this once only." }),
  })
  .meta({ id: "CreatedApiToken" });
export type CreatedApiToken = z.infer<typeof createdApiTokenResponse>;
