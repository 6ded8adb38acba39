import type { Grid, WorkbookSource } from "../workbook/types";
import { CachedSource } from "./cachedSource";

/** A source that counts what it is asked, like the round trips to Excel. */
function countingSource(fail: { next: boolean } = { next: false }) {
  const calls = { names: 0, hidden: 0, reads: [] as string[] };
  const source: WorkbookSource = {
    sheetNames: async () => (calls.names++, ["学校", "县级指标"]),
    hiddenSheets: async () => (calls.hidden++, []),
    readSheet: async (name, range) => {
      calls.reads.push(`${name}|${range ?? ""}`);
      if (fail.next) {
        fail.next = false;
        throw new Error("busy");
      }
      return { sheet: name, top: 0, left: 0, values: [[calls.reads.length]], hiddenRows: [], merges: [] } satisfies Grid;
    },
  };
  return { source, calls, fail };
}

describe("CachedSource", () => {
  it("reads each sheet and range once until cleared", async () => {
    const { source, calls } = countingSource();
    const cached = new CachedSource(source);
    const first = await cached.readSheet("学校");
    expect(await cached.readSheet("学校")).toBe(first);
    await cached.readSheet("学校", "A1:C9");
    await cached.readSheet("县级指标");
    await cached.sheetNames();
    await cached.sheetNames();
    await cached.hiddenSheets?.();
    await cached.hiddenSheets?.();
    expect(calls).toEqual({ names: 1, hidden: 1, reads: ["学校|", "学校|A1:C9", "县级指标|"] });
    cached.clear();
    expect(await cached.readSheet("学校")).not.toBe(first);
    await cached.sheetNames();
    expect(calls.reads).toHaveLength(4);
    expect(calls.names).toBe(2);
  });

  it("counts its clears, so that a read can be told to be of the sheets as they were before one", () => {
    const cached = new CachedSource(countingSource().source);
    expect(cached.generation).toBe(0);
    cached.clear();
    cached.clear();
    expect(cached.generation).toBe(2);
  });

  it("does not keep a failed read", async () => {
    const { source, calls } = countingSource({ next: true });
    const cached = new CachedSource(source);
    await expect(cached.readSheet("学校")).rejects.toThrow("busy");
    await expect(cached.readSheet("学校")).resolves.toMatchObject({ sheet: "学校" });
    expect(calls.reads).toEqual(["学校|", "学校|"]);
  });

  it("has no hiddenSheets when the workbook's adapter has none", () => {
    const { sheetNames, readSheet } = countingSource().source;
    expect(new CachedSource({ sheetNames, readSheet }).hiddenSheets).toBeUndefined();
  });
});
