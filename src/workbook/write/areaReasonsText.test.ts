import { withCaveats } from "./areaReasonsText";

describe("withCaveats", () => {
  it("sets the caveats after the reasons, alone when there are none, and leaves the reasons as they are without caveats", () => {
    expect(withCaveats("", ["小学各项差异系数均不可计算", "未见初中学校（学段）"], "zh")).toBe("小学各项差异系数均不可计算；未见初中学校（学段）");
    expect(withCaveats("有学校未达标", ["未见初中学校（学段）"], "zh")).toBe("有学校未达标。另：未见初中学校（学段）");
    expect(withCaveats("Some fail", ["Junior secondary: no school section found"], "en")).toBe("Some fail. Also: Junior secondary: no school section found");
    expect(withCaveats("有学校未达标", [], "zh")).toBe("有学校未达标");
    expect(withCaveats("", [], "zh")).toBe("");
  });
});
