"use client";

import { useHydrated } from "./use-hydrated";
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const control =
  "mt-1 w-full rounded border border-stone-400 bg-white px-3 py-2 focus:outline-2 focus:outline-blue-700 aria-[invalid=true]:border-red-700";

/** A labelled field with its hint and error, wired up with aria-describedby. */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-stone-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type WithField = { id: string; hasHint?: boolean; error?: string };

/** The attributes every control shares: its name, invalid state and described-by hint and error. */
function fieldAttributes({ id, hasHint = false, error }: WithField) {
  const describedBy = [hasHint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return {
    id,
    name: id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy || undefined,
    className: control,
  };
}

export function TextInput({
  id,
  hasHint,
  error,
  ...props
}: WithField & InputHTMLAttributes<HTMLInputElement>) {
  return <input {...fieldAttributes({ id, hasHint, error })} {...props} />;
}

export function TextArea({
  id,
  hasHint,
  error,
  ...props
}: WithField & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea {...fieldAttributes({ id, hasHint, error })} {...props} />;
}

export function Select({
  id,
  hasHint,
  error,
  ...props
}: WithField & SelectHTMLAttributes<HTMLSelectElement>) {
  return <select {...fieldAttributes({ id, hasHint, error })} {...props} />;
}

export function FormError({ message }: { message: string | null }) {
  return (
    <p role="alert" className="min-h-5 text-sm font-medium text-red-800">
      {message}
    </p>
  );
}

/** A button that stays disabled until the page is interactive (see useHydrated). */
export function Button({
  variant = "primary",
  disabled,
  ...props
}: { variant?: "primary" | "secondary" | "danger" } & React.ButtonHTMLAttributes<HTMLButtonElement>) {
  const hydrated = useHydrated();
  const styles = {
    primary: "bg-blue-800 text-white hover:bg-blue-900",
    secondary: "border border-stone-300 bg-white hover:bg-stone-100",
    danger: "bg-red-800 text-white hover:bg-red-900",
  }[variant];
  return (
    <button
      type="button"
      className={`rounded px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800 disabled:opacity-60 ${styles}`}
      disabled={!hydrated || disabled}
      {...props}
    />
  );
}

/** A dialog form's message line and its Cancel / submit buttons. */
export function DialogFooter({
  message,
  onCancel,
  submitLabel,
  pending,
}: {
  message: string | null;
  onCancel: () => void;
  submitLabel: string;
  pending: boolean;
}) {
  return (
    <>
      <FormError message={message} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
      </div>
    </>
  );
}
