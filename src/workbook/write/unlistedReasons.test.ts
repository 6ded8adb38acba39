import { unlistedReasons } from "./unlistedReasons";
import { makeIndicators, makeSection } from "./testing/makeEvaluation";

const params = { school: "示例县特殊教育学校", stage: "primary", section: "学校基本情况!30#primary", row: "学校基本情况!30" };
const without = (...codes: string[]) => Object.fromEntries(Object.entries(makeIndicators()).filter(([code]) => !codes.includes(code)));

describe("unlistedReasons", () => {
  it("keeps a reason whose text the school, stage and row fill", () => {
    const section = makeSection({ name: "示例县特殊教育学校", row: 30, students: 0, included: false, exclusion: "special_education", indicators: {} });
    expect(unlistedReasons("zero_students", section, params, "en")).toEqual(["示例县特殊教育学校 (primary) has 0 students; per-student indicators are not computed (学校基本情况 row 30)"]);
  });

  it("names each blank indicator with the fields it is computed from: L4 teaching area net of indoor rooms, L5 ground, indoor or total", () => {
    const section = makeSection({ name: "示例县特殊教育学校", row: 30, included: false, exclusion: "special_education", indicators: without("L4", "L5") });
    expect(unlistedReasons("missing_numerator", section, params, "zh")).toEqual([
      "示例县特殊教育学校（小学）指标 L4 无法计算：其计算所需的数据（教学及辅助用房面积、室内体育用房面积）缺失或不可用（学校基本情况 第30行）；该校不在评估范围内，其数据未在“数据问题”表中检查",
      "示例县特殊教育学校（小学）指标 L5 无法计算：其计算所需的数据（运动场地面积、室内体育用房面积、体育运动场馆面积）缺失或不可用（学校基本情况 第30行）；该校不在评估范围内，其数据未在“数据问题”表中检查",
    ]);
  });
});
