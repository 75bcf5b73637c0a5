import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    /** The Session row this browser signed in with (lib/data/sessions). */
    sessionId?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sid?: unknown;
  }
}
