import type { APIRequestContext } from "@playwright/test";
import { bearer, expectApi } from "../../support/api";
import { database } from "../../support/fixtures";
import type { Payload } from "./corpus";
import { pack, type Coverage } from "./coverage";
import type { HostileUser } from "./hostile-records";

export type Json = Record<string, unknown>;

/**
 * Writes through /api/v1 for the API path: every response checked against
 * the OpenAPI document, and every length-limited field filled with as many
 * payloads as fit, starting further along the corpus for each field.
 */
export class ApiWriter {
  private offset = 0;

  constructor(
    readonly request: APIRequestContext,
    private readonly usable: readonly Payload[],
    private readonly coverage: Coverage,
  ) {}

  /** The next field's packed value, recorded as `name` in the coverage. */
  field(name: string, max: number): string {
    const packed = pack(this.usable, max, this.offset);
    this.offset = (this.offset + packed.ids.length) % this.usable.length;
    this.coverage.add("api", name, packed.ids);
    return packed.text;
  }

  async call<T = Json>(
    token: string,
    method: string,
    url: string,
    operationId: string,
    status: number,
    data?: Json,
  ): Promise<T> {
    const response = await this.request.fetch(url, { method, headers: bearer(token), data });
    return expectApi<T>(this.request, response, operationId, status);
  }
}

/** A token for any user (createToken covers the demo accounts only), named `name` (written with Prisma). */
export async function tokenFor(user: HostileUser, name: string): Promise<string> {
  const db = await database();
  const { generateApiToken } = await import("../../../lib/auth/api-token-secret");
  const { token, tokenHash } = generateApiToken();
  await db.apiToken.create({ data: { userId: user.id, name, tokenHash } });
  return token;
}
