/**
 * A sheet the user chose (the active one, or one chosen in the list): read once when no other
 * sheet of the workbook could be a school sheet (the county figures, the add-in's result sheets, a
 * cover note), and, when one could, said as the CLI says it (read_other_school_sheets) or, when the
 * reader would have read another, named — with the reader's own choice read once per look at the
 * sheets, not again for each read made before the pane next forgets them.
 */
import { gridOf } from "../workbook/read/testing";
import { choose, click } from "./testing/fakeDom";
import { paneSession, settle } from "./testing/paneHarness";

const TITLED = gridOf(
  [
    ["示例县2024年义务教育学校基本情况", null, null],
    ["学校名称", "小学在校生数", "专任教师数"],
    ["城关小学", 400, 25],
    ["河口小学", 300, 20],
  ],
  { sheet: "学校基本情况" },
);
const FIGURES = gridOf([["项目", "数值"], ["生均公用经费（元）", 800]], { sheet: "县级指标" });
const RESULT = gridOf([["项目", "结论"], ["资源配置", "未达标"]], { sheet: "汇总" });
const COVER = gridOf([["填表说明：本表由县教育局填写"]], { sheet: "说明" });
const ONE_SCHOOL_SHEET = { grids: [COVER, TITLED, FIGURES, RESULT], proposal: { sheet: "学校基本情况", range: null, from: "used" } as const };

/**
 * Two school sheets without a year, sharing some schools (so 学校备份 is no mere copy, which the
 * reader would note as one): the reader reads 学校 (three columns recognised, against two on
 * 学校备份) and names 学校备份.
 */
const SCHOOLS = gridOf([["学校名称", "小学在校生数", "专任教师数"], ["城关小学", 400, 25], ["河口小学", 300, 20]], { sheet: "学校" });
const BACKUP = gridOf([["学校名称", "小学在校生数"], ["城关小学", 390], ["河口小学", 290], ["石门小学", 120]], { sheet: "学校备份" });

const { started } = paneSession({ grids: [SCHOOLS, BACKUP], proposal: { sheet: "学校", range: null, from: "used" } });

describe("the pane: a sheet the user chose, beside the workbook's other sheets", () => {
  it("parses the workbook once per read when no other sheet could be a school sheet (figures, results, a note)", async () => {
    const h = await started(ONE_SCHOOL_SHEET);
    expect(h.calls.reads).toEqual([{}]); // 自动: the reader's choice, as the CLI reads
    choose(h.rowSelect("C", "field"), ""); // a fix reads again, the sheet it was made on as chosen
    await settle();
    expect(h.calls.reads).toHaveLength(2);
    expect(h.calls.reads[1]).toEqual({ sheet: "学校基本情况", mapping: { roles: {}, ignore: [2] } });
    click(h.byId("evaluate"));
    await settle();
    expect(h.calls.reads).toHaveLength(3);
    expect(h.calls.written).toHaveLength(1);
  });

  it.each([
    ["zh", "已读取工作表“学校”；以下工作表也像学校数据表，未读取：学校备份（可在选项中指定工作表）"],
    ["en", "Read sheet “学校”; these sheets also look like school sheets and were not read: 学校备份 (choose a sheet in the options)"],
  ] as const)("says the other school sheets as the CLI does when the sheet chosen is the reader's own choice (%s)", async (lang, said) => {
    const h = await started({ lang });
    click(h.byId("evaluate"));
    await settle();
    expect(h.byId("issues").textContent).toContain(said);
  });

  it.each([
    ["zh", "已按所选读取工作表“学校备份”；工作簿中还有其他学校数据表（学校），未读取（如需评估其他表，请在“工作表”中选择）"],
    ["en", "Read the sheet “学校备份” as chosen; the workbook also has other school sheets (学校), which were not read (to evaluate another, choose it under Sheet)"],
  ] as const)("names the other school sheets when the user chose another sheet than the reader would (%s)", async (lang, said) => {
    const h = await started({ lang });
    choose(h.byId("sheet"), "学校备份");
    await settle();
    click(h.byId("evaluate"));
    await settle();
    expect(h.byId("issues").textContent).toContain(said);
    expect(h.byId("issues").textContent).not.toContain(lang === "zh" ? "已读取工作表“学校”" : "Read sheet “学校”");
  });

  it("reads the reader's own choice once per look at the sheets: a fix dropped on 评估 reads the chosen sheet again, not the reader's choice", async () => {
    // Titled with a year, so that the reader's own choice is asked for the year note too.
    const title = ["示例县2024年义务教育学校基本情况", null, null];
    const titled = (grid: typeof SCHOOLS) => gridOf([title, ...grid.values], { sheet: grid.sheet });
    let current = titled(SCHOOLS);
    const h = await started({ readSheet: async (name) => (name === "学校" ? current : titled(BACKUP)) });
    choose(h.rowSelect("C", "field"), ""); // 专任教师数 not used
    await settle();
    current = gridOf([title, ["学校名称", "小学在校生数", "初中在校生数"], ["城关小学", 400, 0], ["河口小学", 300, 0]], { sheet: "学校" }); // C now holds another header
    const before = h.calls.reads.length;
    click(h.byId("evaluate"));
    await settle();
    // The check with the fix, the reader's own choice, the check without the fix (the reader's choice kept): three parses, not four.
    expect(h.calls.reads.slice(before)).toEqual([{ sheet: "学校", mapping: { roles: {}, ignore: [2] } }, {}, { sheet: "学校" }]);
    expect(h.calls.written).toHaveLength(0);
  });
});
