/**
 * A required field whose column is headed with a slip of its name (教学及辅助用方面积 for
 * 教学及辅助用房面积): the line under the table names that column before 评估, where it only said
 * 未找到：教学及辅助用房面积, and its button gives the column the field as the table's list does.
 */
import { gridOf } from "../workbook/read/testing";
import { click } from "./testing/fakeDom";
import { paneSession, settle } from "./testing/paneHarness";

const SLIP = gridOf(
  [
    ["学校名称", "在校生数", "专任教师数", "教学及辅助用方面积（㎡）"],
    ["城关小学", 400, 25, 2600],
    ["河口小学", 300, 20, 1500],
  ],
  { sheet: "学校" },
);

const { started } = paneSession({ grids: [SLIP], proposal: { sheet: "学校", range: null, from: "used" } });

/** The line's text without the button's label, and the button. */
function missingLine(h: Awaited<ReturnType<typeof started>>) {
  const line = h.byId("mapping-missing");
  return { line, button: line.querySelector("button") };
}

describe("the pane: a field not found beside a header close to its name", () => {
  it("names the column close to 教学及辅助用房面积 on a line of its own, the fields with no such column before it (zh)", async () => {
    const h = await started();
    const { line, button } = missingLine(h);
    expect(line.hidden).toBe(false);
    expect(line.textContent).toContain("未找到：教学及辅助用房面积（D 列“教学及辅助用方面积（㎡）”与之相近，可在上表中把 D 列设为该项） 使用 D 列");
    expect(line.textContent).not.toMatch(/命令行|--map/);
    expect(line.textContent.startsWith("未找到：高于规定学历专任教师数")).toBe(true);
    expect(line.querySelectorAll("br").length).toBe(1);
    expect(button?.textContent).toBe("使用 D 列");
    expect(h.mappingRows()[3]).toMatchObject({ column: "D", field: "" });
  });

  it("says it in English, with the field's label", async () => {
    const h = await started({ lang: "en" });
    expect(missingLine(h).line.textContent).toContain(
      "Not found: Teaching and auxiliary floor area (column D, “教学及辅助用方面积（㎡）”, is close to it: set column D to it in the table above) Use column D",
    );
  });

  it("gives column D the field on a click, as the table's list would: read with the fix, and the line no longer names it", async () => {
    const h = await started();
    click(missingLine(h).button!);
    await settle();
    // Column D is index 3, 0-based.
    expect(h.calls.reads.at(-1)?.mapping).toEqual({ roles: { teachingArea: 3 }, ignore: [] });
    expect(h.mappingRows()[3]).toMatchObject({ column: "D", field: "teachingArea" });
    expect(h.byId("mapping-missing").textContent).not.toContain("教学及辅助用房面积");
    expect(h.byId("mapping-missing").querySelector("button")).toBeNull();
  });
});
