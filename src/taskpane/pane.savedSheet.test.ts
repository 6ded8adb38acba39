/**
 * Saved settings naming a sheet with no school table (the county figures, 县级指标): the pane
 * opens on the school sheet the reader finds, as it does when the active sheet holds none, and
 * says so; a sheet the user chooses in the list is read as chosen.
 */
import { parseSettings } from "../addin/addinSettings";
import { gridOf } from "../workbook/read/testing";
import { choose, click } from "./testing/fakeDom";
import { paneSession, settle } from "./testing/paneHarness";

const SCHOOLS = gridOf(
  [
    ["学校名称", "小学在校生数", "初中在校生数", "专任教师数", "网络多媒体教室"],
    ["九年一贯制学校", 300, 200, 40, 12],
    ["城关小学", 400, null, 25, 8],
  ],
  { sheet: "学校" },
);
const FIGURES = gridOf(
  [
    ["项目", "数值", "备注"],
    ["生均公用经费（元）", 800, ""],
  ],
  { sheet: "县级指标" },
);
const SAVED = { sheet: "县级指标", range: null, fixes: {}, ignored: [], headers: {}, profileId: "national-2017", year: null };

const { started } = paneSession({ grids: [FIGURES, SCHOOLS], proposal: { sheet: "县级指标", range: null, from: "used" }, saved: SAVED });

describe("the pane: saved settings naming a sheet with no school table", () => {
  it.each([
    ["zh", "保存的设置使用工作表“县级指标”，其中没有学校数据表，已改为读取工作表“学校”。"],
    ["en", "The saved settings use the sheet “县级指标”, which holds no school table; reading the sheet “学校” instead."],
  ] as const)("reads the school sheet the reader finds and says so under the range, as for the active sheet (%s)", async (lang, said) => {
    const h = await started({ lang });
    expect(h.byId("sheet").value).toBe("学校");
    expect(h.byId("range-hint").textContent).toBe(said);
    expect(h.byId("range-hint").classList.contains("warn-text")).toBe(true);
    expect(h.mappingRows().map((r) => r.field)).toEqual(["name", "students", "students", "teachers", "multimediaRooms"]);
    expect(h.byId("mapping-status").textContent).toBe("");
    expect(h.byId("notice").hidden).toBe(true);
    click(h.byId("evaluate"));
    await settle();
    expect(h.calls.written).toHaveLength(1);
    expect(parseSettings(h.settings.saved.get("yzjh.settings"))?.sheet).toBe("学校");
  });

  it("reads a saved range as saved: a range is the user's own choice of where the table is", async () => {
    const h = await started({ saved: { ...SAVED, range: "A1:C2" } });
    expect(h.byId("sheet").value).toBe("县级指标");
    expect(h.calls.reads.map((r) => r.sheet)).toEqual(["县级指标"]);
    expect(h.byId("range-hint").textContent).toBe("");
  });

  it("reads the sheet as chosen when the user chooses it in the list: the reading problem, in words that read well (zh, en)", async () => {
    const h = await started();
    choose(h.byId("sheet"), "县级指标");
    await settle();
    expect(h.byId("sheet").value).toBe("县级指标");
    expect(h.byId("mapping-status").textContent).toBe("无法读取学校数据：工作表“县级指标”中没有学校数据表（第 1 行为 项目 | 数值 | 备注，其中没有 学校名称、在校生数 列）。请在上方“工作表”中选择学校数据所在的工作表。");
    const en = await started({ lang: "en" });
    choose(en.byId("sheet"), "县级指标");
    await settle();
    expect(en.byId("mapping-status").textContent).toBe(
      "Cannot read the school data: the sheet “县级指标” holds no school table. Its row 1 (项目 | 数值 | 备注) names none the reader takes for School name, Students; it looks for the Chinese headers of the statistics forms, such as 学校名称 and 在校生数. Choose the school sheet under Sheet above.",
    );
  });

  it("keeps a saved sheet that holds a school table, and one that holds the only table there is", async () => {
    const h = await started({ saved: { ...SAVED, sheet: "学校" } });
    expect([h.byId("sheet").value, h.byId("range-hint").textContent]).toEqual(["学校", ""]);
    const alone = await started({ grids: [FIGURES] });
    expect(alone.byId("sheet").value).toBe("县级指标");
    expect(alone.byId("mapping-status").textContent).toMatch(/^无法读取学校数据：/);
  });
});
