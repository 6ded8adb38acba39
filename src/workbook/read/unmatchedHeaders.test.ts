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
      { code: "read_columns_unmatched", severity: "info", cell: "S!A3", params: { sheet: "S", headers: "序号、校舍用房、生均运动场面积", unreadColumns: "A“序号”\nD“校舍用房”\nE“生均运动场面积”" } },
    ]);
  });

  it("joins a header path with / and starts at the first unread column", () => {
    const paths = [["学校名称"], ["在校生数"], ["校舍", "其他用房"]];
    expect(issuesOf(paths)[0]).toMatchObject({ cell: "S!C3", params: { headers: "校舍/其他用房" } });
  });

  it("says nothing when every needed column is there and only 备注 is unread", () => {
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
    expect(issuesOf(paths)).toEqual([{ code: "read_columns_unmatched", severity: "info", cell: "S!J3", params: { sheet: "S", headers: "艺体类教师（人）/小学", unreadColumns: "J“艺体类教师（人）/小学”" } }]);
  });

  it("says nothing when 体育教师 and 音乐美术教师 make up L3", () => {
    expect(issuesOf([...ALL_BUT_L3, ["体育教师（人）", "小学"], ["音乐美术教师（人）", "小学"]])).toEqual([]);
  });

  it("says nothing when the parts make up L3 (体育 + 音乐 + 美术) and only 备注 is unread", () => {
    const paths = [...ALL_BUT_L3, ["体育教师"], ["音乐教师"], ["美术教师"], ["备注"]];
    expect(issuesOf(paths)).toEqual([]);
  });
});

describe("unmatchedHeaders: every header left unread is named, with its column, whatever is missing", () => {
  const ALL = [["学校名称"], ["在校生数"], ["专科及以上学历教师"], ["县级及以上骨干教师"], ["体育艺术教师"], ["教学及辅助用房面积"], ["运动场地面积"], ["教学仪器设备值（万元）"], ["网络多媒体教室"]];

  it("names 生均公用经费（元） though no needed column is missing (B3), but not 56-65人 alone, which read_class_bucket_merged_missing already warns of (before: listed as unknown too)", () => {
    // Columns J (0-based 9) and K: neither read; J lacks ≤55 and ≥66 beside it, and is said at its header instead.
    const b = band([...ALL, ["56-65人"], ["生均公用经费（元）"]]);
    const matched = matchColumns(b);
    expect(matched.issues.filter((i) => i.code.startsWith("read_class_bucket_merged")).map((i) => [i.code, i.cell])).toEqual([["read_class_bucket_merged_missing", "S!J3"]]);
    expect(unmatchedHeaders(b, matched.roles)).toEqual([
      { code: "read_columns_unmatched", severity: "info", cell: "S!K3", params: { sheet: "S", headers: "生均公用经费（元）", unreadColumns: "K“生均公用经费（元）”" } },
    ]);
  });

  it("says nothing of b3's 46-55人 and 56-65人 when nothing else is unread, each warned at its header", () => {
    expect(issuesOf([...ALL, ["46-55人"], ["56-65人"]])).toEqual([]);
  });

  it("still names a merged header whose buckets are all read from their own columns (51-60人 beside 51-55人 and 56-60人): no warning says it", () => {
    const b = band([...ALL, ["51-55人"], ["56-60人"], ["51-60人"]]);
    const matched = matchColumns(b);
    expect(matched.issues.filter((i) => i.code.startsWith("read_class_bucket_merged"))).toEqual([]);
    expect(unmatchedHeaders(b, matched.roles).map((i) => i.params.unreadColumns)).toEqual(["L“51-60人”"]);
  });

  it("leaves out 序号, 编号, 备注, 说明 and codes (学校代码, 学校标识码), which hold no figure", () => {
    expect(issuesOf([["序号"], ...ALL, ["学校代码"], ["学校标识码"], ["编号"], ["备注"], ["说明"]])).toEqual([]);
  });

  it("names a header of several rows by its path, at the first named column, after a 序号 left out", () => {
    expect(issuesOf([["序号"], ...ALL, ["在校生数", "其中：女"]])).toEqual([
      { code: "read_columns_unmatched", severity: "info", cell: "S!K3", params: { sheet: "S", headers: "在校生数/其中：女", unreadColumns: "K“在校生数/其中：女”" } },
    ]);
  });

  it("skips a column with no header text", () => {
    expect(issuesOf([...ALL, [""], ["  "]])).toEqual([]);
  });
});
