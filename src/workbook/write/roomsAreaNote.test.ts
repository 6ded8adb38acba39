import { roomsAreaNote } from "./roomsAreaNote";
import { makeGuarantee } from "./testing/makeEvaluation";

describe("roomsAreaNote: the small-rural area a combined school's shared rooms were judged by", () => {
  // wb-D 小河学校: rural 九年一贯制, classes under 30; 小学 54 m², 初中 61 m² (national-2017), the larger applied.
  const xiaohe = makeGuarantee({ name: "小河学校", recordId: "学校!14", type: "nine_year", roomsStageArea: { applied: { stage: "junior", area: 61 }, others: [{ stage: "primary", area: 54 }], kinds: ["music", "art"] } });

  it("names the area applied, its stage and the one not applied, in zh and en", () => {
    expect(roomsAreaNote(xiaohe, "zh")).toBe("音乐、美术教室按初中的农村小规模学校面积 61 ㎡ 判定：各学段共用教室，取较大者（小学 54 ㎡ 未采用）");
    expect(roomsAreaNote(xiaohe, "en")).toBe("Music and art rooms judged at the junior secondary small-rural area of 61 m²: the rooms serve every stage, so the larger applies (primary 54 m² not applied)");
  });
  it("names only the kind judged by area when the bureau stated the other (music rooms counted, art judged at 61 m²)", () => {
    const artOnly = makeGuarantee({ ...xiaohe, roomsStageArea: { applied: { stage: "junior", area: 61 }, others: [{ stage: "primary", area: 54 }], kinds: ["art"] } });
    expect(roomsAreaNote(artOnly, "zh")).toBe("美术教室按初中的农村小规模学校面积 61 ㎡ 判定：各学段共用教室，取较大者（小学 54 ㎡ 未采用）");
    expect(roomsAreaNote(artOnly, "en")).toBe("Art rooms judged at the junior secondary small-rural area of 61 m²: the rooms serve every stage, so the larger applies (primary 54 m² not applied)");
    const musicOnly = makeGuarantee({ ...xiaohe, roomsStageArea: { applied: { stage: "junior", area: 61 }, others: [{ stage: "primary", area: 54 }], kinds: ["music"] } });
    expect(roomsAreaNote(musicOnly, "zh")).toBe("音乐教室按初中的农村小规模学校面积 61 ㎡ 判定：各学段共用教室，取较大者（小学 54 ㎡ 未采用）");
    expect(roomsAreaNote(musicOnly, "en")).toBe("Music rooms judged at the junior secondary small-rural area of 61 m²: the rooms serve every stage, so the larger applies (primary 54 m² not applied)");
  });
  it("none for a school judged without a stage's area", () => {
    expect(roomsAreaNote(makeGuarantee({ name: "甲小学", recordId: "r1" }), "zh")).toBeNull();
  });
});
