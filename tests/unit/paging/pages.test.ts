import { describe, expect, it } from "vitest";
import { clampPage, pageCount, pageLinks, pageOf, pageOffset, pageParam, pageSpan, readPage } from "@/lib/paging/pages";

describe("paging", () => {
  it("reads the page number from the address, falling back to 1", () => {
    expect(pageParam("3")).toBe(3);
    expect(pageParam(["4", "5"])).toBe(4);
    for (const bad of [undefined, "", "0", "-2", "2.5", "abc", "1e3", "9999999"]) expect(pageParam(bad), bad).toBe(1);
  });

  it("counts pages, clamps past the end and works out the offset and span", () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(40, 20)).toBe(2);
    expect(pageCount(41, 20)).toBe(3);
    expect(clampPage(9, 41, 20)).toBe(3);
    expect(clampPage(0, 41, 20)).toBe(1);
    expect(pageOffset({ page: 3, pageSize: 20 })).toBe(40);
    expect(pageSpan({ rows: [1], total: 41, page: 3, pageSize: 20 })).toEqual({ from: 41, to: 41 });
    expect(pageSpan({ rows: [], total: 0, page: 1, pageSize: 20 })).toEqual({ from: 0, to: 0 });
  });

  it("links the first, last and nearby pages, with gaps between", () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pageLinks(6, 20)).toEqual([1, "gap", 4, 5, 6, 7, 8, "gap", 20]);
    expect(pageLinks(20, 20)).toEqual([1, "gap", 18, 19, 20]);
  });

  it("reads the page asked for, or the last one when it asked past the end", async () => {
    const list = Array.from({ length: 7 }, (_, i) => i);
    const reads: number[] = [];
    const read = async (limit: number, offset: number) => {
      reads.push(offset);
      return list.slice(offset, offset + limit);
    };
    expect(await readPage({ page: 2, pageSize: 3 }, async () => 7, read)).toEqual({
      rows: [3, 4, 5],
      total: 7,
      page: 2,
      pageSize: 3,
    });
    expect(await readPage({ page: 9, pageSize: 3 }, async () => 7, read)).toMatchObject({ rows: [6], page: 3 });
    expect(await readPage({ page: 2, pageSize: 3 }, async () => 0, read)).toMatchObject({ rows: [], page: 1 });
    expect(reads).toEqual([3, 24, 6, 3]);
  });
});

describe("a page of a list in memory", () => {
  it("gives the rows of the page asked for, or of the last page when asked past the end", () => {
    const all = Array.from({ length: 7 }, (_, i) => i + 1);
    expect(pageOf(all, { page: 2, pageSize: 3 })).toEqual({ rows: [4, 5, 6], total: 7, page: 2, pageSize: 3 });
    expect(pageOf(all, { page: 9, pageSize: 3 })).toEqual({ rows: [7], total: 7, page: 3, pageSize: 3 });
    expect(pageOf([], { page: 1, pageSize: 3 })).toEqual({ rows: [], total: 0, page: 1, pageSize: 3 });
  });
});
