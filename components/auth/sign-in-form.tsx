"use client";

import { signIn } from "next-auth/react";
import { useRef, useState, type FormEvent } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { HydratedForm } from "@/components/ui/hydrated-form";

/**
 * The sentence for a refused sign-in. next-auth reports wrong credentials
 * as "CredentialsSignin" and passes on the message our authorize() threw:
 * only the throttle's is shown as is. The same words for an unknown email
 * and a wrong password, so the page never tells which emails have accounts.
 */
function signInErrorMessage(error: string | null | undefined): string {
  if (error?.startsWith("Too many attempts; try again in ")) return error;
  if (!error || error === "CredentialsSignin") return "Wrong email or password. Check both and try again.";
  return "Signing in failed on the server. Try again; if it keeps happening, tell your administrator.";
}

/** Email + password form. On success it does a full navigation so every server component sees the new session. */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();
  const passwordRef = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (result?.ok) {
        window.location.assign(callbackUrl);
        return;
      }
      setError(signInErrorMessage(result?.error));
    } catch {
      setError("Could not reach the server. Check your connection and try again.");
    }
    setPending(false);
    // Ready for the next try straight from the keyboard, whatever the answer was.
    passwordRef.current?.select();
  }

  return (
    <HydratedForm
      onSubmit={onSubmit}
      className="mt-6 space-y-4 rounded-lg border border-stone-200 bg-white p-5 shadow-sm"
      noValidate
    >
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          className="mt-1 w-full rounded border border-stone-400 px-3 py-2 focus:outline-2 focus:outline-blue-700"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          Password
        </label>
        <input
          ref={passwordRef}
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 w-full rounded border border-stone-400 px-3 py-2 focus:outline-2 focus:outline-blue-700"
        />
      </div>
      <div role="alert" className="min-h-5 text-sm font-medium text-red-800">
        {error}
      </div>
      <button
        type="submit"
        disabled={pending || !hydrated}
        className="w-full rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800 disabled:opacity-70"
      >
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </HydratedForm>
  );
}
