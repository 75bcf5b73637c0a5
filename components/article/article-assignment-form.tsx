"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/components/annotate/api-client";
import { useFormSubmission } from "@/components/annotate/use-form-submission";
import { Button, Field, FormError, TextInput } from "@/components/ui/form-controls";
import { HydratedForm } from "@/components/ui/hydrated-form";
import { PersonSelect, type Person } from "@/components/ui/person-select";

/** The editors' form for an article's lead editor, assignee and due date, behind a disclosure. */
export function ArticleAssignmentForm({
  articleId,
  updatedAt,
  leadEditor,
  assignee,
  dueAt,
  leadEditors,
  assignees,
}: {
  articleId: string;
  updatedAt: string;
  leadEditor: Person | null;
  assignee: Person | null;
  dueAt: string | null;
  leadEditors: Person[];
  assignees: Person[];
}) {
  const router = useRouter();
  const [leadEditorId, setLead] = useState(leadEditor?.id ?? "");
  const [assigneeId, setAssignee] = useState(assignee?.id ?? "");
  const [due, setDue] = useState(dueAt ?? "");
  const { pending, errors, message, submit } = useFormSubmission(async () => {
    try {
      await callApi("POST", `/api/v1/articles/${articleId}/assignment`, {
        updatedAt,
        leadEditorId: leadEditorId || null,
        assigneeId: assigneeId || null,
        dueAt: due || null,
      });
    } finally {
      router.refresh();
    }
  });
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer underline underline-offset-2">Change assignment</summary>
      <HydratedForm
        onSubmit={submit}
        noValidate
        aria-label="Article assignment"
        className="mt-2 grid max-w-2xl gap-3 sm:grid-cols-3"
      >
        <Field id="article-lead-editor" label="Lead editor" error={errors.leadEditorId}>
          <PersonSelect
            id="article-lead-editor"
            error={errors.leadEditorId}
            people={leadEditors}
            current={leadEditor}
            value={leadEditorId}
            onChange={setLead}
          />
        </Field>
        <Field id="article-assignee" label="Assignee" error={errors.assigneeId}>
          <PersonSelect
            id="article-assignee"
            error={errors.assigneeId}
            people={assignees}
            current={assignee}
            value={assigneeId}
            onChange={setAssignee}
          />
        </Field>
        <Field id="article-due" label="Due date" error={errors.dueAt}>
          <TextInput
            id="article-due"
            type="date"
            error={errors.dueAt}
            value={due}
            onChange={(event) => setDue(event.target.value)}
          />
        </Field>
        <div className="sm:col-span-3">
          <FormError message={message} />
          <Button type="submit" disabled={pending}>
            Save assignment
          </Button>
        </div>
      </HydratedForm>
    </details>
  );
}
