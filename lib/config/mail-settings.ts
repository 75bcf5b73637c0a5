import { z } from "zod";

export interface MailSettings {
  host: string;
  port: number;
  /** smtps:// connects over TLS from the start (port 465); smtp:// upgrades with STARTTLS when the server offers it. */
  secure: boolean;
  auth: { user: string; pass: string } | null;
  /** The From header: an address, or `Name <address>`. */
  from: string;
}

const blankAsUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const smtpUrl = z.preprocess(
  blankAsUndefined,
  z
    .url({
      protocol: /^smtps?$/,
      error: "SMTP_URL must look like smtp://user:password@mail.example.org:587.",
    })
    .optional(),
);

const mailFrom = z.preprocess(
  blankAsUndefined,
  z
    .string()
    .trim()
    .refine(
      (value) => z.email().safeParse(addressOf(value)).success,
      "MAIL_FROM must be an address, like desk@example.org or “Fact-check desk <desk@example.org>”.",
    )
    .optional(),
);

const mailEnvSchema = z
  .object({ SMTP_URL: smtpUrl, MAIL_FROM: mailFrom })
  .refine((env) => (env.SMTP_URL === undefined) === (env.MAIL_FROM === undefined), {
    message: "Set both SMTP_URL and MAIL_FROM to send email, or neither to copy links by hand.",
  });

/** `Name <a@b.c>` → `a@b.c`; a bare address as it is. */
function addressOf(from: string): string {
  return /<([^<>]+)>\s*$/.exec(from)?.[1]?.trim() ?? from;
}

/**
 * The mail server, from SMTP_URL (smtp:// or smtps://, credentials in the
 * URL, percent-encoded) and MAIL_FROM; null when neither is set, and then
 * invitations and reset links are shown to the admin to pass on. Read on
 * every use rather than cached: parsing is cheap and tests change the env.
 * Throws, naming the variable, when a value is wrong.
 */
export function readMailSettings(env: Record<string, string | undefined> = process.env): MailSettings | null {
  const parsed = mailEnvSchema.safeParse({ SMTP_URL: env.SMTP_URL, MAIL_FROM: env.MAIL_FROM });
  if (!parsed.success) throw new Error(`Invalid mail settings: ${parsed.error.issues[0]?.message}`);
  const { SMTP_URL, MAIL_FROM } = parsed.data;
  if (SMTP_URL === undefined || MAIL_FROM === undefined) return null;
  const url = new URL(SMTP_URL);
  const secure = url.protocol === "smtps:";
  const user = decodeURIComponent(url.username);
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: user ? { user, pass: decodeURIComponent(url.password) } : null,
    from: MAIL_FROM,
  };
}
