import { splitReference } from "../../workbook/address";
import { looksLikeHeader, OfficeNavigator } from "./OfficeNavigator";
import { OfficeError } from "./OfficeError";
import { FakeExcel } from "./testing/fakeExcel";

function workbook() {
  const excel = new FakeExcel();
  const data = excel.model.addSheet("学校 基本情况");
  ["学校名称", "在校生数"].forEach((h, c) => data.put(2, c, h));
  data.put(3, 0, "城关小学");
  data.put(3, 1, 800);
  return { excel, data, nav: new OfficeNavigator(excel.run) };
}

describe("OfficeNavigator", () => {
  it("proposes the selection when its first row is a header", async () => {
    const { excel, data, nav } = workbook();
    excel.model.selection = { sheet: data, box: { top: 2, left: 0, bottom: 3, right: 1 } };
    expect(await nav.proposeRange()).toEqual({ sheet: "学校 基本情况", range: "A3:B4", from: "selection" });
  });

  it("proposes the used range when the selection is one cell or has no header, and says which", async () => {
    const { excel, data, nav } = workbook();
    expect(await nav.proposeRange()).toEqual({ sheet: "学校 基本情况", range: null, from: "used", refused: "one_cell" });
    // One row (A4:B4): no table under a header.
    excel.model.selection = { sheet: data, box: { top: 3, left: 0, bottom: 3, right: 1 } };
    expect(await nav.proposeRange()).toEqual({ sheet: "学校 基本情况", range: null, from: "used", refused: "no_header" });
  });

  it("proposes the used range of the active sheet for a Ctrl-selection of two areas, which Excel will not give as one range", async () => {
    const { excel, data, nav } = workbook();
    excel.model.selection = { sheet: data, box: { top: 2, left: 0, bottom: 3, right: 1 }, more: [{ top: 6, left: 0, bottom: 7, right: 1 }] };
    await excel.run(async (context) => {
      context.workbook.getSelectedRange().load("address");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidSelection" });
    });
    expect(await nav.proposeRange()).toEqual({ sheet: "学校 基本情况", range: null, from: "used" });
  });

  it("selects the cell of a quoted reference on its sheet", async () => {
    const { excel, nav } = workbook();
    const other = excel.model.addSheet("汇总");
    excel.model.activeSheet = other;
    await nav.selectCell("'学校 基本情况'!B4");
    expect(excel.model.activeSheet?.name).toBe("学校 基本情况");
    expect(excel.model.selection?.box).toEqual({ top: 3, left: 1, bottom: 3, right: 1 });
  });

  it("splits references and recognises header rows", () => {
    expect(splitReference("'It''s'!A1")).toEqual({ sheet: "It's", address: "A1" });
    expect(splitReference("A1")).toBeNull();
    expect(looksLikeHeader(["学校", "123", null])).toBe(false);
    expect(looksLikeHeader(["学校", "学生数"])).toBe(true);
  });
});

describe("OfficeNavigator: host failures", () => {
  it("reports a cell on a sheet that is gone as an OfficeError naming the reference, with the host's error as cause", async () => {
    const { nav } = workbook();
    const failure = nav.selectCell("已删除!B4");
    await expect(failure).rejects.toBeInstanceOf(OfficeError);
    await expect(failure).rejects.toMatchObject({ code: "office_navigate_failed", params: { target: "已删除!B4" }, cause: { code: "ItemNotFound" } });
    await expect(nav.activateSheet("已删除")).rejects.toMatchObject({ message: expect.stringContaining("已删除"), cause: { code: "ItemNotFound" } });
  });

  it("reports a failed selection read with its cause", async () => {
    const excel = new FakeExcel();
    const nav = new OfficeNavigator(excel.run); // no sheet: no active sheet, no selection
    await expect(nav.proposeRange()).rejects.toMatchObject({ code: "office_selection_failed", cause: { code: "InvalidSelection" } });
  });
});
