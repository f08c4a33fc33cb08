#!/usr/bin/env node
// A real OpenID Connect provider on a loopback port, for the sign-in tests (never for production).
// Its development login form accepts any password; the login name becomes the account's email.
//   OIDC_PORT=3990 OIDC_REDIRECT_URI=http://127.0.0.1:3100/api/auth/callback/oidc node tests/support/oidc-server.mjs
import Provider from "oidc-provider";

const port = Number(process.env.OIDC_PORT || 3990);
const issuer = `http://127.0.0.1:${port}`;
const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.OIDC_CLIENT_ID || "mahere-test",
      client_secret: process.env.OIDC_CLIENT_SECRET || "mahere-test-secret",
      redirect_uris: [process.env.OIDC_REDIRECT_URI || "http://127.0.0.1:3100/api/auth/callback/oidc"],
      response_types: ["code"],
      grant_types: ["authorization_code"],
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  // Put the email in the ID token itself, as Entra ID does when the optional claim is configured.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true } },
  pkce: { required: () => true },
  cookies: { keys: ["mahere-oidc-test-cookie-key"] },
  async findAccount(_ctx, id) {
    return {
      accountId: id,
      async claims() {
        return { sub: id, email: id.toLowerCase(), email_verified: true, name: id };
      },
    };
  },
  // Consent is granted automatically for the test client, so the flow is: login → back to Mahere.
  loadExistingGrant: async (ctx) => {
    const grant = new provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope("openid email profile");
    await grant.save();
    return grant;
  },
});
provider.proxy = true;
for (const event of ["grant.error", "authorization.error", "server_error"]) {
  provider.on(event, (_ctx, error) =>
    console.error(`oidc ${event}: ${error.error_description ?? ""} ${error.error_detail ?? error.message}`),
  );
}
provider.listen(port, "127.0.0.1", () => console.log(`OIDC test provider on ${issuer}`));
