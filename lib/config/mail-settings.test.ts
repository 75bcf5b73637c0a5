import { describe, expect, it } from "vitest";
import { readMailSettings } from "./mail-settings";

const from = "desk@example.org";

describe("readMailSettings", () => {
  it.each([
    ["nothing set", {}, null],
    ["blank values", { SMTP_URL: " ", MAIL_FROM: "" }, null],
    [
      "smtp with credentials, percent-encoded",
      { SMTP_URL: "smtp://desk%40example.org:p%3Ass@mail.example.org:2525", MAIL_FROM: from },
      {
        host: "mail.example.org",
        port: 2525,
        secure: false,
        auth: { user: "desk@example.org", pass: "p:ss" },
        from,
      },
    ],
    [
      "smtp without a port or credentials",
      { SMTP_URL: "smtp://mail.example.org", MAIL_FROM: `Fact-check desk <${from}>` },
      { host: "mail.example.org", port: 587, secure: false, auth: null, from: `Fact-check desk <${from}>` },
    ],
    [
      "smtps defaults to 465",
      { SMTP_URL: "smtps://u:p@mail.example.org", MAIL_FROM: from },
      { host: "mail.example.org", port: 465, secure: true, auth: { user: "u", pass: "p" }, from },
    ],
    [
      "an IPv6 host",
      { SMTP_URL: "smtp://[::1]:25", MAIL_FROM: from },
      { host: "::1", port: 25, secure: false, auth: null, from },
    ],
  ])("%s", (_name, env, expected) => {
    expect(readMailSettings(env)).toEqual(expected);
  });

  it.each([
    ["only SMTP_URL", { SMTP_URL: "smtp://mail.example.org" }, "Set both SMTP_URL and MAIL_FROM"],
    ["only MAIL_FROM", { MAIL_FROM: from }, "Set both SMTP_URL and MAIL_FROM"],
    ["another scheme", { SMTP_URL: "https://mail.example.org", MAIL_FROM: from }, "SMTP_URL must look like"],
    ["not a URL", { SMTP_URL: "mail.example.org:25", MAIL_FROM: from }, "SMTP_URL must look like"],
    [
      "a From without an address",
      { SMTP_URL: "smtp://mail.example.org", MAIL_FROM: "Desk" },
      "MAIL_FROM must be an address",
    ],
  ])("refuses %s", (_name, env, message) => {
    expect(() => readMailSettings(env)).toThrow(message);
  });
});
