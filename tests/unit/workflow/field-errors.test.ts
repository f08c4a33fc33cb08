import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsFromZod, keyToPath, mergeFieldErrors } from "@/lib/workflow/field-errors";

describe("field errors", () => {
  it("keys nested errors by their full dotted path", () => {
    const schema = z.object({
      links: z.array(z.object({ url: z.string({ error: "Bad link." }) })),
      n: z.number({ error: "Bad n." }),
    });
    const result = schema.safeParse({ links: [{ url: "ok" }, { url: 1 }], n: "x" });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(fieldErrorsFromZod(result.error)).toEqual({ "links.1.url": ["Bad link."], n: ["Bad n."] });
  });

  it("puts errors about the whole input under 'form'", () => {
    const result = z.object({}, { error: "Not a form." }).safeParse("x");
    if (!result.success) expect(fieldErrorsFromZod(result.error)).toEqual({ form: ["Not a form."] });
  });

  it("merges records without repeating a message", () => {
    expect(mergeFieldErrors({ a: ["One."], b: ["Two."] }, { a: ["One.", "Three."] }, {})).toEqual({
      a: ["One.", "Three."],
      b: ["Two."],
    });
  });

  it("turns a key back into a path", () => {
    expect(keyToPath("evidenceLinks.0.url")).toEqual(["evidenceLinks", 0, "url"]);
  });
});
