import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

/**
 * Metadata for the pages behind single-use account links (setup, join,
 * reset password): the secret is in their address, so no Referer may carry
 * it anywhere and search engines must never keep it.
 */
export function accountLinkMetadata(title: string): Metadata {
  return { title, referrer: "no-referrer", robots: { index: false, follow: false } };
}

/** The frame of a page reached without signing in: the app's name, the heading, the content. */
export function AccountLinkPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-12">
      <p className="font-semibold tracking-tight">Fact-check desk</p>
      <h1 className="mt-1 text-2xl font-semibold">{title}</h1>
      {children}
    </main>
  );
}

/** The way on from an account-link page: to sign-in. */
export function GoToSignIn() {
  return (
    <p className="mt-4">
      <Link href="/signin" className="font-medium text-blue-800 underline underline-offset-4">
        Go to sign-in
      </Link>
    </p>
  );
}
