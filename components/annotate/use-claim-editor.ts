"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import { AppError } from "@/lib/errors/app-error";
import type { ClaimResource } from "@/lib/api/schemas/claim";
import type { DeskClaim } from "@/lib/data/claims/claim-view";
import type { ClaimFields } from "./claim-form-dialog";
import { messageOf } from "./api-client";
import {
  requestCreateClaim,
  requestDeleteClaim,
  requestUpdateClaim,
  sortClaims,
  toClaimView,
  type Span,
} from "./claim-requests";

/** The suggested sentence a new claim accepts, as the dialog shows it. */
export interface AcceptedSuggestion {
  n: number;
  score: number;
  label: string;
}

export type EditorDialog =
  | { kind: "create"; span: Span; suggestion?: AcceptedSuggestion }
  | { kind: "edit"; claim: DeskClaim }
  | { kind: "dismiss"; claim: DeskClaim }
  | { kind: "delete"; claim: DeskClaim };

/**
 * The annotation state of one article page: its claims, the open dialog,
 * the claim being re-spanned, and a notice for screen readers and sighted
 * users alike. Every change goes through the API; the page only shows a
 * claim once the server has saved it.
 */
export function useClaimEditor(
  articleId: string,
  initialClaims: DeskClaim[],
  onSaved: (claim: DeskClaim) => void,
) {
  const router = useRouter();
  const [claims, setClaims] = useState(() => sortClaims(initialClaims));
  const [seenInitial, setSeenInitial] = useState(initialClaims);
  const [dialog, setDialog] = useState<EditorDialog | null>(null);
  const [respanId, setRespanId] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const [lastClaimant, setLastClaimant] = useState<string | null>(null);

  // Server-rendered props change after router.refresh(): take them as the truth.
  if (initialClaims !== seenInitial) {
    setSeenInitial(initialClaims);
    setClaims(sortClaims(initialClaims));
  }

  const replace = useCallback((claim: DeskClaim) => {
    setClaims((current) => sortClaims([...current.filter((c) => c.id !== claim.id), claim]));
  }, []);

  /** Runs a request; on a version conflict, shows the claim as it now is. */
  const run = useCallback(
    async (action: () => Promise<DeskClaim | null>, success: string) => {
      try {
        const saved = await action();
        if (saved) {
          replace(saved);
          onSaved(saved);
        }
        setDialog(null);
        setNotice({ text: success, error: false });
        router.refresh();
      } catch (error) {
        const current =
          error instanceof AppError ? (error.details?.current as ClaimResource | undefined) : undefined;
        if (current) replace(toClaimView(current));
        throw error;
      }
    },
    [replace, onSaved, router],
  );

  const rememberClaimant = (claimant: string) => {
    if (claimant.trim() !== "") setLastClaimant(claimant.trim());
  };

  return {
    claims,
    dialog,
    setDialog,
    respanId,
    setRespanId,
    notice,
    setNotice,
    /** The claimant saved most recently on this page, offered first in the claim dialog. */
    lastClaimant,
    create: (span: Span, fields: ClaimFields, suggestion?: AcceptedSuggestion) =>
      run(
        () => requestCreateClaim(articleId, span, fields, suggestion?.n),
        suggestion ? "Suggestion accepted as a claim." : "Claim marked.",
      ).then(() => rememberClaimant(fields.claimant)),
    /** Claims the server created in one go (accepting suggestions): shown at once, then refreshed. */
    added: (created: DeskClaim[], message: string) => {
      setClaims((current) => sortClaims([...current, ...created]));
      setNotice({ text: message, error: false });
      router.refresh();
    },
    edit: (claim: DeskClaim, fields: ClaimFields) =>
      run(() => requestUpdateClaim(claim, { ...fields }), "Claim updated.").then(() =>
        rememberClaimant(fields.claimant),
      ),
    dismiss: (claim: DeskClaim, reason: string) =>
      run(() => requestUpdateClaim(claim, { dismissal: { dismissed: true, reason } }), "Claim dismissed."),
    restore: (claim: DeskClaim) =>
      run(() => requestUpdateClaim(claim, { dismissal: { dismissed: false } }), "Claim restored.").catch(
        (error) => setNotice({ text: messageOf(error), error: true }),
      ),
    remove: async (claim: DeskClaim) => {
      await run(async () => {
        await requestDeleteClaim(claim);
        setClaims((current) => current.filter((c) => c.id !== claim.id));
        return null;
      }, "Claim deleted.");
    },
    respan: async (claim: DeskClaim, span: Span) => {
      try {
        await run(
          () => requestUpdateClaim(claim, { span }),
          claim.anchorState === "orphaned" ? "Claim re-attached." : "Claim span updated.",
        );
        setRespanId(null);
      } catch (error) {
        setNotice({ text: messageOf(error), error: true });
      }
    },
  };
}

export type ClaimEditor = ReturnType<typeof useClaimEditor>;
