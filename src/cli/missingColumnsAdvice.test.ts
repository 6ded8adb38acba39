import { message } from "../messages/catalogue";
import { roleKeyOfName } from "../workbook/read/roleOfName";
import type { ColumnMapping } from "../workbook/read/readWorkbook";
import type { ReadOutcome } from "./EvaluateDeps";
import { missingColumnsAdvice } from "./missingColumnsAdvice";

const missing = (fieldList: string, unmatched: { column: number; header: string }[]): ReadOutcome => ({
  ok: false,
  issues: [{ code: "read_missing_columns", severity: "error", cell: "学校!A1:F1", params: { sheet: "学校", fieldList, found: "" } }],
  mapping: { sheet: "学校", headerRows: { top: 0, bottom: 0 }, dataRows: { top: 1, bottom: 1 }, columns: [], unmatched, missing: fieldList.split(",") } as ColumnMapping,
});

describe("missingColumnsAdvice: what to do when a required column was not recognised", () => {
  it("names the column whose header is likest the field's name in the example: 在册人数 (在, 数 shared) over 序号 and 备注", () => {
    const read = missing("students", [{ column: 0, header: "序号" }, { column: 4, header: "在册人数（人）" }, { column: 35, header: "备注" }]);
    expect(missingColumnsAdvice(read, "zh")).toEqual({ code: "cli_missing_columns_map", params: { field: "在校生数", columns: "A “序号”、E “在册人数（人）”、AJ “备注”", column: "E" } });
    expect(missingColumnsAdvice(read, "en")?.params).toEqual({ field: "Students", columns: "A “序号”, E “在册人数（人）”, AJ “备注”", column: "E" });
  });

  it("for the school name, the first missing of two: 校名 shares 校 and 名 with 学校名称; the field named as --map takes it (zh and en)", () => {
    const read = missing("name,students", [{ column: 1, header: "单位代码" }, { column: 2, header: "校名" }]);
    const zh = missingColumnsAdvice(read, "zh");
    const en = missingColumnsAdvice(read, "en");
    expect(zh?.params).toMatchObject({ field: "学校名称", column: "C" });
    expect([roleKeyOfName(String(zh?.params.field)), roleKeyOfName(String(en?.params.field))]).toEqual(["name", "name"]);
  });

  it("gives no column as an example when no header shares a character with the field's name, and says every column was recognised when none is left", () => {
    expect(missingColumnsAdvice(missing("students", [{ column: 0, header: "序号" }]), "zh")).toEqual({ code: "cli_missing_columns_map_any", params: { field: "在校生数", columns: "A “序号”" } });
    expect(missingColumnsAdvice(missing("students", []), "zh")).toEqual({ code: "cli_missing_columns_map_none", params: { field: "在校生数" } });
    expect(message("cli_missing_columns_map_none", { field: "在校生数" }, "zh")).toBe("  表头中的列均已识别。如“在校生数”在本表某列，用 --map 在校生数=列字母 指定；如在另一工作表，用 --sheet 指定该表");
  });

  it("lists six unrecognised columns and counts them all (8 columns: 6 named, zh 等 8 列, en 8 in all)", () => {
    const unmatched = Array.from({ length: 8 }, (_, i) => ({ column: i, header: `备注${i + 1}` }));
    expect(missingColumnsAdvice(missing("students", unmatched), "zh")?.params.columns).toBe("A “备注1”、B “备注2”、C “备注3”、D “备注4”、E “备注5”、F “备注6” 等 8 列");
    expect(missingColumnsAdvice(missing("students", unmatched), "en")?.params.columns).toBe("A “备注1”, B “备注2”, C “备注3”, D “备注4”, E “备注5”, F “备注6” (8 in all)");
  });

  it("says nothing for a read that worked, one that failed otherwise, or one without a header found", () => {
    expect(missingColumnsAdvice({ ok: true, input: { records: [], countyFigures: [], year: null }, mapping: null, issues: [], ruleOverride: null }, "zh")).toBeNull();
    expect(missingColumnsAdvice({ ok: false, issues: [{ code: "read_no_rows", severity: "error", cell: null, params: {} }] }, "zh")).toBeNull();
    expect(missingColumnsAdvice({ ok: false, issues: missing("students", []).issues }, "zh")).toBeNull();
  });
});
