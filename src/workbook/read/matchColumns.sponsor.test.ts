import type { HeaderBand } from "./findHeader";
import { matchColumns } from "./matchColumns";
import { matchHeaderPath } from "./matchHeaderPath";

function band(paths: readonly (readonly string[])[]): HeaderBand {
  return { sheet: "S", top: 0, bottom: 2, columns: paths.map((path, column) => ({ column, path, headerRow: 2 })), codeRows: [], standardRows: [], dataTop: 3, unitLine: null };
}

describe("matchColumns: 办学性质 and 举办者 side by side are two columns, both read (the tester's scope1)", () => {
  const matched = matchColumns(band([["学校名称"], ["办学性质"], ["举办者"], ["在校生数"]]));

  it("办学性质 is the private flag's column B, 举办者 the sponsor's column C", () => {
    expect(matched.roles.filter((r) => r.key === "private" || r.key === "sponsor").map((r) => [r.key, r.column])).toEqual([
      ["private", 1],
      ["sponsor", 2],
    ]);
  });

  it("neither 'same meaning, not used' nor 'not recognised' is said of 举办者", () => {
    expect(matched.issues.filter((i) => i.code.startsWith("read_duplicate_column"))).toEqual([]);
    expect(matched.unmatched).toEqual([]);
  });

  it.each([[["举办者"]], [["举办者类型"]], [["学校举办者"]]])("%j is the sponsor's column", (path) => {
    expect(matchHeaderPath(path)).toEqual({ key: "sponsor", part: null, stage: null, unit: null });
  });
});
