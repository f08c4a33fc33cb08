import type { Provider } from "next-auth/providers";
import { readOidc } from "@/lib/env";

/**
 * Any OpenID Connect provider (an agency's Microsoft Entra ID, say), when configured (lib/env.ts
 * reads and checks the settings). Accounts are matched to pre-registered users by email in
 * lib/auth/auth.ts.
 */
export function oidcProvider(env: Record<string, string | undefined> = process.env): Provider[] {
  const { oidc } = readOidc(env);
  if (!oidc) return [];
  return [
    {
      id: "oidc",
      name: oidc.name,
      type: "oidc",
      issuer: oidc.issuer,
      clientId: oidc.clientId,
      clientSecret: oidc.clientSecret,
      checks: ["pkce", "state", "nonce"],
    },
  ];
}

export function isOidcConfigured(env: Record<string, string | undefined> = process.env): boolean {
  return oidcProvider(env).length > 0;
}
