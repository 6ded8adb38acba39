import type { HeaderBand } from "./findHeader";
import { matchColumns } from "./matchColumns";
import { unmatchedHeaders } from "./unmatchedHeaders";

function band(paths: readonly (readonly string[])[]): HeaderBand {
  return { sheet: "S", top: 0, bottom: 2, columns: paths.map((path, column) => ({ column, path, headerRow: 2 })), codeRows: [], standardRows: [], dataTop: 3, unitLine: null };
}

function issuesOf(paths: readonly (readonly string[])[]) {
  const b = band(paths);
  return unmatchedHeaders(b, matchColumns(b).roles);
}

describe("unmatchedHeaders", () => {
  it("lists every header left unread in one info issue at the header row of the first, when a needed column is missing", () => {
    // L1, L2, L3, L4, L5, L6, L7 columns are all missing; 序号, 校舍用房 and a per-student column are unread.
    expect(issuesOf([["序号"], ["学校名称"], ["在校生数"], ["校舍用房"], ["生均运动场面积"]])).toEqual([
      { code: "read_columns_unmatched", severity: "info", cell: "S!A3", params: { sheet: "S", headers: "序号、校舍用房、生均运动场面积" } },
    ]);
  });

  it("joins a header path with / and starts at the first unread column", () => {
    const paths = [["学校名称"], ["在校生数"], ["校舍", "其他用房"]];
    expect(issuesOf(paths)[0]).toMatchObject({ cell: "S!C3", params: { headers: "校舍/其他用房" } });
  });

  it("says nothing when every needed column is there, however many are unread", () => {
    const all = [["学校名称"], ["在校生数"], ["专科及以上学历教师"], ["县级及以上骨干教师"], ["体育艺术教师"], ["教学及辅助用房面积"], ["运动场地面积"], ["教学仪器设备值（万元）"], ["网络多媒体教室"], ["备注"]];
    expect(issuesOf(all)).toEqual([]);
  });

  it("says nothing when a column is missing but every header was read", () => {
    expect(issuesOf([["学校名称"], ["在校生数"]])).toEqual([]);
  });
});

describe("unmatchedHeaders: a field given only in parts that make up no whole", () => {
  const ALL_BUT_L3 = [["学校名称"], ["在校生数"], ["专科及以上学历教师"], ["县级及以上骨干教师"], ["教学及辅助用房面积"], ["运动场地面积"], ["教学仪器设备值（万元）"], ["网络多媒体教室"]];

  it("lists the unread headers when L3 has its PE column but no music or art one (艺体类教师 not recognised)", () => {
    const paths = [...ALL_BUT_L3, ["体育教师（人）", "小学"], ["艺体类教师（人）", "小学"]];
    expect(issuesOf(paths)).toEqual([{ code: "read_columns_unmatched", severity: "info", cell: "S!J3", params: { sheet: "S", headers: "艺体类教师（人）/小学" } }]);
  });

  it("says nothing when 体育教师 and 音乐美术教师 make up L3", () => {
    expect(issuesOf([...ALL_BUT_L3, ["体育教师（人）", "小学"], ["音乐美术教师（人）", "小学"]])).toEqual([]);
  });

  it("says nothing when the parts make up L3 (体育 + 音乐 + 美术), however many are unread", () => {
    const paths = [...ALL_BUT_L3, ["体育教师"], ["音乐教师"], ["美术教师"], ["备注"]];
    expect(issuesOf(paths)).toEqual([]);
  });
});
