import { describe, it, expect } from "vitest";
import type { LookupOptions } from "node:dns";
import { createPinnedLookup } from "./pinned-lookup";
import { resolveSafeAddresses, type LookupHost, type ResolvedAddress } from "./safe-lookup";

const answer =
  (...addresses: string[]): LookupHost =>
  async () =>
    addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
const failing =
  (code: string): LookupHost =>
  async () => {
    throw Object.assign(new Error(code), { code });
  };

describe("resolveSafeAddresses", () => {
  it.each<[string, string, LookupHost, string[], ResolvedAddress[]]>([
    ["a public name", "news.example", answer("93.184.215.14"), [], [{ address: "93.184.215.14", family: 4 }]],
    [
      "a public IPv6 name",
      "news.example",
      answer("2606:4700::1"),
      [],
      [{ address: "2606:4700::1", family: 6 }],
    ],
    [
      "an allow-listed private name",
      "intranet.test",
      answer("10.1.2.3"),
      ["intranet.test"],
      [{ address: "10.1.2.3", family: 4 }],
    ],
    [
      "an allow-listed IP literal",
      "127.0.0.1",
      failing("ENOTFOUND"),
      ["127.0.0.1"],
      [{ address: "127.0.0.1", family: 4 }],
    ],
    [
      "a public IP literal needs no DNS",
      "93.184.215.14",
      failing("ENOTFOUND"),
      [],
      [{ address: "93.184.215.14", family: 4 }],
    ],
    [
      "a bracketed IPv6 literal",
      "[2606:4700::1]",
      failing("ENOTFOUND"),
      [],
      [{ address: "2606:4700::1", family: 6 }],
    ],
  ])("allows %s", async (_name, host, lookup, allowedHosts, expected) => {
    await expect(resolveSafeAddresses(host, { lookup, allowedHosts })).resolves.toEqual(expected);
  });

  it.each<[string, string, LookupHost, string[], string, RegExp]>([
    [
      "a name that resolves to loopback",
      "evil.test",
      answer("127.0.0.1"),
      [],
      "FORBIDDEN",
      /private or internal network/,
    ],
    [
      "a name with one private address among public ones",
      "evil.test",
      answer("93.184.215.14", "10.0.0.1"),
      [],
      "FORBIDDEN",
      /private/,
    ],
    [
      "a name that resolves to the metadata service",
      "metadata.google.internal",
      answer("169.254.169.254"),
      [],
      "FORBIDDEN",
      /private/,
    ],
    [
      "an allow-listed name's sub-domain",
      "a.intranet.test",
      answer("10.0.0.1"),
      ["intranet.test"],
      "FORBIDDEN",
      /private/,
    ],
    ["a private IP literal", "[fd00:ec2::254]", failing("ENOTFOUND"), [], "FORBIDDEN", /private/],
    [
      "an unknown name",
      "nope.test",
      failing("ENOTFOUND"),
      [],
      "BAD_REQUEST",
      /could not find the site nope\.test/,
    ],
    ["a name with no addresses", "empty.test", answer(), [], "BAD_REQUEST", /could not find the site/],
    [
      "a resolver that is down",
      "news.example",
      failing("EAI_AGAIN"),
      [],
      "UNAVAILABLE",
      /could not look up news\.example/,
    ],
  ])("refuses %s", async (_name, host, lookup, allowedHosts, code, message) => {
    await expect(resolveSafeAddresses(host, { lookup, allowedHosts })).rejects.toMatchObject({
      code,
      message: expect.stringMatching(message),
    });
  });
});

describe("createPinnedLookup", () => {
  const pinned = createPinnedLookup([
    { address: "2606:4700::1", family: 6 },
    { address: "93.184.215.14", family: 4 },
  ]);
  const ask = (options: LookupOptions): Promise<unknown[]> =>
    new Promise((resolve) =>
      pinned("any.name", options, (error, address, family) => resolve([error, address, family])),
    );

  it.each<[string, LookupOptions, unknown[]]>([
    ["one address", {}, [null, "2606:4700::1", 6]],
    ["one IPv4 address", { family: 4 }, [null, "93.184.215.14", 4]],
    ["one address by family name", { family: "IPv4" }, [null, "93.184.215.14", 4]],
    [
      "all addresses (autoSelectFamily)",
      { all: true },
      [
        null,
        [
          { address: "2606:4700::1", family: 6 },
          { address: "93.184.215.14", family: 4 },
        ],
        undefined,
      ],
    ],
  ])("answers %s with the checked addresses, whatever the name", async (_name, options, expected) => {
    expect(await ask(options)).toEqual(expected);
  });
});
