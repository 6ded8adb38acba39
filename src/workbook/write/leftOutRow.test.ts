import { fundingExemptText, leftOutText, withLeftOutRow } from "./leftOutRow";
import { makeGuarantee, makeItem, makeSection } from "./testing/makeEvaluation";

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
    const at = (codes: string[]) => withLeftOutRow({ sections: [privateSchool], items: codes.map((code) => makeItem({ code })), schoolGuarantee: [] }, rows(codes), "zh").map((r) => r[0] ?? r[1]);
    expect(at(["G3", "G6", "G8"]).map((c) => (typeof c === "string" && c.startsWith("未计入") ? "note" : c))).toEqual(["G3", "G6", "note", "G8"]);
    expect(at(["G8", "Q9"]).map((c) => (typeof c === "string" && c.startsWith("未计入") ? "note" : c))).toEqual(["G8", "Q9", "note"]);
  });
});

describe("fundingExemptText: the 民办 schools G6 does not judge (guarantee.funding.publicOnly)", () => {
  const first = makeGuarantee({ name: "第一初级中学", recordId: "r1", type: "junior", fundingExempt: "private" });
  const second = makeGuarantee({ name: "第二初级中学", recordId: "r2", type: "junior", fundingShortfall: 113_420 });

  it("names each with why, in zh and en; none when every school is judged", () => {
    expect(fundingExemptText({ sections: [], schoolGuarantee: [first, second] }, "zh")).toBe("未按生均公用经费标准判断（G6）：第一初级中学（民办学校，不适用公办学校生均公用经费标准）");
    expect(fundingExemptText({ sections: [], schoolGuarantee: [first] }, "en")).toBe("Not judged on the per-student public-funding norm (G6): 第一初级中学 (private school: the norm is for public schools)");
    expect(fundingExemptText({ sections: [], schoolGuarantee: [second] }, "zh")).toBeNull();
  });

  it("leaves a school the scope takes out of every item to leftOutText", () => {
    const out = makeGuarantee({ name: "民办育英小学", recordId: privateSchool.recordId, fundingExempt: "private" });
    expect(fundingExemptText({ sections: [privateSchool], schoolGuarantee: [out] }, "zh")).toBeNull();
  });

  it("stands after G6's rows, the scope's note after the last of G3–G6", () => {
    const items = ["G3", "G6", "G7"].map((code) => makeItem({ code }));
    const rows = withLeftOutRow({ sections: [privateSchool], items, schoolGuarantee: [first] }, items.map((i) => [[i.code], [`${i.code} part`]]), "zh");
    const label = (c: unknown) => (typeof c === "string" && c.startsWith("未按") ? "exempt" : typeof c === "string" && c.startsWith("未计入") ? "scope" : c);
    expect(rows.map((r) => label(r[0] ?? r[1]))).toEqual(["G3", "G3 part", "G6", "G6 part", "exempt", "scope", "G7", "G7 part"]);
  });
});
