import { createArticle } from "@/lib/data/articles/create-article";
import { previewImport, previewUpload, type ImportPreview } from "@/lib/data/imports/preview-import";
import { findActingUser } from "@/lib/data/users/find-acting-user";
import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";
import { validationError } from "@/lib/errors/validation-error";
import { createArticleSchema, importPreviewSchema } from "@/lib/schemas/article";
import { resolveUserPath, type CliIo } from "../cli-io";
import type { CliCommand } from "../parse-args";
import { printJson } from "../print-json";
import { readImportFile } from "./read-import-file";

type ImportCommand = Extract<CliCommand, { name: "import" }>;

/** Anything with a scheme ("https://", "ftp://") is an address; the fetcher refuses all but http(s) with its own message. */
const looksLikeUrl = (source: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(source);

/**
 * `import`: the same two steps as the import page. Preview (upload parsing,
 * or the safe URL fetch with its address checks and IMPORT_ALLOWED_HOSTS),
 * then save; --title stands in for the editor changing the title in the
 * preview. Warnings the preview would show go to stderr.
 */
export async function importArticle(command: ImportCommand, io: CliIo): Promise<void> {
  const actor = await findActingUser(command.as);
  const preview = await previewSource(actor, command.source, io);
  for (const warning of preview.article.warnings) await io.err(`warning: ${warning}\n`);

  const { article } = preview;
  const input = createArticleSchema.safeParse({
    title: command.title ?? article.title,
    byline: article.byline,
    dateline: article.dateline,
    publishedAt: article.publishedAt,
    sourceUrl: article.sourceUrl,
    text: article.text,
    allowDuplicate: command.allowDuplicate,
  });
  if (!input.success) throw validationError(input.error);
  const { id } = await createArticle(actor, input.data).catch((error: unknown) => {
    throw withCliHint(error);
  });

  const result = {
    id,
    path: `/articles/${id}`,
    title: input.data.title,
    sourceUrl: input.data.sourceUrl,
    format: article.format,
  };
  if (command.json) return printJson(io, { ...result, warnings: article.warnings });
  await io.out(`Imported “${result.title}” (${result.format}).\nid:   ${id}\npath: ${result.path}\n`);
}

async function previewSource(actor: SessionUser, source: string, io: CliIo): Promise<ImportPreview> {
  if (!looksLikeUrl(source)) return previewUpload(actor, await readImportFile(resolveUserPath(io, source)));
  const input = importPreviewSchema.safeParse({ kind: "url", url: source });
  if (!input.success) throw validationError(input.error);
  return previewImport(actor, input.data);
}

/** The app's duplicate message points at buttons; here the way out is a flag. */
function withCliHint(error: unknown): unknown {
  if (
    !(error instanceof AppError) ||
    error.code !== "CONFLICT" ||
    typeof error.details?.existingArticleId !== "string"
  )
    return error;
  const { existingArticleId, existingTitle } = error.details;
  return new AppError(
    "CONFLICT",
    `This article is already in the tool as “${String(existingTitle)}” (/articles/${existingArticleId}). Pass --allow-duplicate to import it again.`,
    error.details,
  );
}
