import { message } from "../../messages/catalogue";
import { knownRoleNames, roleOfName } from "./roleOfName";

describe("roleOfName: one reading of a field's name for --map and the pane", () => {
  it.each([
    // Keys as the pane saves them.
    ["teachingArea", { key: "teachingArea", stage: null, part: null }],
    ["peArtTeachers#musicArt", { key: "peArtTeachers", stage: null, part: "musicArt" }],
    // Labels as 列对应关系 shows them, either language.
    ["教学及辅助用房面积", { key: "teachingArea", stage: null, part: null }],
    ["体育、艺术专任教师数：体育", { key: "peArtTeachers", stage: null, part: "pe" }],
    ["体育、艺术专任教师数：音乐美术合计", { key: "peArtTeachers", stage: null, part: "musicArt" }],
    // Natural Chinese names of the L3 parts (the tester's 音乐美术, with and without 、).
    ["体育、艺术专任教师数：音乐美术", { key: "peArtTeachers", stage: null, part: "musicArt" }],
    ["体育、艺术专任教师数：音乐、美术", { key: "peArtTeachers", stage: null, part: "musicArt" }],
    ["音乐美术", { key: "peArtTeachers", stage: null, part: "musicArt" }],
    ["音乐、美术", { key: "peArtTeachers", stage: null, part: "musicArt" }],
    ["艺术", { key: "peArtTeachers", stage: null, part: "arts" }],
    ["体育", { key: "peArtTeachers", stage: null, part: "pe" }],
    ["音乐", { key: "peArtTeachers", stage: null, part: "music" }],
    ["美术", { key: "peArtTeachers", stage: null, part: "art" }],
  ] as const)("%s", (text, role) => expect(roleOfName(text)).toEqual(role));

  it("names nothing it does not know", () => {
    expect(roleOfName("面积")).toBeNull();
    expect(roleOfName("体育场地")).toBeNull();
  });

  it("lists the accepted names in the run's language: zh labels by default, English ones for en", () => {
    const zh = knownRoleNames("zh");
    expect(zh).toContain("教学及辅助用房面积");
    expect(zh).toContain("体育、艺术专任教师数：音乐美术合计");
    expect(zh).not.toContain("teachingArea");
    const en = knownRoleNames("en");
    expect(en).toContain(message("field_teachingArea", {}, "en"));
    expect(en).not.toContain("教学及辅助用房面积");
  });
});
