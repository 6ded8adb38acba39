import { overrideEntries, withEntries } from "./overrideEntries";

describe("overrideEntries", () => {
  it("lists an override's settings as recorded, with their cells", () => {
    const override = withEntries({ passRule: { floorRatio: 0.8 } }, [{ path: "passRule.floorRatio", value: 0.8, cell: "规则!B3" }]);
    expect(overrideEntries(override)).toEqual([{ path: "passRule.floorRatio", value: 0.8, cell: "规则!B3" }]);
  });

  it("lists the leaf values of an override not read from a sheet, with no cell; a list or null is one value", () => {
    expect(overrideEntries({ cvLimits: { primary: 0.45, junior: 0.4 }, targets: [{ year: 2025, share: 1 }], guarantee: { rooms: { relaxedOld: null } } })).toEqual([
      { path: "cvLimits.primary", value: 0.45, cell: null },
      { path: "cvLimits.junior", value: 0.4, cell: null },
      { path: "targets", value: [{ year: 2025, share: 1 }], cell: null },
      { path: "guarantee.rooms.relaxedOld", value: null, cell: null },
    ]);
  });

  it("lists nothing for no override or an empty one", () => {
    expect(overrideEntries(null)).toEqual([]);
    expect(overrideEntries(undefined)).toEqual([]);
    expect(overrideEntries({})).toEqual([]);
    expect(overrideEntries(withEntries({}, []))).toEqual([]);
  });
});
