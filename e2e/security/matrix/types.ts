import type { APIRequestContext } from "@playwright/test";
import type { Role } from "../../../lib/auth/roles";
import type { Tx } from "../../../lib/db/client";
import type { DemoRole } from "../../support/demo";
import type { Access } from "./access";
import type { SharedFixture } from "./fixtures";

/** One kind of caller the matrix tries every operation as. */
export interface Caller {
  /** "editor by session", "revoked token", … */
  name: string;
  /** The account behind it, if any (a deactivated user's still has one). */
  user: { id: string; role: Role } | null;
  /** How the server must see it: signed in by session or token, or not at all (then: 401). */
  via: "session" | "token" | null;
  /** Which demo account it is, for rules about one person (a verdict's author). */
  demo?: DemoRole;
  /** A context holding this caller's session cookie, or one without cookies. */
  http: APIRequestContext;
  headers: Record<string, string>;
}

/** What one cell sends, besides the method and path the OpenAPI document gives. */
export interface CellRequest {
  params?: Record<string, string>;
  query?: Record<string, string>;
  /**
   * The JSON body. A function is called just before the request is sent, for
   * bodies that must describe the data as it is then (the whole rating scale).
   */
  json?: unknown;
  raw?: { contentType: string; body: string };
}

export interface PrepareContext {
  /** Every cell's fixtures of one scenario are written in one transaction. */
  tx: Tx;
  caller: Caller;
  /** The caller's account, or the demo admin's for callers without one. */
  userId: string;
  /** Demo account ids. */
  demo: Record<DemoRole, string>;
  shared: SharedFixture;
  /** Unique per cell, for titles, labels and emails. */
  unique: string;
}

/**
 * One row of the matrix: an operation (keyed by operationId), in one
 * situation when it has several, and who may call it.
 */
export interface Scenario {
  operationId: string;
  /** What is being acted on, when the operation has more than one row ("their own token"). */
  name?: string;
  who: Access;
  /** The documented success status an allowed caller gets. */
  success: number;
  /**
   * What a caller the rule refuses gets: 403 (the default), 404 where only the
   * owner may see it, 409 where a public operation is refused by the state of things.
   */
  refused?: 403 | 404 | 409;
  /** Browser sessions only: a token gets 403 whatever its owner may do. */
  sessionOnly?: boolean;
  /**
   * The call changes the caller's own account (password, sessions): every
   * signed-in cell then calls as a fresh account of the same role and kind,
   * so the shared callers keep working.
   */
  ownAccount?: boolean;
  prepare: (context: PrepareContext) => Promise<CellRequest> | CellRequest;
}

/** A response that is not what the table says. */
export interface Violation {
  cell: string;
  expected: number;
  got: number;
  detail: string;
}
