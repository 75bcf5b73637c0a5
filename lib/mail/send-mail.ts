import nodemailer from "nodemailer";
import type { MailSettings } from "@/lib/config/mail-settings";
import { AppError } from "@/lib/errors/app-error";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** Long enough for a slow server, short enough that an admin's click gets an answer. */
const TIMEOUT_MS = 15_000;

/**
 * Sends one plain-text email through the configured SMTP server, and
 * nothing else on the network: no well-known service lookups, and the
 * message may not pull in files or URLs. A failure is UNAVAILABLE with the
 * server's reason, for the admin to act on.
 */
export async function sendMail(settings: MailSettings, mail: OutgoingMail): Promise<void> {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ...(settings.auth ? { auth: settings.auth } : {}),
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  try {
    await transport.sendMail({ from: settings.from, to: mail.to, subject: mail.subject, text: mail.text });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError(
      "UNAVAILABLE",
      `The email to ${mail.to} could not be sent (${reason}). Check SMTP_URL and MAIL_FROM, or try again.`,
    );
  } finally {
    transport.close();
  }
}
