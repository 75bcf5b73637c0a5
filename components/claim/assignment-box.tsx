"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/components/annotate/api-client";
import { useFormSubmission } from "@/components/annotate/use-form-submission";
import { Button, Field, FormError, TextInput } from "@/components/ui/form-controls";
import { HydratedForm } from "@/components/ui/hydrated-form";
import { PersonSelect, type Person } from "@/components/ui/person-select";
import { TakeClaimButton } from "@/components/queues/take-claim-button";
import { DueDay } from "@/components/status/due-day";

/**
 * Who owns a claim and when it is due. Editors and admins assign, unassign
 * and date it; a reviewer can take it while nobody has it. Overdue is said
 * in words, not only in colour.
 */
export function AssignmentBox({
  claimId,
  version,
  assignee,
  dueAt,
  people,
  canAssign,
  canTake,
}: {
  claimId: string;
  version: number;
  assignee: Person | null;
  dueAt: string | null;
  people: Person[];
  canAssign: boolean;
  canTake: boolean;
}) {
  return (
    <section
      aria-labelledby="assignment-heading"
      className="space-y-3 rounded-md border border-stone-200 bg-white p-4"
      data-testid="assignment-box"
    >
      <h2 id="assignment-heading" className="text-lg font-semibold">
        Assignment
      </h2>
      <p data-testid="assignment-summary">
        {assignee ? (
          <>
            Assigned to <strong>{assignee.name}</strong>
          </>
        ) : (
          "Nobody has taken this claim."
        )}
        {dueAt ? (
          <>
            {" · "}
            <DueDay day={dueAt} />
          </>
        ) : null}
      </p>
      {canTake ? <TakeClaimButton claimId={claimId} version={version} label="Take this claim" /> : null}
      {canAssign ? (
        <AssignClaimForm
          claimId={claimId}
          version={version}
          assignee={assignee}
          dueAt={dueAt}
          people={people}
        />
      ) : null}
    </section>
  );
}

function AssignClaimForm({
  claimId,
  version,
  assignee,
  dueAt,
  people,
}: {
  claimId: string;
  version: number;
  assignee: Person | null;
  dueAt: string | null;
  people: Person[];
}) {
  const router = useRouter();
  const [assigneeId, setAssigneeId] = useState(assignee?.id ?? "");
  const [due, setDue] = useState(dueAt ?? "");
  const { pending, errors, message, submit } = useFormSubmission(async () => {
    try {
      await callApi("POST", `/api/v1/claims/${claimId}/assignment`, {
        version,
        assigneeId: assigneeId || null,
        dueAt: due || null,
      });
    } finally {
      router.refresh();
    }
  });
  return (
    <HydratedForm onSubmit={submit} noValidate aria-label="Assign this claim" className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-1">
        <Field id="claim-assignee" label="Assignee" error={errors.assigneeId}>
          <PersonSelect
            id="claim-assignee"
            error={errors.assigneeId}
            people={people}
            current={assignee}
            value={assigneeId}
            onChange={setAssigneeId}
          />
        </Field>
        <Field id="claim-due" label="Due date" hint="Leave empty for no due date." error={errors.dueAt}>
          <TextInput
            id="claim-due"
            type="date"
            hasHint
            error={errors.dueAt}
            value={due}
            onChange={(event) => setDue(event.target.value)}
          />
        </Field>
      </div>
      <FormError message={message} />
      <Button type="submit" disabled={pending}>
        Save assignment
      </Button>
    </HydratedForm>
  );
}
