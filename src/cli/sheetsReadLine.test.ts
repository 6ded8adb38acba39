import { Run } from "./Run";
import { sheetsRead, sheetsReadLine } from "./sheetsReadLine";

const at = (sheet: string) => ({ source: { sheet, row: 3 } });

describe("sheetsRead: the sheets the school records came from", () => {
  it("counts each sheet's records in the order read (小学 20, 初中 19 in the tester's workbook: here 2 and 1)", () => {
    expect(sheetsRead([at("小学"), at("小学"), at("初中")])).toEqual([
      { sheet: "小学", count: 2 },
      { sheet: "初中", count: 1 },
    ]);
  });

  it("gives none for no records, and leaves out a record of no sheet (a stand-in reader's)", () => {
    expect(sheetsRead([])).toEqual([]);
    expect(sheetsRead([{ source: null }, at("学校")])).toEqual([{ sheet: "学校", count: 1 }]);
  });
});

describe("sheetsReadLine: the console line naming the sheets read (before: only “已读取 39 条学校记录”)", () => {
  it("names each school sheet with its records and the figures sheets, in zh", () => {
    const run = new Run("zh");
    sheetsReadLine(run, [at("小学"), at("小学"), at("初中")], ["县级指标"], { sheet: null, range: null, othersUnread: false });
    expect(run.stderr).toEqual(["学校数据表：“小学”（2 条）、“初中”（1 条）；县级指标表：“县级指标”"]);
  });

  it("says no figures sheet was found, in en, one record in the singular", () => {
    const run = new Run("en");
    sheetsReadLine(run, [at("学校")], [], { sheet: null, range: null, othersUnread: false });
    expect(run.stderr).toEqual(["School sheets read: “学校” (1 record); no county figures sheet found"]);
  });

  it("names a figures sheet left out as of another year, where none is read (before: 未找到县级指标表 beside 数据问题 saying it was there)", () => {
    const zh = new Run("zh");
    sheetsReadLine(zh, [at("学校")], [], { sheet: null, range: null, othersUnread: false, figuresOtherYear: ["县级指标"] });
    expect(zh.stderr).toEqual(["学校数据表：“学校”（1 条）；县级指标表“县级指标”不是本次评估年度的，未采用（见“数据问题”）"]);
    const en = new Run("en");
    sheetsReadLine(en, [at("学校")], [], { sheet: null, range: null, othersUnread: false, figuresOtherYear: ["2024指标", "2022指标"] });
    expect(en.stderr).toEqual(["School sheets read: “学校” (1 record); county figures of another year than this evaluation, not used: “2024指标”, “2022指标” (see Data issues)"]);
    // One of the year read beside: that one named, as read.
    const both = new Run("zh");
    sheetsReadLine(both, [at("学校")], ["2023指标"], { sheet: null, range: null, othersUnread: false, figuresOtherYear: ["2024指标"] });
    expect(both.stderr).toEqual(["学校数据表：“学校”（1 条）；县级指标表：“2023指标”"]);
  });

  it("names the school sheets only when the reader does not say its figures sheets (a stand-in reader)", () => {
    const run = new Run("en");
    sheetsReadLine(run, [at("学校"), at("学校")], null, { sheet: null, range: null, othersUnread: false });
    expect(run.stderr).toEqual(["School sheets read: “学校” (2 records)"]);
  });

  it("says which sheet a range without --sheet was applied to and that other sheets were not read", () => {
    const run = new Run("zh");
    sheetsReadLine(run, [at("小学")], [], { sheet: null, range: "A3:AJ20", othersUnread: true });
    expect(run.stderr[1]).toBe("区域 A3:AJ20 只用于工作表“小学”，未读取其他工作表的学校；如需读取其他工作表，请不加 --range，或用 --sheet 指定工作表分别评估");
    const named = new Run("zh");
    sheetsReadLine(named, [at("小学")], [], { sheet: "小学", range: "A3:AJ20", othersUnread: true });
    expect(named.stderr).toHaveLength(1);
    // One school sheet in the workbook: nothing was left unread, nothing to say.
    const only = new Run("zh");
    sheetsReadLine(only, [at("学校")], [], { sheet: null, range: "A3:AJ20", othersUnread: false });
    expect(only.stderr).toHaveLength(1);
  });
});
