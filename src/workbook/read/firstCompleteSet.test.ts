import { firstCompleteSet } from "./firstCompleteSet";
import { BACKBONE_PART_SETS, type Part } from "./keys";

const having = (...parts: Part[]) => (p: Part) => parts.includes(p);

describe("firstCompleteSet: the breakdown a field is summed from", () => {
  it("takes 国家级 + 省级 + 市级 + 县级 when all four are given, else the three without 国家级", () => {
    expect(firstCompleteSet(BACKBONE_PART_SETS, having("levelNational", "levelProvince", "levelCity", "levelCounty"))).toEqual(["levelNational", "levelProvince", "levelCity", "levelCounty"]);
    expect(firstCompleteSet(BACKBONE_PART_SETS, having("levelProvince", "levelCity", "levelCounty"))).toEqual(["levelProvince", "levelCity", "levelCounty"]);
  });

  it("prefers the single levels to a merged 省市级 beside them, and takes 省市级 + 县级 alone", () => {
    expect(firstCompleteSet(BACKBONE_PART_SETS, having("levelProvince", "levelCity", "levelProvinceCity", "levelCounty"))).toEqual(["levelProvince", "levelCity", "levelCounty"]);
    expect(firstCompleteSet(BACKBONE_PART_SETS, having("levelProvinceCity", "levelCounty"))).toEqual(["levelProvinceCity", "levelCounty"]);
  });

  it("gives none for a breakdown lacking a part (市级 + 县级), for no parts, and for no sets", () => {
    expect(firstCompleteSet(BACKBONE_PART_SETS, having("levelCity", "levelCounty"))).toBeUndefined();
    expect(firstCompleteSet(BACKBONE_PART_SETS, having())).toBeUndefined();
    expect(firstCompleteSet([], having("pe"))).toBeUndefined();
  });
});
