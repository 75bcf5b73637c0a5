import { afterAll, beforeAll, describe, it, expect } from "vitest";
import { fetchArticle } from "./fetch-article";
import type { LookupHost, ResolvedAddress } from "./safe-lookup";
import { startLocalServer, type LocalServer } from "./testing/start-local-server";

const BLOCKED = {
  code: "FORBIDDEN",
  message:
    "That address points to a private or internal network, which imports may not reach. Use a public address or paste the text.",
};
const loopback: ResolvedAddress[] = [{ address: "127.0.0.1", family: 4 }];

/** Fake DNS: "*.test" names resolve to 127.0.0.1, as a hostile or internal name would. */
const testDns: LookupHost = async () => loopback;

let site: LocalServer;
/** Stands in for an internal service: any request reaching it is a failure of the policy. */
let internal: LocalServer;

beforeAll(async () => {
  internal = await startLocalServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/plain" }).end("Internal secret\n\nDo not leak.");
  });
  site = await startLocalServer((request, response) => {
    const path = request.url ?? "/";
    const redirect = (location: string): void => void response.writeHead(302, { location }).end();
    if (path === "/article") {
      response.writeHead(200, { "content-type": "text/plain" }).end("Public headline\n\nPublic paragraph.");
    } else if (path.startsWith("/hop/")) {
      const n = Number(path.slice("/hop/".length));
      redirect(n < 3 ? `/hop/${n + 1}` : `http://127.0.0.1:${internal.port}/secret`);
    } else if (path.startsWith("/to/")) {
      redirect(decodeURIComponent(path.slice("/to/".length)));
    } else if (path.startsWith("/forever/")) {
      redirect(`/forever/${Number(path.slice("/forever/".length)) + 1}`);
    } else if (path === "/loop-a") {
      redirect("/loop-b");
    } else if (path === "/loop-b") {
      redirect("/loop-a");
    } else {
      response.writeHead(404).end();
    }
  });
});

afterAll(async () => {
  await site.close();
  await internal.close();
});

describe("fetchArticle address policy", () => {
  it("blocks a loopback IP that is not allow-listed, without connecting", async () => {
    await expect(fetchArticle(`${internal.origin}/secret`)).rejects.toMatchObject(BLOCKED);
    expect(internal.requests).toHaveLength(0);
  });

  it("blocks a host name that resolves to a private address (checks the IP, not the name)", async () => {
    const attempt = fetchArticle(`http://news.test:${internal.port}/secret`, { lookup: testDns });
    await expect(attempt).rejects.toMatchObject(BLOCKED);
    expect(internal.requests).toHaveLength(0);
  });

  it("blocks localhost through the system resolver", async () => {
    await expect(fetchArticle(`http://localhost:${internal.port}/secret`)).rejects.toMatchObject(BLOCKED);
    expect(internal.requests).toHaveLength(0);
  });

  it("blocks a name when any one of its addresses is private", async () => {
    const mixed: LookupHost = async () => [{ address: "93.184.215.14", family: 4 }, ...loopback];
    await expect(fetchArticle("http://mixed.test/", { lookup: mixed })).rejects.toMatchObject(BLOCKED);
  });

  it.each<[string, string]>([
    ["the allow-listed name", "news.test"],
    ["the allow-listed name, in other case", "NEWS.test"],
  ])("allows %s even though it resolves to 127.0.0.1", async (_name, host) => {
    const article = await fetchArticle(`http://${host}:${site.port}/article`, {
      lookup: testDns,
      settings: { allowedHosts: ["news.test"] },
    });
    expect(article.paragraphs).toEqual(["Public paragraph."]);
  });

  it("allows localhost when it is allow-listed", async () => {
    const article = await fetchArticle(`http://localhost:${site.port}/article`, {
      settings: { allowedHosts: ["localhost"] },
    });
    expect(article.title).toBe("Public headline");
  });

  it("connects to the address it checked: DNS is asked once per hop, never again at connect time", async () => {
    let calls = 0;
    // A rebinding resolver: the first answer is the checked one; any later answer points elsewhere.
    const rebinding: LookupHost = async () => {
      calls += 1;
      return calls === 1 ? loopback : [{ address: "203.0.113.7", family: 4 }];
    };
    const article = await fetchArticle(`http://rebind.test:${site.port}/article`, {
      lookup: rebinding,
      settings: { allowedHosts: ["rebind.test"], fetchTimeoutMs: 2_000 },
    });
    expect(article.title).toBe("Public headline");
    expect(calls).toBe(1);
  });
});

describe("fetchArticle redirects", () => {
  const trusted = { allowedHosts: ["news.test"] };

  it("re-checks every hop: a chain that ends on an internal address is blocked before reaching it", async () => {
    const before = site.requests.length;
    await expect(
      fetchArticle(`http://news.test:${site.port}/hop/1`, { lookup: testDns, settings: trusted }),
    ).rejects.toMatchObject(BLOCKED);
    expect(site.requests.slice(before).map((request) => request.path)).toEqual([
      "/hop/1",
      "/hop/2",
      "/hop/3",
    ]);
    expect(internal.requests).toHaveLength(0);
  });

  it.each<[string, string]>([
    ["a private address", "http://10.0.0.1/admin"],
    ["the cloud metadata service", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"],
    ["IPv6 loopback", "http://[::1]/"],
    ["an IPv4-mapped loopback", "http://[::ffff:127.0.0.1]/"],
    ["a decimal-encoded loopback", "http://2130706433/"],
  ])("blocks a redirect to %s", async (_name, target) => {
    const attempt = fetchArticle(`http://news.test:${site.port}/to/${encodeURIComponent(target)}`, {
      lookup: testDns,
      settings: trusted,
    });
    await expect(attempt).rejects.toMatchObject(BLOCKED);
  });

  it("refuses a redirect to a non-web scheme", async () => {
    const attempt = fetchArticle(
      `http://news.test:${site.port}/to/${encodeURIComponent("file:///etc/passwd")}`,
      {
        lookup: testDns,
        settings: trusted,
      },
    );
    await expect(attempt).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/file: address/),
    });
  });

  it("stops after the redirect limit", async () => {
    const before = site.requests.length;
    const attempt = fetchArticle(`http://news.test:${site.port}/forever/0`, {
      lookup: testDns,
      settings: trusted,
    });
    await expect(attempt).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/^That address redirected more than 5 times\./),
    });
    expect(site.requests.length - before).toBe(6);
  });

  it("honours a lower redirect limit from the settings", async () => {
    const attempt = fetchArticle(`http://news.test:${site.port}/hop/1`, {
      lookup: testDns,
      settings: { ...trusted, maxRedirects: 1 },
    });
    await expect(attempt).rejects.toMatchObject({ message: expect.stringMatching(/more than 1 time\./) });
  });

  it("detects a redirect loop", async () => {
    const attempt = fetchArticle(`http://news.test:${site.port}/loop-a`, {
      lookup: testDns,
      settings: trusted,
    });
    await expect(attempt).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message:
        "That address redirects in a loop and never reaches a page. Open it in a browser, or paste the text.",
    });
  });
});
