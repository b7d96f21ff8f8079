import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/config/env";
import { clientIpOfNodeHeaders } from "@/lib/http/client-ip";
import { checkCode } from "./check-code";
import { checkPassword } from "./check-password";
import { SESSION_MAX_AGE_SECONDS } from "./session-rules";
import { revokeStaffSession, startStaffSession } from "./staff-sessions";

/**
 * next-auth configuration, in one place. The admin sign-in pages run the same two checks
 * step by step (password, then code, with enrolment in between on first sign-in) and
 * issue the same JWT cookie; this provider accepts all three at once for clients that
 * post to /api/auth/callback/credentials, and only for accounts already enrolled.
 */
export const authOptions: NextAuthOptions = {
  // A getter: next-auth reads it per request, and `next build` imports this file without secrets.
  get secret() {
    return env().NEXTAUTH_SECRET;
  },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 0 },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/admin/sign-in", error: "/admin/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Staff",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
        code: { label: "Authenticator code", type: "text" },
      },
      async authorize(credentials, request) {
        const ip = clientIpOfNodeHeaders(request?.headers);
        if (!credentials?.email || !credentials.password || !credentials.code) return null;
        const password = await checkPassword(credentials.email, credentials.password, ip);
        if (password.status !== "ok" || !password.enrolled) return null;
        const code = await checkCode(password.userId, credentials.code, ip);
        if (code.status !== "ok") return null;
        const userAgent = request?.headers?.["user-agent"];
        const sid = await startStaffSession(password.userId, typeof userAgent === "string" ? userAgent : null);
        return { id: password.userId, email: password.email, sid };
      },
    }),
  ],
  // next-auth's own sign-out route ends the session on the server as well.
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await revokeStaffSession(token.sid);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) return { sub: user.id, sid: (user as { sid?: string }).sid, authAt: Date.now() };
      return token;
    },
    session({ session, token }) {
      return { ...session, user: { id: token.sub } } as typeof session;
    },
  },
};
