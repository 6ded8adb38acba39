import { MU_IN_M2 } from "./units";
import { cellUnit, foreignCellUnit } from "./cellUnit";

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

describe("cellUnit and foreignCellUnit: a count's unit must be of what the column counts", () => {
  it.each([
    ["20间", "peArtTeachers"],
    ["65人", "multimediaRooms"],
    ["12班", "students"],
    ["3间", "classes_le25"],
  ] as const)("%p in a %s column is not read as a number", (typed, key) => expect(cellUnit(typed, key)).toBeNull());

  it.each([
    ["65人", "teachers", 1],
    ["12班", "classes", 1],
    ["12个", "classes", 1],
    ["3间", "musicRooms", 1],
    ["56人", "largestClass", 1],
  ] as const)("%p in a %s column still reads ×%p", (typed, key, factor) => expect(cellUnit(typed, key)).toMatchObject({ factor }));

  it("names the typed unit and what the column holds when they differ", () => {
    expect(foreignCellUnit("20间", "peArtTeachers")).toEqual({ unit: "间", typedUnit: "rooms", baseUnit: "persons" });
    expect(foreignCellUnit("220万元", "teachingArea")).toEqual({ unit: "万元", typedUnit: "yuan", baseUnit: "m2" });
    expect(foreignCellUnit("5615平方米", "students")).toEqual({ unit: "平方米", typedUnit: "m2", baseUnit: "persons" });
    expect(foreignCellUnit("3177400元", "multimediaRooms")).toEqual({ unit: "元", typedUnit: "yuan", baseUnit: "rooms" });
    expect(foreignCellUnit("12亩", "equipmentValue")).toEqual({ unit: "亩", typedUnit: "m2", baseUnit: "yuan" });
  });

  it("is null for a unit that fits, no unit, a unit alone or a non-text value", () => {
    expect(foreignCellUnit("65人", "teachers")).toBeNull();
    expect(foreignCellUnit("3177400元", "equipmentValue")).toBeNull();
    expect(foreignCellUnit("20", "peArtTeachers")).toBeNull();
    expect(foreignCellUnit("间", "peArtTeachers")).toBeNull();
    expect(foreignCellUnit(20, "peArtTeachers")).toBeNull();
  });
});
