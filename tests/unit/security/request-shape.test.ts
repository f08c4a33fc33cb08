import { describe, expect, it } from "vitest";
import { formArgument, stateAndForm } from "@/lib/forms/action-arguments";
import { isMalformedPath, isUnreadableActionCall } from "@/lib/security/request-shape";

const call = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://mahere.test/login", { method: "POST", headers: { "next-action": "00ab", ...headers }, body });

const form = (entries: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe("isMalformedPath", () => {
  it.each([
    ["/actions/%ZZ", true],
    ["/api/v1/actions/%E0%A4%A", true],
    ["/subscribe/manage/%", true],
    ["/actions/1.5", false],
    ["/mi/ng%C4%81-mahi", false],
  ])("%s → %s", (path, malformed) => {
    expect(isMalformedPath(path)).toBe(malformed);
  });
});

describe("isUnreadableActionCall", () => {
  it("lets React's own encodings through: a JSON array alone, or as a form's root entry", async () => {
    expect(
      await isUnreadableActionCall(call('[{"status":"idle"},"$K1"]', { "content-type": "text/plain;charset=UTF-8" })),
    ).toBe(false);
    expect(
      await isUnreadableActionCall(
        call(
          form([
            ["1_email", "a@b.nz"],
            ["0", '["$K1"]'],
          ]),
        ),
      ),
    ).toBe(false);
  });

  it.each([
    ["text that is not JSON", call("hello", { "content-type": "text/plain" })],
    ["JSON that is not an argument list", call('{"a":1}', { "content-type": "text/plain" })],
    ["a form without its root entry", call(form([["1_email", "a@b.nz"]]))],
    ["a form whose root entry is not JSON", call(form([["0", "$K1"]]))],
    ["another content type", call("a=1", { "content-type": "application/x-www-form-urlencoded" })],
  ])("refuses %s", async (_label, request) => {
    expect(await isUnreadableActionCall(request)).toBe(true);
  });

  it("leaves posts that are not server-action calls, and the request's own body, alone", async () => {
    const plain = new Request("http://mahere.test/login", { method: "POST", body: "hello" });
    expect(await isUnreadableActionCall(plain)).toBe(false);
    const request = call('["$K1"]', { "content-type": "text/plain" });
    await isUnreadableActionCall(request);
    expect(await request.text()).toBe('["$K1"]');
  });
});

describe("server action arguments", () => {
  it("finds the form wherever a call put it, and none when there is none", () => {
    const f = form([["email", "a@b.nz"]]);
    expect(formArgument({ status: "idle" }, f)).toBe(f);
    expect(formArgument(f)).toBe(f);
    expect(formArgument({ status: "idle" }, "$K1")).toBeNull();
    expect(formArgument()).toBeNull();
  });

  it("reads a plain form post to a useActionState action (the form first) as the initial state and that form", () => {
    const f = form([["email", "a@b.nz"]]);
    expect(stateAndForm(f, undefined, { status: "idle" })).toEqual({ previous: { status: "idle" }, form: f });
  });

  it.each([
    ["a string", "abc"],
    ["an array", [1, 2]],
    ["null", null],
    ["a number", 7],
  ])("starts from the initial state when the state is %s", (_label, state) => {
    expect(stateAndForm(state, form([]), { status: "idle" }).previous).toEqual({ status: "idle" });
  });
});
