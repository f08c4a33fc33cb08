import { describe, expect, it } from "vitest";
import { authUrl } from "@/lib/auth/config";

const deployment = { AUTH_SECRET: "s".repeat(40), MAHERE_PUBLIC_URL: "https://mahere.example.org/" };

describe("the address sign-in builds its own links on", () => {
  it("is the public address, whatever host a request names", () => {
    expect(authUrl(deployment)).toBe("https://mahere.example.org/api/auth");
  });

  it("is the demo's own address in demo mode", () => {
    expect(authUrl({ MAHERE_DEMO: "1", PORT: "3400" })).toBe("http://localhost:3400/api/auth");
  });

  it("is left unset while the configuration is not valid (a build has none)", () => {
    expect(authUrl({ MAHERE_PUBLIC_URL: "https://mahere.example.org" })).toBeNull();
  });
});
