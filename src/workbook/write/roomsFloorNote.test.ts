import { makeGuarantee } from "./testing/makeEvaluation";
import { roomsFloorNote } from "./roomsFloorNote";

describe("roomsFloorNote", () => {
  it("names the columns whose shortfall above 0 is a lower bound, and why", () => {
    const both = makeGuarantee({ name: "甲小学", recordId: "r1", musicRoomsShort: 1, artRoomsShort: 2, roomsShortLowerBound: { music: true, art: true } });
    expect(roomsFloorNote(both, "zh")).toBe("音乐教室缺口（间）、美术教室缺口（间）为下限（至少）：只填了教室间数和总面积，达标间数由总面积估算，为最多可能的间数");
    expect(roomsFloorNote({ ...both, musicRoomsShort: 0 }, "zh")).toBe("美术教室缺口（间）为下限（至少）：只填了教室间数和总面积，达标间数由总面积估算，为最多可能的间数");
  });
  it("is null when no shortfall above 0 is a bound", () => {
    expect(roomsFloorNote(makeGuarantee({ name: "乙小学", recordId: "r2", musicRoomsShort: 1 }), "zh")).toBeNull();
    expect(roomsFloorNote(makeGuarantee({ name: "丙小学", recordId: "r3", musicRoomsShort: 0, roomsShortLowerBound: { music: true, art: false } }), "en")).toBeNull();
  });
});
