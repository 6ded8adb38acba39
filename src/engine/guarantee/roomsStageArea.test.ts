import { builtInProfile, resolveProfile } from "../../profiles/resolveProfile";
import { roomsStageArea } from "./roomsStageArea";

const national = builtInProfile("national-2017");
const both = { stages: ["primary", "junior"], smallRural: true } as const;

describe("roomsStageArea: the small-rural area a combined school's shared rooms were judged by (rules.md §4 item 3)", () => {
  it("小学 and 初中, small rural: 初中's 61 m² applied, 小学's 54 m² not", () => {
    expect(roomsStageArea(national, both, [61, 61])).toEqual({ applied: { stage: "junior", area: 61 }, others: [{ stage: "primary", area: 54 }], kinds: ["music", "art"] });
  });
  it("only one kind judged by area (the other counted by the bureau): still named", () => {
    expect(roomsStageArea(national, both, [null, 61])?.applied).toEqual({ stage: "junior", area: 61 });
    // Only the kinds judged by area are named: art here (music counted by the bureau), music in the next.
    expect(roomsStageArea(national, both, [null, 61])?.kinds).toEqual(["art"]);
    expect(roomsStageArea(national, both, [61, null])?.kinds).toEqual(["music"]);
  });
  it("none when no room area was judged: the bureau counted the compliant rooms, or no room data", () => {
    expect(roomsStageArea(national, both, [null, null])).toBeNull();
  });
  it("none for one stage, for a school not small rural, or where the stages' areas are equal", () => {
    expect(roomsStageArea(national, { stages: ["primary"], smallRural: true }, [54, 54])).toBeNull();
    expect(roomsStageArea(national, { stages: ["primary", "junior"], smallRural: false }, [96, 90])).toBeNull();
    const equal = resolveProfile({ extends: "national-2017", id: "equal", guarantee: { rooms: { relaxedSmallRural: { largestClassBelow: 30, primary: 60, junior: 60 } } } });
    expect(roomsStageArea(equal, both, [60, 60])).toBeNull();
  });
  it("none when an old building's relaxation is more lenient than the stage's (a profile with 50 / 50 m² for old schools)", () => {
    expect(roomsStageArea(national, both, [50, 50])).toBeNull();
    expect(roomsStageArea(national, both, [61, 50])).toBeNull();
  });
});
