import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { failure } from "@/lib/data/testing/test-helpers";
import { decodedBody, startSmtpTestServer, type SmtpTestServer } from "@/lib/mail/testing/smtp-test-server";
import { freshUser, giveAccess, STRONG_PASSWORD } from "./testing/user-fixtures";

// The SMTP path for real: nodemailer talks to a tiny SMTP server in this
// process on 127.0.0.1, and the tests read what it received.
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { inviteUser } = await import("./invite-user");
const { issuePasswordReset } = await import("./issue-password-reset");
const { acceptInvitation } = await import("./accept-invitation");
const { findUsableAccountLink } = await import("@/lib/data/account-links/use-account-link");

let server: SmtpTestServer;
let refusing: SmtpTestServer;
const origin = { origin: "https://desk.example.org" };
const linkIn = (text: string, page: string) =>
  new RegExp(`https://desk\\.example\\.org/${page}/(fcl_[\\w-]{43})`).exec(text)?.[1];

function useServer(smtp: SmtpTestServer) {
  process.env.SMTP_URL = `smtp://desk%40example.org:s3cret%2Fpass@127.0.0.1:${smtp.port}`;
  process.env.MAIL_FROM = "Fact-check desk <desk@example.org>";
}

beforeAll(async () => {
  server = await startSmtpTestServer();
  refusing = await startSmtpTestServer({ rejectRecipients: true });
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
  await server.close();
  await refusing.close();
  await db.$disconnect();
  database.dispose();
});

describe("with SMTP configured", () => {
  it("emails the invitation with its link, returns no link, and the emailed link works", async () => {
    useServer(server);
    const admin = await freshUser("admin", "Mona Mailer");
    const email = `mailed-${Date.now()}@example.org`;
    const result = await inviteUser(admin, { email, name: "Paul Post", role: "reviewer" }, origin);
    expect(result).toMatchObject({ link: null, emailed: true, invitation: { email, state: "pending" } });

    expect(server.received).toHaveLength(1);
    const mail = server.received[0]!;
    expect(mail).toMatchObject({
      auth: { user: "desk@example.org", pass: "s3cret/pass" },
      from: "desk@example.org",
      to: [email],
    });
    expect(mail.data).toMatch(/^Subject: Mona Mailer invited you to the fact-check desk$/m);
    expect(mail.data).toMatch(/^From: "?Fact-check desk"? <desk@example\.org>$/m);
    const body = decodedBody(mail);
    expect(body).toContain("Hello Paul Post,");
    expect(body).toContain("as a reviewer");
    const secret = linkIn(body, "join");
    expect(secret).toBeDefined();

    const accepted = await acceptInvitation({ token: secret!, name: "Paul Post", password: STRONG_PASSWORD });
    expect(accepted.user).toMatchObject({ email, role: "reviewer" });
  });

  it("emails a password reset link; the account is locked out at once all the same", async () => {
    useServer(server);
    const admin = await freshUser("admin");
    const target = await freshUser("editor", "Ed Mailbox");
    await giveAccess(target.id);
    const sent = server.received.length;
    const result = await issuePasswordReset(admin, target.id, origin);
    expect(result).toEqual({ link: null, emailed: true, endedSessions: 1, revokedTokens: 1 });
    const mail = server.received[sent]!;
    expect(mail.to).toEqual([target.email]);
    const secret = linkIn(decodedBody(mail), "reset-password");
    expect(await findUsableAccountLink(secret!, "password_reset")).toMatchObject({ userId: target.id });
  });

  it("a refused delivery is UNAVAILABLE with the server's reason, and the invitation is withdrawn", async () => {
    useServer(refusing);
    const admin = await freshUser("admin");
    const email = `bounced-${Date.now()}@example.org`;
    const error = await failure(inviteUser(admin, { email, name: "No Box", role: "viewer" }, origin));
    expect(error.code).toBe("UNAVAILABLE");
    expect(error.message).toMatch(
      new RegExp(`^The email to ${email} could not be sent \\(.*550.*\\)\\. Check SMTP_URL`),
    );
    const link = await db.accountLink.findFirstOrThrow({ where: { email } });
    expect(link.revokedAt).not.toBeNull();
    const actions = await db.auditEvent.findMany({ where: { entityId: link.id }, orderBy: { at: "asc" } });
    expect(actions.map((event) => event.action)).toEqual(["user.invited", "user.invitation_revoked"]);
  });

  it("a half-configured mail server is refused before anything is written", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${server.port}`;
    delete process.env.MAIL_FROM;
    const admin = await freshUser("admin");
    const email = `half-${Date.now()}@example.org`;
    const error = await failure(inviteUser(admin, { email, name: "Half", role: "viewer" }, origin));
    expect(error).toMatchObject({
      code: "UNAVAILABLE",
      message:
        "Invalid mail settings: Set both SMTP_URL and MAIL_FROM to send email, or neither to copy links by hand.",
    });
    expect(await db.accountLink.count({ where: { email } })).toBe(0);
  });
});
