import { toBaseUnit } from "./parseCellNumber";
import { readWorkbook } from "./readWorkbook";
import { gridOf, sourceOf } from "./testing";
import { MU_IN_M2, areaUnitOfLine, longestFirst, resolveUnit, unitFactorOf, unitOfLine } from "./units";

describe("unitFactorOf", () => {
  it.each([
    ["equipmentValue", "万元", 10000],
    ["publicFunding", "千元", 1000],
    ["trainingFunds", "元", 1],
    ["teachingArea", "平方米", 1],
    ["sportsGroundArea", "m2", 1],
    ["sportsTotalArea", "万平方米", 10000],
    ["students", "人", 1],
    ["multimediaRooms", "间", 1],
    ["builtYear", "年", 1],
    ["teachingArea", "平米", 1],
    ["indoorSportsArea", "平方", 1],
    ["equipmentValue", "万", 10000],
  ] as const)("%s in %s → ×%d", (key, unit, factor) => {
    expect(unitFactorOf(key, unit)).toBe(factor);
  });

  it("converts 亩 to m² at 10000 ÷ 15 (1 公顷 = 15 亩), so 12 亩 read through the reader's rounding is 8000 m²", () => {
    expect(unitFactorOf("sportsTotalArea", "亩")).toBe(MU_IN_M2);
    // 12 × 666.666… = 7999.999999999999 in floating point; toBaseUnit keeps 15 significant digits.
    expect(toBaseUnit(12, MU_IN_M2)).toBe(8000);
    expect(toBaseUnit(1.5, MU_IN_M2)).toBeCloseTo(1000, 10);
  });

  it.each([
    ["teachingArea", "万元"],
    ["equipmentValue", "亩"],
    ["equipmentValue", "平方米"],
    ["peArtTeachers", "%"],
    ["students", "平方米"],
    ["students", "年"],
    ["teachingArea", "万"],
    ["students", "万"],
  ] as const)("%s cannot be in %s", (key, unit) => {
    expect(unitFactorOf(key, unit)).toBeNull();
  });
});

describe("resolveUnit", () => {
  it("prefers the header's unit, then (money only) the unit line, and says when it assumed 元", () => {
    expect(resolveUnit("equipmentValue", "元", "单位：万元")).toEqual({ factor: 1, assumed: false });
    expect(resolveUnit("equipmentValue", null, "单位：人、平方米、万元")).toEqual({ factor: 10000, assumed: false });
    expect(resolveUnit("equipmentValue", null, null)).toEqual({ factor: 1, assumed: true });
    // A line naming two money units (the table's columns in either) names none for one column: 元 assumed, and said.
    expect(resolveUnit("equipmentValue", null, "单位：人、平方米、元、万元")).toEqual({ factor: 1, assumed: true });
    expect(resolveUnit("publicFunding", null, "单位：万元、千元")).toEqual({ factor: 1, assumed: true });
    expect(resolveUnit("sportsTotalArea", "亩", null)).toEqual({ factor: MU_IN_M2, assumed: false });
    // An area says nothing when it states no unit: m² is what the statistics use.
    expect(resolveUnit("teachingArea", null, "单位：人、万元")).toEqual({ factor: 1, assumed: false });
  });

  it("reads an area without its own unit in the one area unit the unit line names, as money is", () => {
    // 12.2 亩 of grounds is 12.2 × 10000 ÷ 15 = 8133.33 m², not 12.2 m².
    expect(resolveUnit("sportsGroundArea", null, "单位：人、间、亩、万元")).toEqual({ factor: MU_IN_M2, assumed: false });
    expect(toBaseUnit(12.2, resolveUnit("sportsGroundArea", null, "单位：人、间、亩、万元").factor)).toBeCloseTo(8133.333333333333, 9);
    expect(resolveUnit("teachingArea", null, "单位：人、万平方米、万元")).toEqual({ factor: 10000, assumed: false });
    expect(resolveUnit("teachingArea", null, "单位：人、平方米、万元")).toEqual({ factor: 1, assumed: false });
    expect(resolveUnit("teachingArea", null, "单位：人、㎡、万元")).toEqual({ factor: 1, assumed: false });
    // The header's own unit wins over the line.
    expect(resolveUnit("teachingArea", "平方米", "单位：人、间、亩、万元")).toEqual({ factor: 1, assumed: false });
    // Two area units on the line: which column is in which is not guessed, m² as without a line.
    expect(resolveUnit("sportsGroundArea", null, "单位：人、平方米（运动场地：亩）、万元")).toEqual({ factor: 1, assumed: false });
    // An area unit on the line says nothing of money or counts.
    expect(resolveUnit("students", null, "单位：人、亩")).toEqual({ factor: 1, assumed: false });
    expect(resolveUnit("equipmentValue", null, "单位：亩")).toEqual({ factor: 1, assumed: true });
  });
});

