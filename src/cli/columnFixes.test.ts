import { message } from "../messages/catalogue";
import { columnFixes } from "./columnFixes";

describe("columnFixes: --map names as the user sees them", () => {
  it("takes the L3 part labels of 列对应关系 and natural zh names (the tester's 音乐美术=I)", () => {
    const got = columnFixes(["体育、艺术专任教师数：体育=H", "体育、艺术专任教师数：音乐美术=I"], []);
    expect(got).toEqual({ ok: true, fixes: { roles: { "peArtTeachers#pe": 7, "peArtTeachers#musicArt": 8 }, ignore: [] } });
    expect(columnFixes(["音乐、美术=I", "艺术=J"], [])).toEqual({ ok: true, fixes: { roles: { "peArtTeachers#musicArt": 8, "peArtTeachers#arts": 9 }, ignore: [] } });
  });

  it("lists the accepted names in the run's language when refusing one: zh labels by default, English for en", () => {
    const zh = columnFixes(["面积=G"], [], "zh");
    if (zh.ok) throw new Error("accepted 面积");
    const zhText = message(zh.error.code, zh.error.params, "zh");
    expect(zhText).toContain("教学及辅助用房面积");
    expect(zhText).toContain("体育、艺术专任教师数：音乐美术合计");
    expect(zhText).not.toContain("multimediaRooms");
    const en = columnFixes(["面积=G"], [], "en");
    if (en.ok) throw new Error("accepted 面积");
    const enText = message(en.error.code, en.error.params, "en");
    expect(enText).toContain(message("field_teachingArea", {}, "en"));
    expect(enText).not.toContain("教学及辅助用房面积、");
  });

  it("joins the accepted names with the language's clause separator, as a zh label holds 、 itself (体育、艺术专任教师数)", () => {
    const zh = columnFixes(["面积=G"], [], "zh");
    const en = columnFixes(["面积=G"], [], "en");
    if (zh.ok || en.ok) throw new Error("accepted 面积");
    expect(zh.error.params["known"]).toContain("学校名称；");
    expect(zh.error.params["known"]).not.toContain(" / ");
    expect(en.error.params["known"]).toMatch(/^[^;]+; [^;]+;/);
    expect(en.error.params["known"]).not.toContain(" / ");
  });
});
