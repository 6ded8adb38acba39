import { MU_IN_M2 } from "./units";
import { cellUnit } from "./cellUnit";

describe("cellUnit", () => {
  it.each([
    ["220万元", "equipmentValue", "220", 10000],
    ["1,300,000元", "equipmentValue", "1,300,000", 1],
    ["５０００㎡", "teachingArea", "5000", 1],
    ["5000 平方米", "teachingArea", "5000", 1],
    ["12亩", "sportsGroundArea", "12", MU_IN_M2],
    ["1200人", "students", "1200", 1],
    ["30间", "multimediaRooms", "30", 1],
  ] as const)("%p in a %s column → %p ×%p", (typed, key, text, factor) => expect(cellUnit(typed, key)).toMatchObject({ text, factor }));

  it("is null for a unit that does not fit the column, a unit alone, or no unit", () => {
    expect(cellUnit("220万元", "teachingArea")).toBeNull();
    expect(cellUnit("万元", "equipmentValue")).toBeNull();
    expect(cellUnit("220", "equipmentValue")).toBeNull();
    expect(cellUnit(220, "equipmentValue")).toBeNull();
  });
});