describe("areaUnitOfLine", () => {
  it.each([
    ["单位：人、间、亩、万元", "亩"],
    ["单位：人、万平方米、万元", "万平方米"],
    ["单位：人、平方米、万元", "平方米"],
    ["单位：平米", "平米"],
    ["单位：平方米、㎡", "平方米"],
    ["单位：人、万元", null],
    ["单位：平方米（运动场地：亩）", null],
    ["", null],
  ])("%p → %p", (line, unit) => expect(areaUnitOfLine(line)).toBe(unit));

  it("reads no line as none", () => expect(areaUnitOfLine(null)).toBeNull());
});

describe("units on a school sheet, end to end", () => {
  const BASE = ["学校名称", "学校类型", "在校生数", "专任教师数"];

  it("reads the grounds without a unit of their own in the 亩 of the unit line, and the header's 平方米 as m²", async () => {
    const grid = gridOf([
      ["某县2024年义务教育学校基本情况表"],
      ["单位：人、间、亩、万元"],
      [...BASE, "教学及辅助用房面积（平方米）", "运动场地面积", "教学仪器设备值"],
      ["城关第一小学", "小学", 1263, 63, 5615, 12.2, 317.74],
      ["柳林镇中心小学", "小学", 713, 45, 4646, 8.9, 128.34],
    ]);
    const result = await readWorkbook(sourceOf([grid]));
    if (!result.ok) throw new Error("expected ok");
    const [first] = result.input.records;
    // 12.2 亩 × 10000 ÷ 15 = 8133.33 m²; 317.74 万元 = 3 177 400 yuan.
    expect(first?.fields.sportsGroundArea?.value).toBeCloseTo(8133.333333333333, 9);
    expect(first?.fields.teachingArea?.value).toBe(5615);
    expect(first?.fields.equipmentValue?.value).toBe(3177400);
    expect(result.issues.map((i) => i.code)).not.toContain("read_area_unit_suspect");
  });

  it("warns at the header when grounds typed in 亩 are read as m² (no unit anywhere)", async () => {
    const grid = gridOf([
      [...BASE, "教学及辅助用房面积（平方米）", "运动场地面积", "教学仪器设备值（万元）"],
      ["城关第一小学", "小学", 1263, 63, 5615, 12.2, 317.74],
      ["柳林镇中心小学", "小学", 713, 45, 4646, 8.9, 128.34],
    ]);
    const result = await readWorkbook(sourceOf([grid]));
    if (!result.ok) throw new Error("expected ok");
    // 12.2 / 1263 = 0.00966 and 8.9 / 713 = 0.01248: median 0.01107 → 0.011.
    expect(result.issues).toContainEqual({ code: "read_area_unit_suspect", severity: "warning", cell: "学校基本情况!F1", params: { column: "F", header: "运动场地面积", field: "sportsGroundArea", perStudent: 0.011, baseUnit: "m2", limit: 1 } });
  });

  it("reads headers in （平米） and （万）: whole columns that were left unread", async () => {
    const grid = gridOf([
      [...BASE, "教学及辅助用房面积（平米）", "运动场地面积（平方）", "教学仪器设备值（万）"],
      ["城关第一小学", "小学", 1263, 63, 5615, 8139, 317.74],
    ]);
    const result = await readWorkbook(sourceOf([grid]));
    if (!result.ok) throw new Error("expected ok");
    const [first] = result.input.records;
    expect(first?.fields.teachingArea?.value).toBe(5615);
    expect(first?.fields.sportsGroundArea?.value).toBe(8139);
    expect(first?.fields.equipmentValue?.value).toBe(3177400);
  });
});

describe("unitOfLine", () => {
  it("gives a money column the line's money unit, an area its one area unit, a count none", () => {
    expect(unitOfLine("equipmentValue", "单位：人、亩、万元")).toBe("万元");
    expect(unitOfLine("sportsGroundArea", "单位：人、亩、万元")).toBe("亩");
    expect(unitOfLine("students", "单位：人、亩、万元")).toBeNull();
    expect(unitOfLine("publicFunding", null)).toBeNull();
  });
});

describe("longestFirst", () => {
  it("puts 万平方米 before 平方米 before 平方, once each", () => {
    expect(longestFirst(["平方", "万平方米", "平方米", "平方"])).toEqual(["万平方米", "平方米", "平方"]);
  });
});
