import { randomBytes, randomUUID } from "node:crypto";
import { expect, type APIRequestContext, type PlaywrightWorkerArgs } from "@playwright/test";
import { bearer, createToken as createDemoToken } from "../../support/api";
import { demoUser, type DemoRole } from "../../support/demo";
import { signInOverHttp, signOutKeepingCookie } from "../../support/http-session";
import { createToken, createUser, database, demoIds, type SharedFixture } from "./fixtures";
import type { Caller } from "./types";

type Playwright = PlaywrightWorkerArgs["playwright"];

const DEMO_KEYS: DemoRole[] = ["admin", "editor", "reviewer", "reviewer2", "viewer"];

/**
 * Every kind of caller, made once per run: anonymous; each demo account by
 * browser session and by personal access token; tokens the server must
 * refuse (revoked, expired, garbage); a session whose owner signed out but
 * kept the cookie; and a deactivated admin's old session and token.
 */
export async function buildCallers(
  playwright: Playwright,
  baseURL: string,
  shared: SharedFixture,
): Promise<{ callers: Caller[]; contexts: APIRequestContext[] }> {
  const anonymous = await playwright.request.newContext({ baseURL });
  const contexts = [anonymous];
  const ids = await demoIds();
  const demoAccount = (demo: DemoRole) => ({ id: ids[demo], role: demoUser(demo).role });
  const callers: Caller[] = [{ name: "anonymous", user: null, via: null, http: anonymous, headers: {} }];

  for (const demo of DEMO_KEYS) {
    const http = await signInOverHttp(playwright, baseURL, demoUser(demo));
    contexts.push(http);
    callers.push({
      name: `${demo} by session`,
      user: demoAccount(demo),
      via: "session",
      demo,
      http,
      headers: {},
    });
  }
  for (const demo of DEMO_KEYS) {
    const headers = bearer(await createDemoToken(demo));
    callers.push({
      name: `${demo} by token`,
      user: demoAccount(demo),
      via: "token",
      demo,
      http: anonymous,
      headers,
    });
  }

  const refused = (name: string, headers: Record<string, string>, http = anonymous): Caller => ({
    name,
    user: null,
    via: null,
    http,
    headers,
  });
  callers.push(refused("revoked admin token", bearer(await createDemoToken("admin", { revoked: true }))));
  callers.push(
    refused(
      "expired admin token",
      bearer(await createDemoToken("admin", { expiresAt: new Date(Date.now() - 60_000) })),
    ),
  );
  callers.push(refused("garbage token", bearer(`fca_${randomBytes(32).toString("base64url")}`)));

  const signedOut = await signInOverHttp(playwright, baseURL, demoUser("admin"));
  contexts.push(signedOut);
  await signOutKeepingCookie(signedOut);
  callers.push(refused("admin session after sign-out (saved cookie)", {}, signedOut));

  const deactivated = await deactivatedAdmin(playwright, baseURL, shared, anonymous);
  contexts.push(deactivated.session);
  callers.push(refused("deactivated admin's old session", {}, deactivated.session));
  callers.push(refused("deactivated admin's token", deactivated.tokenHeaders));
  return { callers, contexts };
}

/**
 * An admin who signs in and gets a token, and is then deactivated straight
 * in the database: the session row stays live, so the server must refuse
 * it because the account is disabled, not merely because a sign-out ended it.
 */
async function deactivatedAdmin(
  playwright: Playwright,
  baseURL: string,
  shared: SharedFixture,
  anonymous: APIRequestContext,
) {
  const db = await database();
  const { user, token } = await db.$transaction(async (tx) => {
    const user = await createUser(tx, {
      role: "admin",
      passwordHash: shared.passwordHash,
      unique: randomUUID().slice(0, 8),
    });
    return { user, token: await createToken(tx, user.id) };
  });
  const session = await signInOverHttp(playwright, baseURL, { email: user.email, password: shared.password });
  const tokenHeaders = bearer(token.secret);
  expect((await anonymous.get("/api/v1/me", { headers: tokenHeaders })).status()).toBe(200);
  await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
  return { session, tokenHeaders };
}

/**
 * A caller like `like` (same role, same kind of credential) on a fresh
 * account, for rows that change the caller's own account. Callers the
 * server must refuse stay as they are.
 */
export async function freshCallerLike(
  like: Caller,
  playwright: Playwright,
  baseURL: string,
  shared: SharedFixture,
): Promise<{ caller: Caller; context?: APIRequestContext }> {
  if (!like.user || !like.via) return { caller: like };
  const db = await database();
  const role = like.user.role;
  const unique = randomUUID().slice(0, 8);
  const user = await db.$transaction((tx) =>
    createUser(tx, { role, passwordHash: shared.passwordHash, unique }),
  );
  const base = { name: `${like.name} (fresh account)`, user: { id: user.id, role }, via: like.via };
  if (like.via === "token") {
    const token = await db.$transaction((tx) => createToken(tx, user.id));
    return { caller: { ...base, http: like.http, headers: bearer(token.secret) } };
  }
  const http = await signInOverHttp(playwright, baseURL, { email: user.email, password: shared.password });
  return { caller: { ...base, http, headers: {} }, context: http };
}
