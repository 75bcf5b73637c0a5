import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "./lib/env.mjs";

// `npm audit` cannot reach an advisory service from these machines, so the
// README lists what production runs, at the exact installed versions, for
// whoever checks advisories elsewhere. This keeps that list current.
const readme = readFileSync(path.join(projectRoot, "README.md"), "utf8");
const pkg = JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
};

function installedVersion(name: string): string {
  const manifest = path.join(projectRoot, "node_modules", name, "package.json");
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}

function listedDependencies(): Record<string, string> {
  const section = readme.split(/^### Production dependencies$/m)[1]?.split(/^#/m)[0] ?? "";
  const rows = [...section.matchAll(/^\| `([^`]+)` +\| ([^ |]+) +\|/gm)];
  return Object.fromEntries(rows.map(([, name, version]) => [name!, version!]));
}

describe("README security section", () => {
  it("lists every production dependency at its installed version, and nothing else", () => {
    const expected = Object.fromEntries(
      Object.keys(pkg.dependencies).map((name) => [name, installedVersion(name)]),
    );
    expect(listedDependencies()).toEqual(expected);
  });

  it("production dependencies are pinned to exact versions", () => {
    const loose = Object.entries(pkg.dependencies).filter(([, range]) => !/^\d+\.\d+\.\d+$/.test(range));
    expect(loose).toEqual([]);
  });
});
