import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { modelsLeftOut, newsroomExportSchema, sectionModels, sectionNames } from "./newsroom-export-schema";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

/** The `model X {` names of a Prisma schema, in file order. */
const modelsOf = (schema: string) => [...schema.matchAll(/^model\s+(\w+)\s*\{/gm)].map((match) => match[1]);

describe("what the newsroom export holds", () => {
  it.each(["prisma/schema.prisma", "prisma/postgresql/schema.prisma"])(
    "decides every model of %s: exported as one section, or left out",
    (file) => {
      const models = modelsOf(read(file));
      expect(models.length).toBeGreaterThan(10);
      const decided = [...Object.values(sectionModels), ...modelsLeftOut];
      // Each model in exactly one list; no list names a model the schema lacks.
      expect(
        models.map((model) => ({ model, decided: decided.filter((name) => name === model).length })),
      ).toEqual(models.map((model) => ({ model, decided: 1 })));
      expect([...decided].sort()).toEqual([...models].sort());
    },
  );

  it("names a model for every section, in insert order", () => {
    expect(Object.keys(sectionModels)).toEqual([...sectionNames]);
  });

  it("the committed JSON Schema is what the zod schema generates now (npx tsx lib/newsroom-export/write-json-schema.ts)", () => {
    const committed: unknown = JSON.parse(read("lib/newsroom-export/newsroom-export.schema.json"));
    const generated = z.toJSONSchema(newsroomExportSchema, { target: "draft-2020-12", io: "input" });
    expect(committed).toEqual(JSON.parse(JSON.stringify(generated)));
  });
});
