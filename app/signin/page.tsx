import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInNotice } from "@/components/account/sign-in-notice";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[]; notice?: string | string[] }>;
}) {
  const { callbackUrl, notice } = await searchParams;
  const returnTo = safeCallbackUrl(Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl);
  if (await getCurrentUser()) redirect(returnTo);
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4 py-12">
      <h1 className="text-2xl font-semibold">Fact-check desk</h1>
      <p className="mt-1 text-stone-700">Sign in to check articles claim by claim.</p>
      <SignInNotice notice={notice} />
      <SignInForm callbackUrl={returnTo} />
    </main>
  );
}
