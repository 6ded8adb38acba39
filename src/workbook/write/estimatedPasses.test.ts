import { estimatedPasses, estimatedPassesOf, estimatedPassTexts } from "./estimatedPasses";
import { makeItem } from "./testing/makeEvaluation";

describe("estimatedPasses", () => {
  // The sample's G3: 35 schools checked, none failing, 25 of them met only on rooms estimated from the total area.
  const g3 = makeItem({ code: "G3", verdict: "met", basis: "school_data", figureOf: "failing_count", parts: { schools_checked: 35, schools_failing: 0, schools_unknown: 0, schools_rooms_estimated: 25 } });

  it("says an item met only on an estimate, with the schools it rests on, in zh and en", () => {
    expect(estimatedPasses("guarantee", [g3], "zh")).toEqual(["G3 达标为估算，待核实（25 所学校）"]);
    expect(estimatedPasses("guarantee", [g3], "en")).toEqual(["G3 met on an estimate, to be checked (25 schools)"]);
  });

  it("takes the singular for one school", () => {
    const one = { ...g3, parts: { ...g3.parts, schools_rooms_estimated: 1 } };
    expect(estimatedPasses("guarantee", [one], "en")).toEqual(["G3 met on an estimate, to be checked (1 school)"]);
  });

  it("gives the same as data, for the overview and the task pane, which keep no items", () => {
    expect(estimatedPassesOf([g3, makeItem({ code: "G4" }), { ...g3, code: "G5", verdict: "not_met" }])).toEqual([{ area: "guarantee", code: "G3", schools: 25 }]);
    expect(estimatedPassTexts([{ area: "guarantee", code: "G3", schools: 25 }], "en")).toEqual(["G3 met on an estimate, to be checked (25 schools)"]);
    expect(estimatedPassesOf([])).toEqual([]);
  });

  it("says nothing of an item not met or pending (its reason says why), of no estimate, or of another area's item", () => {
    expect(estimatedPasses("guarantee", [{ ...g3, verdict: "not_met" }, { ...g3, verdict: "not_assessed" }], "zh")).toEqual([]);
    expect(estimatedPasses("guarantee", [{ ...g3, parts: { ...g3.parts, schools_rooms_estimated: 0 } }, makeItem({ code: "G4" })], "zh")).toEqual([]);
    expect(estimatedPasses("quality", [g3], "zh")).toEqual([]);
  });
});
