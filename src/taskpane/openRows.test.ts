import { OpenRows } from "./openRows";

const open = (rows: OpenRows) => [...rows.columns].sort((a, b) => a - b);

describe("OpenRows: the mapping rows showing their lists", () => {
  it("opens and closes single rows, kept until the sheet shown changes", () => {
    const rows = new OpenRows();
    rows.shown("学校");
    rows.set(3, true);
    rows.set(5, true);
    rows.set(3, false);
    rows.shown(null); // a table drawn again of the same sheet
    rows.shown("学校");
    expect(open(rows)).toEqual([5]);
    rows.shown("初中");
    expect(open(rows)).toEqual([]);
  });

  it("opens a column a notice asks for once: closed by the user it stays closed while asked, and opens when asked anew", () => {
    const rows = new OpenRows();
    rows.ask([3]);
    expect(open(rows)).toEqual([3]);
    rows.set(3, false);
    rows.ask([3]);
    expect(open(rows)).toEqual([]);
    rows.ask([]);
    rows.ask([3, 4]);
    expect(open(rows)).toEqual([3, 4]);
  });

  it("opens all rows, or closes all once every one is open", () => {
    const rows = new OpenRows();
    rows.set(2, true);
    expect(rows.allOpen([1, 2])).toBe(false);
    rows.toggleAll([1, 2]);
    expect([open(rows), rows.allOpen([1, 2])]).toEqual([[1, 2], true]);
    rows.toggleAll([1, 2]);
    expect(open(rows)).toEqual([]);
    expect(rows.allOpen([])).toBe(false); // no rows: nothing to close
  });
});
