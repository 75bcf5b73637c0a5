import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("clientAddress", () => {
  it.each([
    ["no header", null, 0, null],
    ["empty header", " , ", 0, null],
    ["no proxy: the address Next.js wrote", "203.0.113.7", 0, "203.0.113.7"],
    ["IPv4-mapped IPv6", "::ffff:127.0.0.1", 0, "127.0.0.1"],
    ["one proxy appended the real client", "6.6.6.6, 203.0.113.7", 1, "203.0.113.7"],
    ["two proxies: the entry before the inner one", "6.6.6.6, 203.0.113.7, 10.0.0.2", 2, "203.0.113.7"],
    ["fewer entries than hops: the first", "203.0.113.7", 3, "203.0.113.7"],
    ["IPv6 in lower case", "2001:DB8::1", 0, "2001:db8::1"],
  ])("%s", (_name, header, hops, expected) => {
    expect(clientAddress(header, hops)).toBe(expected);
  });
});
