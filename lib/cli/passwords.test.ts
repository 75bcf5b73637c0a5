import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { generatePassword, passwordFromStdin } from "./passwords";

describe("passwordFromStdin", () => {
  it.each([
    ["a line from echo", "correct horse battery\n", "correct horse battery"],
    ["a Windows line end", "correct horse battery\r\n", "correct horse battery"],
    ["no line end (printf)", "correct horse battery", "correct horse battery"],
    ["spaces are part of the password", "  padded  \n", "  padded  "],
  ])("%s", (_name, input, expected) => {
    expect(passwordFromStdin(input)).toBe(expected);
  });

  it.each([
    ["nothing", ""],
    ["an empty line", "\n"],
    ["two lines", "first line\nsecond line\n"],
  ])("refuses %s", (_name, input) => {
    expect(() => passwordFromStdin(input)).toThrow(AppError);
  });
});

describe("generatePassword", () => {
  it("makes 24 URL-safe characters, different every time", () => {
    const passwords = new Set(Array.from({ length: 20 }, generatePassword));
    expect(passwords.size).toBe(20);
    for (const password of passwords) expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });
});
