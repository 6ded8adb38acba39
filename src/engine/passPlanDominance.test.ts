import { dominates, planNeeds, sameNeeds, undominated } from "./passPlanDominance";
import type { PassPlanStep } from "./types";

const step = (code: PassPlanStep["code"], amount: number): PassPlanStep => ({ code, target: "standard", amount, cost: null });

describe("planNeeds", () => {
  it("adds teachers of L1–L3 together, keeps the two areas, yuan and rooms apart", () => {
    // Teachers 1 + 2 + 0 = 3; L4 40 m², L5 60 m²; 75 200 yuan; 1 room.
    expect(planNeeds([step("L1", 1), step("L3", 2), step("L2", 0), step("L4", 40), step("L5", 60), step("L6", 75_200), step("L7", 1)])).toEqual([3, 40, 60, 75_200, 1]);
    expect(planNeeds([])).toEqual([0, 0, 0, 0, 0]);
  });
});

describe("dominates", () => {
  it("needs no more of any kind and less of one; equal needs do not dominate, nor do needs trading one kind for another", () => {
    expect(dominates([1, 0, 0, 0, 0], [1, 0, 0, 75_200, 0])).toBe(true);
    expect(dominates([1, 0, 0, 0, 0], [1, 0, 0, 0, 0])).toBe(false);
    expect(dominates([0, 60, 0, 0, 0], [1, 0, 0, 0, 0])).toBe(false);
    expect(dominates([0, 0, 60, 0, 0], [0, 60, 0, 0, 0])).toBe(false); // m² of sports ground are not m² of rooms
  });
});

describe("sameNeeds and undominated", () => {
  it("keep, in their order, the plans no other beats; a teacher of L1 is a teacher of L3", () => {
    const relaxL2 = { name: "L2", steps: [step("L2", 1), step("L6", 75_200)] };
    const relaxL6 = { name: "L6", steps: [step("L2", 1)] };
    const relaxL1 = { name: "L1", steps: [step("L3", 1)] };
    const relaxL4 = { name: "L4", steps: [step("L5", 60)] };
    expect(sameNeeds(planNeeds(relaxL6.steps), planNeeds(relaxL1.steps))).toBe(true);
    expect(sameNeeds(planNeeds(relaxL6.steps), planNeeds(relaxL4.steps))).toBe(false);
    // Needs in KINDS order (teachers, m² of rooms, m² of sports ground, yuan, rooms), worked from the steps above.
    expect(undominated([relaxL2, relaxL6, relaxL1, relaxL4]).map((p) => [p.plan.name, p.needs])).toEqual([
      ["L6", [1, 0, 0, 0, 0]],
      ["L1", [1, 0, 0, 0, 0]],
      ["L4", [0, 0, 60, 0, 0]],
    ]);
    expect(undominated([relaxL6])).toEqual([{ plan: relaxL6, needs: [1, 0, 0, 0, 0] }]);
    expect(undominated([])).toEqual([]);
  });
});
