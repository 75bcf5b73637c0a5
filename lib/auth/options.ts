import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { proxySettings } from "@/lib/config/proxy-settings";
import { endSession } from "@/lib/data/sessions/end-sessions";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/data/sessions/session-lifetime";
import { signInWithPassword } from "@/lib/data/sign-in/sign-in-with-password";
import { signInStorageFailureMessage, storageFailureOf } from "@/lib/db/storage-failure";
import { isAppError } from "@/lib/errors/app-error";
import { clientAddress } from "@/lib/http/client-address";
import { usesSecureCookies } from "@/lib/http/secure-cookies";
import { safeCallbackUrl } from "./safe-callback-url";
import { authSecret } from "./secret";

const credentialsSchema = z.object({
  email: z.email().max(320),
  password: z.string().min(1).max(1024),
});

type RequestHeaders = Record<string, string | string[] | undefined> | undefined;
const header = (headers: RequestHeaders, name: string) => {
  const value = headers?.[name];
  return Array.isArray(value) ? value.join(", ") : (value ?? null);
};

/**
 * next-auth configuration: email + password, JWT cookies that carry only
 * the user's id and a Session row's id. Who the user is and what role they
 * have are read from the database on every request (lib/auth/current-user),
 * so ending the row signs the browser out at once, on every instance.
 */
export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/signin" },
  // Secure, __Secure-/__Host- prefixed cookies whenever the public address (NEXTAUTH_URL) is https.
  useSecureCookies: usesSecureCookies(),
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        try {
          const signedIn = await signInWithPassword({
            ...parsed.data,
            address: clientAddress(header(request?.headers, "x-forwarded-for"), proxySettings().trustedHops),
            userAgent: header(request?.headers, "user-agent"),
          });
          return signedIn;
        } catch (error) {
          // next-auth passes a thrown message on to the sign-in form (the throttle's "try again in…").
          if (isAppError(error)) throw new Error(error.message);
          const storage = storageFailureOf(error);
          if (storage) throw new Error(signInStorageFailureMessage(storage));
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sid = (user as { sessionId?: unknown }).sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.sid === "string") session.sessionId = token.sid;
      return session;
    },
    // Only our own pages, after the same normalisation a browser applies.
    redirect({ url, baseUrl }) {
      return new URL(safeCallbackUrl(url, baseUrl), baseUrl).toString();
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endSession(token.sid);
    },
  },
};
