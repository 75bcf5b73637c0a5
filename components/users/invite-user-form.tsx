"use client";

import { useState } from "react";
import { useFormSubmission } from "@/components/annotate/use-form-submission";
import { Button, FormError } from "@/components/ui/form-controls";
import { HydratedForm } from "@/components/ui/hydrated-form";
import type { CreatedInvitation } from "@/lib/api/schemas/user";
import { CopyField } from "@/components/ui/copy-field";
import { LocalTime } from "@/components/ui/local-time";
import { emptyPerson, PersonFields } from "./person-fields";
import { requestInvite } from "./user-requests";

/**
 * Invite someone by a single-use link. Without mail configured the link is
 * shown to copy; with it, the page says where it was sent. The outcome is a
 * live region that is always in the page, so screen readers announce it.
 */
export function InviteUserForm({ onInvited }: { onInvited: () => void }) {
  const [person, setPerson] = useState(emptyPerson);
  const [sent, setSent] = useState<(CreatedInvitation & { email: string }) | null>(null);
  const { pending, errors, message, submit } = useFormSubmission(async () => {
    setSent(null);
    const result = await requestInvite(person);
    setSent({ ...result, email: result.invitation.email });
    setPerson(emptyPerson);
    onInvited();
  });
  return (
    <section aria-labelledby="invite-heading" className="rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="invite-heading" className="text-lg font-semibold">
        Invite someone
      </h2>
      <p className="mb-4 text-sm text-stone-700">
        They get a link that works once, for 7 days, to choose their own name and password.
      </p>
      <HydratedForm
        onSubmit={submit}
        noValidate
        aria-labelledby="invite-heading"
        className="grid gap-4 sm:grid-cols-3"
      >
        <PersonFields prefix="invite" person={person} onChange={setPerson} errors={errors} />
        <div className="sm:col-span-3">
          <FormError message={message} />
          <Button type="submit" disabled={pending}>
            {pending ? "Inviting…" : "Send invitation"}
          </Button>
        </div>
      </HydratedForm>
      <div className={sent ? "mt-4 space-y-3 rounded border-2 border-amber-700 bg-amber-50 p-4" : ""}>
        <p role="status" className={sent ? "font-semibold" : "sr-only"} data-testid="invitation-outcome">
          {sent
            ? sent.emailed
              ? `Invitation sent to ${sent.email}.`
              : `Invitation for ${sent.email} created. Copy the link and send it to them yourself.`
            : ""}
        </p>
        {sent?.link ? (
          <CopyField
            key={sent.link.url}
            id="invitation-link"
            label="Invitation link"
            value={sent.link.url}
            hint={
              <>
                Works once, until <LocalTime value={sent.link.expiresAt} />. Anyone with it can join as{" "}
                {sent.invitation.role}: send it only to {sent.email}.
              </>
            }
          />
        ) : null}
      </div>
    </section>
  );
}
