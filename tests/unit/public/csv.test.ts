import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/public/csv";

describe("csvCell", () => {
  it("neutralises text that a spreadsheet would run as a formula", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("+64 21")).toBe("'+64 21");
    expect(csvCell("-x")).toBe("'-x");
    expect(csvCell("@x")).toBe("'@x");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell("\rx")).toBe('"\'\rx"');
  });

  it("quotes commas, quotes and line breaks, doubling quotes (RFC 4180)", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "kia ora"')).toBe('"say ""kia ora"""');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell('=HYPERLINK("x"),1')).toBe('"\'=HYPERLINK(""x""),1"');
  });

  it("leaves ordinary text, macrons and typed numbers as they are", () => {
    expect(csvCell("whānau and Māori")).toBe("whānau and Māori");
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell(-3.5)).toBe("-3.5");
    expect(csvCell(0)).toBe("0");
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });
});

describe("toCsv", () => {
  it("starts with a byte order mark and ends every line with CRLF", () => {
    const csv = toCsv(
      ["code", "title"],
      [
        ["1.1", "Kia ora, whānau"],
        ["1.2", null],
      ],
    );
    expect(csv).toBe('\uFEFFcode,title\r\n1.1,"Kia ora, whānau"\r\n1.2,\r\n');
  });

  it("writes only the header when there are no rows", () => {
    expect(toCsv(["a"], [])).toBe("\uFEFFa\r\n");
  });
});
