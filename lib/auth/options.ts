import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { findUserForSignIn } from "@/lib/data/users/find-user-for-sign-in";
import { roleSchema } from "./roles";
import { authSecret } from "./secret";

const credentialsSchema = z.object({
  email: z.email().max(320),
  password: z.string().min(1).max(1024),
});

/**
 * next-auth configuration: email + password, JWT sessions that carry the
 * user's id and role. The role in the token is re-read on every sign-in only,
 * so sessions last 12 hours to bound how long a role change takes to apply.
 */
export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        return findUserForSignIn(parsed.data.email, parsed.data.password);
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = (user as { role?: unknown }).role;
      }
      return token;
    },
    session({ session, token }) {
      const role = roleSchema.safeParse(token.role);
      if (session.user && token.sub && role.success) {
        session.user.id = token.sub;
        session.user.role = role.data;
      }
      return session;
    },
  },
};
