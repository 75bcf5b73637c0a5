"use client";

import { Button, Field, TextInput } from "@/components/ui/form-controls";

export interface SourceDraft {
  url: string;
  title: string;
  publisher: string;
  excerpt: string;
  accessedAt: string;
  archiveUrl: string;
}

export interface KnownSource {
  url: string;
  title: string;
  publisher: string;
  archiveUrl: string | null;
}

export const emptySource = (): SourceDraft => ({
  url: "",
  title: "",
  publisher: "",
  excerpt: "",
  accessedAt: new Date().toISOString().slice(0, 10),
  archiveUrl: "",
});

/**
 * The fields of one cited source. Typing the URL of a source already cited
 * elsewhere fills in its title and publisher, so it is never typed twice.
 */
export function SourceFields({
  index,
  value,
  known,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  value: SourceDraft;
  known: KnownSource[];
  errors: Record<string, string>;
  onChange: (next: SourceDraft) => void;
  onRemove: () => void;
}) {
  const id = (field: string) => `source-${index}-${field}`;
  const error = (field: string) => errors[`sources.${index}.${field}`];
  const set = (field: keyof SourceDraft) => (event: { target: { value: string } }) => {
    const next = { ...value, [field]: event.target.value };
    const match = field === "url" ? known.find((source) => source.url === next.url) : undefined;
    onChange(
      match
        ? {
            ...next,
            title: next.title || match.title,
            publisher: next.publisher || match.publisher,
            archiveUrl: next.archiveUrl || (match.archiveUrl ?? ""),
          }
        : next,
    );
  };
  return (
    <fieldset className="space-y-2 rounded border border-stone-300 p-3">
      <legend className="px-1 text-sm font-semibold">Source {index + 1}</legend>
      <Field id={id("url")} label="URL" error={error("url")}>
        <TextInput
          id={id("url")}
          error={error("url")}
          type="url"
          list="known-sources"
          value={value.url}
          onChange={set("url")}
        />
      </Field>
      <div className="grid gap-2 sm:grid-cols-2">
        <Field id={id("title")} label="Title" error={error("title")}>
          <TextInput id={id("title")} error={error("title")} value={value.title} onChange={set("title")} />
        </Field>
        <Field id={id("publisher")} label="Publisher" error={error("publisher")}>
          <TextInput
            id={id("publisher")}
            error={error("publisher")}
            value={value.publisher}
            onChange={set("publisher")}
          />
        </Field>
      </div>
      <Field id={id("excerpt")} label="Quoted excerpt (optional)" error={error("excerpt")}>
        <TextInput
          id={id("excerpt")}
          error={error("excerpt")}
          value={value.excerpt}
          onChange={set("excerpt")}
        />
      </Field>
      <div className="grid gap-2 sm:grid-cols-2">
        <Field id={id("accessedAt")} label="Date accessed" error={error("accessedAt")}>
          <TextInput
            id={id("accessedAt")}
            error={error("accessedAt")}
            type="date"
            value={value.accessedAt}
            onChange={set("accessedAt")}
          />
        </Field>
        <Field id={id("archiveUrl")} label="Archive URL (optional)" error={error("archiveUrl")}>
          <TextInput
            id={id("archiveUrl")}
            error={error("archiveUrl")}
            type="url"
            value={value.archiveUrl}
            onChange={set("archiveUrl")}
          />
        </Field>
      </div>
      <Button variant="secondary" onClick={onRemove}>
        Remove source {index + 1}
      </Button>
    </fieldset>
  );
}
