import { gridOf, readGridsOk } from "../workbook/read/testing";
import { sheetsRead } from "./sheetsRead";

const HEADER = ["学校名称", "学校类型", "在校生数", "专任教师数"];
const note = gridOf([["填表说明：本表由县教育局填写"]], { sheet: "说明" });
const figures = gridOf([["项目", "数值"], ["初中三年巩固率", "96%"]], { sheet: "县级指标" });
const rules = gridOf([["路径", "值"], ["cvLimits.primary", 0.45]], { sheet: "规则" });


describe("sheetsRead", () => {
  it("names the school sheet, the county figures and the rule sheet, not a sheet of notes beside them", async () => {
    const schools = gridOf([HEADER, ["甲小学", "小学", 1000, 60], ["乙小学", "小学", 500, 30]], { sheet: "学校" });
    expect(sheetsRead(await readGridsOk([note, rules, figures, schools]))).toEqual(["学校", "县级指标", "规则"]);
  });

  it("names one school sheet once, with one school on it, and nothing else when there are no figures or rules", async () => {
    const one = gridOf([HEADER, ["甲小学", "小学", 1000, 60]], { sheet: "学校" });
    expect(sheetsRead(await readGridsOk([note, one]))).toEqual(["学校"]);
  });

  it("names both the 小学 and the 初中 sheet when each holds its stage", async () => {
    const primary = gridOf([HEADER, ["甲小学", "小学", 1000, 60], ["乙小学", "小学", 500, 30]], { sheet: "小学" });
    const junior = gridOf([HEADER, ["甲中学", "初级中学", 900, 70], ["乙中学", "初级中学", 600, 40]], { sheet: "初中" });
    expect(sheetsRead(await readGridsOk([primary, junior]))).toEqual(["小学", "初中"]);
  });

  it("names each county figures sheet when two give figures, even one whose name holds a comma", async () => {
    const schools = gridOf([HEADER, ["甲小学", "小学", 1000, 60], ["乙小学", "小学", 500, 30]], { sheet: "学校" });
    const quality = gridOf([["项目", "数值"], ["国家义务教育质量监测达到Ⅲ级以上", "是"]], { sheet: "质量, 认可" });
    expect(sheetsRead(await readGridsOk([schools, figures, quality]))).toEqual(["学校", "县级指标", "质量, 认可"]);
  });
});
