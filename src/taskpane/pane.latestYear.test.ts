/**
 * Sheets of several years: the pane reads the school sheet the CLI reads (the reader's own choice,
 * the latest year), not the active sheet, and says what the CLI says of the others; a sheet the
 * user chooses in the list is read as chosen, with a word when a later year's sheet is there.
 */
import { gridOf } from "../workbook/read/testing";
import { choose, click } from "./testing/fakeDom";
import { paneSession, settle } from "./testing/paneHarness";

const rows = (year: number) => [
  [`示例县${year}年义务教育学校基本情况`, null, null],
  ["学校名称", "小学在校生数", "专任教师数"],
  ["城关小学", 400, 25],
  ["河口小学", 300, 20],
];
const OLD = gridOf(rows(2023), { sheet: "2023年学校" });
const NEW = gridOf(rows(2024), { sheet: "2024年学校" });
const ACTIVE_OLD = { sheet: "2023年学校", range: null, from: "used" } as const;

const { started } = paneSession({ grids: [OLD, NEW], proposal: ACTIVE_OLD });

describe("the pane: school sheets of several years", () => {
  it("reads the latest year's sheet, as the CLI does, though the older one is active, and says so in the CLI's words", async () => {
    const h = await started();
    expect(h.byId("sheet").value).toBe(""); // 自动: the reader's choice, as the CLI without --sheet
    expect(h.byId("school-sheets").textContent).toBe("学校数据表：“2024年学校”（2 条）");
    click(h.byId("evaluate"));
    await settle();
    expect(h.byId("result-basis").textContent).toContain("2024");
    const issues = h.byId("issues").textContent;
    // read_sheet_older_year, word for word (readerMessages.ts), and the year note of the CLI (read_year_from_title).
    expect(issues).toContain("工作表“2023年学校”是 2023 年的数据，早于已读取的 2024 年工作表（2024年学校），未读取");
    expect(issues).toContain("评估年度按表格标题取 2024 年");
  });

  it("reads the sheet the user chooses in the list, and says a later year's sheet is there (zh, en)", async () => {
    const h = await started();
    choose(h.byId("sheet"), "2023年学校");
    await settle();
    click(h.byId("evaluate"));
    await settle();
    expect(h.byId("result-basis").textContent).toContain("2023");
    expect(h.byId("issues").textContent).toContain("已按所选读取工作表“2023年学校”（2023 年的数据）；工作簿中还有更晚的 2024 年学校数据表“2024年学校”，未读取");
    const en = await started({ lang: "en" });
    choose(en.byId("sheet"), "2023年学校");
    await settle();
    click(en.byId("evaluate"));
    await settle();
    expect(en.byId("issues").textContent).toContain("Read the sheet “2023年学校” as chosen (2023 data); the workbook also has a later school sheet, “2024年学校” (2024), which was not read");
  });
});
