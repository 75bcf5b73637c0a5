// Regenerates newsroom-export.schema.json from the zod schema:
// npx tsx lib/newsroom-export/write-json-schema.ts
import { writeFileSync } from "node:fs";
import path from "node:path";
import { format, resolveConfig } from "prettier";
import { z } from "zod";
import { newsroomExportSchema } from "./newsroom-export-schema";

const schema = z.toJSONSchema(newsroomExportSchema, { target: "draft-2020-12", io: "input" });
const file = path.join(import.meta.dirname, "newsroom-export.schema.json");
// Formatted as `npm run lint` (prettier --check) expects.
writeFileSync(file, await format(JSON.stringify(schema), { ...(await resolveConfig(file)), filepath: file }));
