import { blockRurality, headingRurality, isRuralityHeading, isRuralitySubtotal, isSideWords } from "./headingRurality";
import { readWorkbook } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";

describe("headingRurality", () => {
  it.each([
    ["二、农村学校", true],
    ["（二）乡村学校", true],
    ["乡村学校", true],
    ["农村", true],
    ["(乡村中小学)", true],
    ["一、城区学校", false],
    ["城镇学校", false],
    ["3. 镇区学校", false],
    ["县城义务教育学校", false],
    // A count or a colon after it; a stage or 教学点 after a numbered one (no school is named 二、…).
    ["农村学校（5所）", true],
    ["城区学校：", false],
    ["二、农村小学", true],
    ["（二）农村教学点", true],
    ["一、城区初中", false],
  ])("%s → %s", (text, rural) => {
    expect(headingRurality(text)).toBe(rural);
  });

  it.each(["城关镇", "乡镇学校", "一、小学", "城区小学", "农村中心小学", "石桥村小"])("names no side: %s", (text) => {
    expect(headingRurality(text)).toBeNull();
    expect(isRuralityHeading(text)).toBe(false);
  });
});

describe("blockRurality", () => {
  it("keeps the block's side under a kind-of-school heading, and starts afresh at any other heading", () => {
    expect(blockRurality("（一）小学", false, true)).toBe(true);
    expect(blockRurality("2. 初中部", false, false)).toBe(false);
    expect(blockRurality("教学点", false, true)).toBe(true);
    expect(blockRurality("二、乡镇学校", false, false)).toBeNull();
    expect(blockRurality("三、民办学校", false, true)).toBeNull();
    expect(blockRurality("二、农村学校", false, false)).toBe(true);
  });
  it("keeps a rural block at a township's heading (its townships), and ends an urban one there", () => {
    expect(blockRurality("石桥乡", true, true)).toBe(true);
    expect(blockRurality("石桥乡", true, false)).toBeNull();
    expect(blockRurality("石桥乡", true, null)).toBeNull();
  });
});

describe("readWorkbook: schools under an urban / rural heading", () => {
  const HEADER = ["学校名称", "在校生数", "专任教师数"];

  /** The sheet read (header first), its schools as [name, rural] and its heading issues as [code, cell]. */
  async function read(rows: readonly (readonly (string | number | null)[])[]) {
    const result = await readWorkbook(sourceOf([gridOf(rows)]));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return {
      schools: result.input.records.map((r) => [r.name, r.flags.rural]),
      headings: result.issues.filter((i) => i.code.startsWith("read_heading")).map((i) => [i.code, i.cell]),
    };
  }

  it("takes each block's side from its heading, up to the next such heading; a stage heading between changes nothing", async () => {
    const { schools, headings } = await read([
      HEADER,
      ["一、城区学校", null, null],
      ["城关小学", 1000, 50],
      ["二、农村学校", null, null],
      ["（一）小学", null, null],
      ["石桥村小", 80, 6],
      ["乡村学校", null, null],
      ["新河小学", 90, 7],
    ]);
    expect(schools).toEqual([
      ["城关小学", false],
      ["石桥村小", true],
      ["新河小学", true],
    ]);
    expect(headings).toEqual([
      ["read_heading_urban", "学校基本情况!A2"],
      ["read_heading_rural", "学校基本情况!A4"],
      ["read_heading_row", "学校基本情况!A5"],
      ["read_heading_rural", "学校基本情况!A7"],
    ]);
  });

  it("ends the urban block at a heading naming no side (二、乡镇学校): its schools are not taken as urban", async () => {
    const { schools } = await read([HEADER, ["一、城区学校", null, null], ["城关小学", 1000, 50], ["二、乡镇学校", null, null], ["育才小学", 398, 24]]);
    expect(schools).toEqual([
      ["城关小学", false],
      ["育才小学", undefined],
    ]);
  });

  it("leaves schools above any such heading, and a school named 城区小学 with blank numbers, as they are", async () => {
    const { schools } = await read([HEADER, ["城关小学", 1000, 50], ["城区小学", null, null], ["二、农村学校", null, null], ["石桥村小", 80, 6]]);
    expect(schools).toEqual([
      ["城关小学", undefined],
      ["城区小学", undefined],
      ["石桥村小", true],
    ]);
  });

  it("keeps the rural side under （二）农村教学点 and a township's heading, ends the urban side at a township's heading", async () => {
    const { schools } = await read([
      HEADER,
      ["一、城区学校", null, null],
      ["城关小学", 1000, 50],
      ["石桥乡", null, null],
      ["石桥小学", 300, 20],
      ["二、农村学校（5所）", null, null],
      ["（一）农村小学", null, null],
      ["红旗小学", 200, 12],
      ["（二）农村教学点", null, null],
      ["王村教学点", 60, 4],
      ["白沙乡", null, null],
      ["白沙小学", 150, 10],
    ]);
    expect(schools).toEqual([
      ["城关小学", false],
      ["石桥小学", undefined],
      ["红旗小学", true],
      ["王村教学点", true],
      ["白沙小学", true],
    ]);
  });

  it("reads 城区 / 农村 with numbers on the row as a subtotal, not a school; 城区小学 with numbers stays a school", async () => {
    const { schools } = await read([HEADER, ["城关小学", 1000, 50], ["城区", 1000, 50], ["城区小学", 800, 40], ["农村学校合计", 800, 40]]);
    expect(schools.map(([name]) => name)).toEqual(["城关小学", "城区小学"]);
  });

  it("keeps a row's own 城乡分类 over its heading's", async () => {
    const { schools } = await read([["学校名称", "在校生数", "城乡分类"], ["二、农村学校", null, null], ["镇中心小学", 800, "镇区"], ["石桥村小", 80, null]]);
    expect(schools).toEqual([
      ["镇中心小学", false],
      ["石桥村小", true],
    ]);
  });
});

describe("isRuralitySubtotal", () => {
  it.each([
    ["城区", true],
    ["农村学校", true],
    ["二、农村学校", true],
    ["（城区学校）", true],
    ["2.县城中学", false],
    ["3、农村小学", false],
    ["城区小学", false],
  ])("%s → %s", (text, subtotal) => expect(isRuralitySubtotal(text)).toBe(subtotal));

  it("asks of the words alone (isSideWords), numbering and count already taken off: 二、农村学校 is not such words", () => {
    expect(["城区", "农村学校", "乡村", "城镇中小学"].map(isSideWords)).toEqual([true, true, true, true]);
    expect(["二、农村学校", "农村学校（5所）", "城区小学", "乡镇学校"].map(isSideWords)).toEqual([false, false, false, false]);
  });
});
