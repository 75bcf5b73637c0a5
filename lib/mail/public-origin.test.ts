import { describe, expect, it } from "vitest";
import { accountLinkUrl } from "@/lib/data/users/account-link-url";
import { publicOrigin } from "./public-origin";

describe("the origin links point to", () => {
  it.each([
    ["NEXTAUTH_URL wins over the request", "https://desk.example.org/app/", "https://desk.example.org"],
    ["NEXTAUTH_URL with a port", "http://127.0.0.1:3107", "http://127.0.0.1:3107"],
    ["no NEXTAUTH_URL: the request's origin", undefined, "http://10.0.0.5:3000"],
    ["a NEXTAUTH_URL that is not a web address", "desk.example.org", "http://10.0.0.5:3000"],
  ])("%s", (_name, NEXTAUTH_URL, expected) => {
    expect(publicOrigin("http://10.0.0.5:3000/api/v1/invitations", { NEXTAUTH_URL })).toBe(expected);
  });

  it("builds join and reset URLs with the secret as the last segment", () => {
    expect(accountLinkUrl("https://desk.example.org", "invite", "fcl_abc-_1")).toBe(
      "https://desk.example.org/join/fcl_abc-_1",
    );
    expect(accountLinkUrl("https://desk.example.org", "password_reset", "fcl_x")).toBe(
      "https://desk.example.org/reset-password/fcl_x",
    );
  });
});
