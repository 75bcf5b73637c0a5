import { randomBytes } from "node:crypto";
import { AppError } from "@/lib/errors/app-error";

/**
 * The password piped in with --password-stdin. Only the one line break that
 * `echo` or a here-string adds is removed: other spaces may be part of the
 * password, and a second line means the wrong thing was piped in.
 */
export function passwordFromStdin(input: string): string {
  const password = input.replace(/\r?\n$/, "");
  if (password === "")
    throw new AppError("VALIDATION", "No password came in on standard input: pipe one in.");
  if (/[\r\n]/.test(password)) {
    throw new AppError("VALIDATION", "Standard input must hold one line, the password, and nothing else.");
  }
  return password;
}

/** 24 URL-safe characters from 18 random bytes (144 bits): strong, and easy to copy from a terminal. */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}
