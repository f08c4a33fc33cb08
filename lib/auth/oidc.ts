import type { Provider } from "next-auth/providers";

/**
 * Any OpenID Connect provider (an agency's Microsoft Entra ID, say), when configured. Accounts are
 * matched to pre-registered users by email in lib/auth/auth.ts.
 */
export function oidcProvider(env: NodeJS.ProcessEnv = process.env): Provider[] {
  const { AUTH_OIDC_ISSUER: issuer, AUTH_OIDC_ID: clientId, AUTH_OIDC_SECRET: clientSecret } = env;
  if (!issuer || !clientId || !clientSecret) return [];
  return [
    {
      id: "oidc",
      name: env.AUTH_OIDC_NAME || "your agency account",
      type: "oidc",
      issuer,
      clientId,
      clientSecret,
      checks: ["pkce", "state", "nonce"],
    },
  ];
}

export function isOidcConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return oidcProvider(env).length > 0;
}
