import { createServer, type Socket } from "node:net";

/** One message as the server received it. */
export interface ReceivedMail {
  /** AUTH PLAIN credentials, when the client sent them. */
  auth: { user: string; pass: string } | null;
  from: string;
  to: string[];
  /** The raw message (headers and body) with dot-stuffing undone. */
  data: string;
}

export interface SmtpTestServer {
  port: number;
  received: ReceivedMail[];
  close(): Promise<void>;
}

/**
 * Just enough SMTP (RFC 5321) on 127.0.0.1 for nodemailer to deliver to:
 * EHLO (offering AUTH PLAIN, no STARTTLS), AUTH PLAIN, MAIL, RCPT, DATA,
 * RSET, NOOP, QUIT. `rejectRecipients` answers every RCPT with 550, to test
 * a refused delivery. For tests only: it never relays anything.
 */
export async function startSmtpTestServer({ rejectRecipients = false } = {}): Promise<SmtpTestServer> {
  const received: ReceivedMail[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    serve(socket, received, rejectRecipients);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("The SMTP test server has no port.");
  return {
    port: address.port,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function serve(socket: Socket, received: ReceivedMail[], rejectRecipients: boolean) {
  let buffer = "";
  let inData = false;
  let data: string[] = [];
  let message: Omit<ReceivedMail, "data"> = { auth: null, from: "", to: [] };
  const reply = (line: string) => socket.write(`${line}\r\n`);

  const command = (line: string) => {
    const verb = line.split(" ")[0]?.toUpperCase() ?? "";
    if (verb === "EHLO" || verb === "HELO") {
      reply("250-localhost greets you");
      reply("250-AUTH PLAIN");
      reply("250 8BITMIME");
    } else if (verb === "AUTH") {
      const [, mechanism, initial] = line.split(" ");
      if (mechanism?.toUpperCase() !== "PLAIN" || !initial) return reply("504 Only AUTH PLAIN with a value");
      const [, user = "", pass = ""] = Buffer.from(initial, "base64").toString("utf8").split("\0");
      message.auth = { user, pass };
      reply("235 Authenticated");
    } else if (verb === "MAIL") {
      message = { auth: message.auth, from: addressIn(line), to: [] };
      reply("250 OK");
    } else if (verb === "RCPT") {
      if (rejectRecipients) return reply("550 No such mailbox here");
      message.to.push(addressIn(line));
      reply("250 OK");
    } else if (verb === "DATA") {
      inData = true;
      data = [];
      reply("354 End with <CRLF>.<CRLF>");
    } else if (verb === "RSET" || verb === "NOOP") {
      reply("250 OK");
    } else if (verb === "QUIT") {
      reply("221 Bye");
      socket.end();
    } else {
      reply("502 Not implemented");
    }
  };

  socket.setEncoding("utf8");
  reply("220 localhost SMTP test server");
  socket.on("data", (chunk: string) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf("\r\n")) !== -1) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      if (!inData) {
        command(line);
      } else if (line === ".") {
        inData = false;
        received.push({ ...message, data: data.join("\r\n") });
        reply("250 Queued");
      } else {
        data.push(line.startsWith("..") ? line.slice(1) : line);
      }
    }
  });
  socket.on("error", () => socket.destroy());
}

/** `MAIL FROM:<a@b.c> SIZE=12` → `a@b.c`. */
function addressIn(line: string): string {
  return /<([^>]*)>/.exec(line)?.[1] ?? "";
}

/** The message body decoded (base64 or quoted-printable, as nodemailer chose), for finding a link in it. */
export function decodedBody(mail: ReceivedMail): string {
  const body = mail.data.slice(mail.data.indexOf("\r\n\r\n") + 4);
  if (/content-transfer-encoding:\s*base64/i.test(mail.data))
    return Buffer.from(body.replace(/\r\n/g, ""), "base64").toString("utf8");
  if (!/content-transfer-encoding:\s*quoted-printable/i.test(mail.data)) return body;
  return body
    .replace(/=\r\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
