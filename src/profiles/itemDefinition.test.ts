import { changedDefinitions } from "./itemDefinition";

const base = { countyItems: { G12_certificate_rate: { item: "G12", comparison: "at_least", threshold: 1, unit: "ratio" } } };
const paths = (own: unknown): string[] => changedDefinitions(base, own).map((p) => `${p.path} ${p.code}`);

describe("changedDefinitions", () => {
  it("names each of item, unit and comparison set to another value than the base's, at its path", () => {
    expect(paths({ countyItems: { G12_certificate_rate: { unit: "number", threshold: 95 } } })).toEqual(["countyItems.G12_certificate_rate.unit profile_item_definition"]);
    expect(paths({ countyItems: { G12_certificate_rate: { item: "Q4", comparison: "below", unit: "boolean" } } })).toEqual([
      "countyItems.G12_certificate_rate.item profile_item_definition",
      "countyItems.G12_certificate_rate.unit profile_item_definition",
      "countyItems.G12_certificate_rate.comparison profile_item_definition",
    ]);
  });
  it("names none for a threshold alone, the same definition written again, a new item, or no countyItems", () => {
    expect(paths({ countyItems: { G12_certificate_rate: { threshold: 0.9 } } })).toEqual([]);
    expect(paths({ countyItems: { G12_certificate_rate: { item: "G12", comparison: "at_least", unit: "ratio", threshold: 0.9 } } })).toEqual([]);
    expect(paths({ countyItems: { G16_class_cap: { item: "G16", comparison: "at_most", threshold: 3, unit: "number" } } })).toEqual([]);
    expect(paths({ cvLimits: { primary: 0.45 } })).toEqual([]);
    expect(changedDefinitions({}, { countyItems: { G12_certificate_rate: { unit: "number" } } })).toEqual([]);
    expect(paths(null)).toEqual([]);
  });
});
