import "server-only";
import { env } from "@/lib/env";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { findActiveUserByEmail } from "@/lib/dal/users";
import { verifyCredentials } from "@/lib/dal/sign-in";
import { clientAddress } from "./client-address";
import { authConfig, withinLifetime } from "./config";
import { oidcProvider } from "./oidc";

export class InvalidSignIn extends CredentialsSignin {
  code = "invalid";
}
export class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}

/** Entra ID puts the address in `email` when configured, else in `preferred_username`. */
function profileEmail(profile: Record<string, unknown> | undefined): string {
  const value = profile?.email ?? profile?.preferred_username;
  return typeof value === "string" ? value : "";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const email = typeof credentials.email === "string" ? credentials.email : "";
        const password = typeof credentials.password === "string" ? credentials.password : "";
        const result = await verifyCredentials(email, password, clientAddress(request.headers, env().trustedProxies));
        if (!result.ok) throw result.reason === "throttled" ? new ThrottledSignIn() : new InvalidSignIn();
        return { id: String(result.user.id), email: result.user.email, name: result.user.name };
      },
    }),
    ...oidcProvider(),
  ],
  callbacks: {
    ...authConfig.callbacks,
    /** OpenID Connect sign-in only matches a pre-registered, active account: it never creates one. */
    async signIn({ account, profile }) {
      if (account?.provider !== "oidc") return true;
      return (await findActiveUserByEmail(profileEmail(profile))) !== null;
    },
    async jwt({ token, user, account, profile }) {
      if (account) {
        const email = account.provider === "oidc" ? profileEmail(profile) : (user?.email ?? "");
        const found = await findActiveUserByEmail(email);
        if (!found) return null;
        token.uid = found.id;
        token.sv = found.sessionVersion;
        token.signedInAt = Date.now();
        delete token.picture;
      }
      return withinLifetime(token);
    },
  },
});
