import type { ColumnMapping } from "../workbook/read/readWorkbook";
import { columnOfHeader } from "./fixHeaders";
import { heldFixes, movedFix, pendingHeld, withHeld, type HeldFix } from "./heldFixes";

const TYPO = "教学及辅助用方面积（㎡）";
const ARTS = "体育、艺术教师/美术";

/** messy.xlsx with a column inserted at A: the typo header moved from N (13) to O (14), N now holds 美术. */
function mapping(unmatched: Array<{ column: number; header: string }>): ColumnMapping {
  const column = { column: 2, address: "C", headerCell: "S!C3", header: "学校名称", field: "name", stage: null, unitFactor: 1, unit: null, part: null };
  return { sheet: "S", headerRows: { top: 2, bottom: 3 }, dataRows: { top: 4, bottom: 9 }, columns: [column], unmatched, missing: [] } as ColumnMapping;
}
const shifted = mapping([{ column: 13, header: ARTS }, { column: 14, header: TYPO }]);
const held: HeldFix = { sheet: "S", range: null, column: 13, was: TYPO, now: ARTS, to: 14, roles: ["teachingArea"], ignored: false, saved: true };

describe("columnOfHeader", () => {
  it("finds the one other column holding the header", () => {
    expect(columnOfHeader(shifted, TYPO, 13)).toBe(14);
  });
  it("is null when no column holds it (the column was deleted)", () => {
    expect(columnOfHeader(mapping([{ column: 13, header: ARTS }]), TYPO, 13)).toBeNull();
  });
  it("is null when two columns hold it: the user chooses", () => {
    expect(columnOfHeader(mapping([{ column: 14, header: TYPO }, { column: 20, header: TYPO }]), TYPO, 13)).toBeNull();
  });
  it("does not offer the column itself", () => {
    expect(columnOfHeader(mapping([{ column: 13, header: TYPO }]), TYPO, 13)).toBeNull();
  });
});

describe("heldFixes", () => {
  const changed = [{ column: 13, was: TYPO, now: ARTS }];
  it("holds the role fixed at the changed column, saved, with where its header is now", () => {
    const current = { sheet: "S", range: null, fixes: { teachingArea: 13, "students@primary": 5 }, ignored: [], headers: { "13": TYPO, "5": "小学" } };
    expect(heldFixes(current, changed, shifted, current)).toEqual([held]);
  });
  it("holds a column set to not used in the pane (not saved), its header not found anywhere", () => {
    const current = { sheet: "S", range: "A3:Z9", fixes: {}, ignored: [13], headers: { "13": TYPO } };
    const lost = mapping([{ column: 13, header: ARTS }]);
    expect(heldFixes(current, changed, lost, null)).toEqual([{ ...held, range: "A3:Z9", to: null, roles: [], ignored: true, saved: false }]);
  });
  it("is not saved when the settings are of another sheet or hold another header for the column", () => {
    const current = { sheet: "S", range: null, fixes: { teachingArea: 13 }, ignored: [], headers: { "13": TYPO } };
    expect(heldFixes(current, changed, shifted, { ...current, sheet: "T" })[0]?.saved).toBe(false);
    expect(heldFixes(current, changed, shifted, { ...current, headers: { "13": "教学及辅助用房面积" } })[0]?.saved).toBe(false);
  });
});

describe("movedFix", () => {
  it("gives the role to the column the header moved to, with its header", () => {
    expect(movedFix({ fixes: {}, ignored: [], headers: {} }, held)).toEqual({ fixes: { teachingArea: 14 }, ignored: [], headers: { "14": TYPO } });
  });
  it("takes the place of a correction the user had made at that column", () => {
    expect(movedFix({ fixes: { sportsGroundArea: 14 }, ignored: [3], headers: { "14": TYPO, "3": "序号" } }, held)).toEqual({ fixes: { teachingArea: 14 }, ignored: [3], headers: { "14": TYPO, "3": "序号" } });
  });
  it("moves a column set to not used", () => {
    expect(movedFix({ fixes: {}, ignored: [2], headers: {} }, { ...held, roles: [], ignored: true })).toEqual({ fixes: {}, ignored: [2, 14], headers: { "14": TYPO } });
  });
  it("changes nothing when the header was not found", () => {
    const current = { fixes: {}, ignored: [], headers: {} };
    expect(movedFix(current, { ...held, to: null })).toBe(current);
  });
});

describe("withHeld", () => {
  const none = { fixes: {}, ignored: [], headers: {} };
  it("puts the held correction back as saved: a pane run the user did not change keeps it", () => {
    expect(withHeld(none, [held], "S", null)).toEqual({ fixes: { teachingArea: 13 }, ignored: [], headers: { "13": TYPO } });
  });
  it("leaves it out once the user gave its role to another column", () => {
    expect(withHeld({ fixes: { teachingArea: 14 }, ignored: [], headers: { "14": TYPO } }, [held], "S", null)).toEqual({ fixes: { teachingArea: 14 }, ignored: [], headers: { "14": TYPO } });
  });
  it("leaves it out once the user chose for its column", () => {
    expect(withHeld({ fixes: {}, ignored: [13], headers: { "13": ARTS } }, [held], "S", null)).toEqual({ fixes: {}, ignored: [13], headers: { "13": ARTS } });
  });
  it("leaves out one made in the pane and never saved", () => {
    expect(withHeld(none, [{ ...held, saved: false }], "S", null)).toEqual(none);
  });
  it("leaves out one held for another sheet or range", () => {
    expect(withHeld(none, [held], "T", null)).toEqual(none);
    expect(withHeld(none, [held], "S", "A3:Z9")).toEqual(none);
  });
});

describe("pendingHeld", () => {
  it("keeps those of the sheet and range the user has not chosen for since", () => {
    const other = { ...held, column: 20, roles: ["sportsGroundArea"] };
    expect(pendingHeld({ fixes: { sportsGroundArea: 21 }, ignored: [], headers: {} }, [held, other], "S", null)).toEqual([held]);
  });
});
