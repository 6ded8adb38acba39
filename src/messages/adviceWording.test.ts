import { message } from "./catalogue";

describe("advice an English reader can act on", () => {
  it("G3's estimate: names the count columns with their English meaning, and the mapping for columns headed otherwise", () => {
    for (const count of [1, 2]) {
      const en = message("guarantee_rooms_estimated", { item: "G3", count, schools: "甲小学、乙小学" }, "en");
      expect(en).toContain("add columns headed 音乐室达标间数 (music rooms meeting the area rule) and 美术室达标间数 (art rooms meeting the area rule) to the school sheet");
      expect(en).toContain("--map musicRoomsCompliant=");
      expect(en).toContain("Column mapping");
      const zh = message("guarantee_rooms_estimated", { item: "G3", count, schools: "甲小学、乙小学" }, "zh");
      expect(zh).toContain("--map 面积达标的音乐专用教室数=");
      expect(zh).toContain("列对应关系");
    }
  });

  it("G6's rurality: says what column to fill and with which words or statistics codes", () => {
    const params = { school: "甲小学", students: 80, funded: 100 };
    const en = message("funding_rurality_unknown", params, "en");
    expect(en).toContain("城乡分类");
    expect(en).toContain("城区 (urban), 镇区 (town) or 乡村 (rural)");
    expect(en).toContain("1xx (urban or town) or 2xx (rural)");
    const zh = message("funding_rurality_unknown", params, "zh");
    expect(zh).toContain("城区、镇区或乡村");
    expect(zh).toContain("1xx");
  });
});

describe("schools that cannot decide an item", () => {
  it("says plainly what the schools lack and how the item is then judged", () => {
    const params = { item: "G4", missing: 1, schools: "城东小学", schoolRows: "城东小学" };
    expect(message("guarantee_school_data_partial", params, "en")).toBe(
      "G4 School size: schools without the data to decide it, or whose data leave it undecided: 1 (城东小学); it is judged from the county figure if one is given, otherwise not yet assessed",
    );
  });
});
