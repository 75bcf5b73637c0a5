import type { OutgoingMail } from "./send-mail";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

/** The invitation email: who invited whom, the link on a line of its own, and when it stops working. */
export function invitationEmail(invite: {
  to: string;
  name: string;
  invitedBy: string;
  role: string;
  url: string;
  expiresAt: Date;
}): OutgoingMail {
  return {
    to: invite.to,
    subject: `${invite.invitedBy} invited you to the fact-check desk`,
    text: [
      `Hello ${invite.name},`,
      "",
      `${invite.invitedBy} invited you to join the fact-check desk as ${article(invite.role)} ${invite.role}.`,
      "Open this link to choose your password and sign in:",
      "",
      invite.url,
      "",
      `The link works once, until ${when.format(invite.expiresAt)} UTC. If you were not expecting it, ignore this email.`,
    ].join("\n"),
  };
}

/** The reset email an admin's "Reset password" sends. */
export function passwordResetEmail(reset: {
  to: string;
  name: string;
  url: string;
  expiresAt: Date;
}): OutgoingMail {
  return {
    to: reset.to,
    subject: "Choose a new password for the fact-check desk",
    text: [
      `Hello ${reset.name},`,
      "",
      "An admin reset your password for the fact-check desk: your old password no longer works,",
      "and you have been signed out everywhere. Open this link to choose a new one:",
      "",
      reset.url,
      "",
      `The link works once, until ${when.format(reset.expiresAt)} UTC.`,
    ].join("\n"),
  };
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? "an" : "a");
