import { leftOutText, withLeftOutRow } from "./leftOutRow";
import { makeItem, makeSection } from "./testing/makeEvaluation";

const privateSchool = makeSection({ name: "民办育英小学", row: 7, included: false, exclusion: "private", pass: null, metCount: null });

describe("leftOutText", () => {
  it("names a private school out of scope, once however many of its sections are", () => {
    const junior = { ...privateSchool, id: "学校基本情况!7#junior", stage: "junior" as const };
    expect(leftOutText({ sections: [privateSchool, junior] }, "zh")).toBe("未计入按学校数据判定的各项（G3–G6、G9、G12、Q4）：民办育英小学（民办学校不参评）");
  });

  it("leaves out a school with another section in scope (it counts), and the other exclusions (special, small teaching point)", () => {
    const inScope = { ...privateSchool, id: "学校基本情况!7#junior", stage: "junior" as const, included: true, exclusion: null };
    const point = makeSection({ name: "丙教学点", row: 8, included: false, exclusion: "small_teaching_point" });
    expect(leftOutText({ sections: [privateSchool, inScope, point] }, "zh")).toBeNull();
    expect(leftOutText({ sections: [] }, "en")).toBeNull();
  });
});

describe("withLeftOutRow", () => {
  it("puts the note after the last of G3–G6, at the end when none is listed", () => {
    const rows = (codes: string[]) => codes.map((code) => [[code]]);
    const at = (codes: string[]) => withLeftOutRow({ sections: [privateSchool], items: codes.map((code) => makeItem({ code })) }, rows(codes), "zh").map((r) => r[0] ?? r[1]);
    expect(at(["G3", "G6", "G8"]).map((c) => (typeof c === "string" && c.startsWith("未计入") ? "note" : c))).toEqual(["G3", "G6", "note", "G8"]);
    expect(at(["G8", "Q9"]).map((c) => (typeof c === "string" && c.startsWith("未计入") ? "note" : c))).toEqual(["G8", "Q9", "note"]);
  });
});
