import { describe, expect, it } from "vitest";
import { normaliseAddress, withoutAddress } from "@/lib/mail/address";
import { messageIdFor } from "@/lib/mail/queue";

describe("mail addresses", () => {
  it("are stored trimmed and in lower case, so one person is one address", () => {
    expect(normaliseAddress("  Aroha.Ngata@Example.ORG ")).toBe("aroha.ngata@example.org");
    expect(normaliseAddress("aroha.ngata@example.org")).toBe("aroha.ngata@example.org");
  });

  it("refuse what is not an address", () => {
    for (const bad of [
      "",
      "aroha",
      "aroha@",
      "@example.org",
      "a b@example.org",
      "a@b@example.org",
      `${"a".repeat(250)}@x.nz`,
    ]) {
      expect(normaliseAddress(bad), bad).toBeNull();
    }
  });

  it("are taken out of a server's reply before it is logged or stored, however the server spelled them", () => {
    expect(
      withoutAddress("550 5.1.1 <Aroha.Ngata@example.org>: Recipient address rejected", "aroha.ngata@example.org"),
    ).toBe("550 5.1.1 <[recipient]>: Recipient address rejected");
    expect(withoutAddress("a+b@x.nz and a+b@x.nz", "a+b@x.nz")).toBe("[recipient] and [recipient]");
  });

  it("give each message a Message-ID fixed by what it is, so a message sent again is the same message", () => {
    const id = messageIdFor("digest:2027-05-01:42", "mahere.example.org");
    expect(id).toMatch(/^<[\w-]{32}@mahere\.example\.org>$/);
    expect(messageIdFor("digest:2027-05-01:42", "mahere.example.org")).toBe(id);
    expect(messageIdFor("digest:2027-05-01:43", "mahere.example.org")).not.toBe(id);
  });
});
