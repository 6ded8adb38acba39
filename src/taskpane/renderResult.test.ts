import type { CountyGlance, LeftOut } from "../addin/glance";
import type { AreaVerdict, Issue } from "../engine/types";
import { builtInProfile } from "../profiles/resolveProfile";
import { makeCounty, makeItem } from "../workbook/write/testing/makeEvaluation";
import { leftOutLine, renderGlance, renderIssues } from "./renderResult";
import { FakeDocument, FakeElement, installDocument } from "./testing/fakeDom";

const GLANCE: CountyGlance = {
  county: null,
  areasMet: 3,
  areasNotMet: ["guarantee"],
  areasPending: [],
  areasTotal: 4,
  passing: 9,
  evaluated: 12,
  unjudged: 0,
  inScope: 12,
  share: null,
  target: { year: 2025, share: 1 },
  year: null,
  noStudents: 0,
  targetMet: false,
  cvOver: [
    { stage: "primary", code: "L1", cv: 0.512, limit: 0.5 },
    { stage: "junior", code: "L4", cv: 0.46, limit: 0.45 },
  ],
  cvUndefined: 0,
  cvPartial: 0,
  recognised: false,
};

describe("renderGlance: separators and marks in the pane's language", () => {
  let uninstall = () => undefined as void;
  beforeEach(() => (uninstall = installDocument(new FakeDocument("<html><body></body></html>"))));
  afterEach(() => uninstall());

  const tileTexts = (lang: "zh" | "en") => (renderGlance(GLANCE, lang, false) as unknown as FakeDocument).querySelectorAll("div.sub").map((d) => d.textContent);

  it("joins the coefficients over their limit with the clause separator of the language", () => {
    expect(tileTexts("en")[2]).toBe("Primary L1: 0.512 (limit 0.50); Junior secondary L4: 0.460 (limit 0.45)");
    expect(tileTexts("zh")[2]).toBe("小学 L1：0.512（限 0.50）；初中 L4：0.460（限 0.45）");
  });

  it("says beside the target how many sections were judged and how many could not be, which the share leaves out", () => {
    const few = { ...GLANCE, passing: 1, evaluated: 1, unjudged: 4, inScope: 5, share: 1, target: { year: 2024, share: 0.85 }, targetMet: null };
    const sub = (lang: "zh" | "en") => (renderGlance(few, lang, false) as unknown as FakeDocument).querySelectorAll("div.sub").map((d) => d.textContent)[1];
    expect(sub("zh")).toBe("目标 2024 年 85.0%；已判定 1 个，其中 1 个达标；另有 4 个无法评估");
    expect(sub("en")).toBe("Target 2024: 85.0%; 1 of the 1 judged pass; 4 more could not be evaluated");
    expect(tileTexts("zh")[1]).toBe("目标 2025 年 100.0%");
  });

  // The messy fixture: 8 of 8 judged sections pass, 6 could not be judged. 8 / 8 (100.0%) alone reads as the county's share.
  const MESSY = { ...GLANCE, passing: 8, evaluated: 8, unjudged: 6, inScope: 14, share: 1, target: null, targetMet: null };
  const passingTile = (g: CountyGlance, lang: "zh" | "en") => {
    const tile = (renderGlance(g, lang, false) as unknown as FakeElement).querySelectorAll("div.tile")[1];
    return { kind: tile?.className, value: tile?.querySelector("div.value")?.textContent, sub: tile?.querySelector("div.sub")?.textContent };
  };

  it("shows, with sections not judged, the range the share lies in (8 ÷ 14 = 57.1% … 14 ÷ 14 = 100%) in amber, and the judged count beside it", () => {
    expect(passingTile(MESSY, "zh")).toEqual({ kind: "tile warn", value: "57.1% 至 100.0%", sub: "规则未设年度目标；已判定 8 个，其中 8 个达标；另有 6 个无法评估" });
    expect(passingTile(MESSY, "en")).toEqual({ kind: "tile warn", value: "57.1% to 100.0%", sub: "No yearly target in the profile; 8 of the 8 judged pass; 6 more could not be evaluated" });
  });

  it("says 无法判定 and how many with no section judged, not 0.0% 至 100.0% (which a glance reads as 0%)", () => {
    const none = { ...MESSY, passing: 0, evaluated: 0, unjudged: 5, inScope: 5, share: null };
    expect(passingTile(none, "zh")).toEqual({ kind: "tile warn", value: "无法判定（5 个无法评估）", sub: "规则未设年度目标" });
    expect(passingTile(none, "en")).toEqual({ kind: "tile warn", value: "Not judged (5 could not be evaluated)", sub: "No yearly target in the profile" });
  });

  it("puts the count first when fewer are judged than not (2 of 5: the range 2 ÷ 5 = 40.0% … 5 ÷ 5 spans more than half the scale)", () => {
    const few = { ...MESSY, passing: 2, evaluated: 2, unjudged: 3, inScope: 5, share: 1 };
    expect(passingTile(few, "zh").value).toBe("已判定 2 / 5：40.0% 至 100.0%");
    expect(passingTile(few, "en").value).toBe("2 of 5 judged: 40.0% to 100.0%");
    // as many judged as not (5 and 5): the range alone, 5 ÷ 10 = 50.0% … 100.0%
    expect(passingTile({ ...few, passing: 5, evaluated: 5, unjudged: 5, inScope: 10 }, "zh").value).toBe("50.0% 至 100.0%");
  });

  it("is red, saying so first, when the failing sections are why 资源配置 is not met (the sample: 37 judged, 33 pass, 4 fail)", () => {
    const sample = { ...MESSY, passing: 33, evaluated: 37, unjudged: 0, inScope: 37, share: 33 / 37, failingBehindResources: 4 };
    expect(passingTile(sample, "zh")).toEqual({ kind: "tile bad", value: "33 / 37（89.2%）", sub: "4 个未达标，资源配置因此未达标规则未设年度目标" });
    const lines = (lang: "zh" | "en") => (renderGlance(sample, lang, false) as unknown as FakeElement).querySelectorAll("div.tile")[1]?.querySelector("div.sub")?.childNodes.map((n) => n.textContent);
    expect(lines("zh")).toEqual(["4 个未达标，资源配置因此未达标", "规则未设年度目标"]);
    expect(lines("en")).toEqual(["4 fail, so resource allocation is not met", "No yearly target in the profile"]);
    expect(passingTile({ ...sample, failingBehindResources: 1, passing: 36 }, "en").sub).toBe("1 fails, so resource allocation is not metNo yearly target in the profile");
    // the year's target met all the same: green for the target, the cause still said
    expect(passingTile({ ...sample, target: { year: 2024, share: 0.85 }, targetMet: true }, "zh").kind).toBe("tile good");
  });

  it("names the year the profile plans no target for, and the sections with no students the share leaves out", () => {
    const closed = { ...MESSY, unjudged: 0, inScope: 8, year: 2023, noStudents: 1 };
    expect(passingTile(closed, "zh").sub).toBe("规则未设2023年的年度目标；另有 1 个在校生数为 0，不计入");
    expect(passingTile(closed, "en").sub).toBe("No target for 2023 in the profile; 1 more with no students, not counted");
  });

  it("keeps each end of the range on its side of the target (84.96%, not 85.0%) and stays amber even when the target is met whatever they turn out to be", () => {
    // 96 ÷ 113 = 0.849558 (below 0.85), (96 + 17) ÷ 113 = 1
    const near = { ...MESSY, passing: 96, evaluated: 96, unjudged: 17, inScope: 113, target: { year: 2024, share: 0.85 } };
    expect(passingTile(near, "zh").value).toBe("84.96% 至 100.00%");
    // 9 ÷ 10 = 0.9 ≥ 0.85 with the one unjudged failing: met, yet the share shown is still a range.
    expect(passingTile({ ...MESSY, passing: 9, evaluated: 9, unjudged: 1, inScope: 10, target: { year: 2024, share: 0.85 }, targetMet: true }, "zh")).toMatchObject({ kind: "tile warn", value: "90.0% 至 100.0%" });
    expect(passingTile({ ...MESSY, passing: 1, evaluated: 8, unjudged: 6, inScope: 14, target: { year: 2024, share: 0.85 }, targetMet: false }, "zh")).toMatchObject({ kind: "tile bad", value: "7.1% 至 50.0%" });
  });

  it("shows the count and share as before, green when met, once every section was judged", () => {
    expect(passingTile({ ...MESSY, unjudged: 0, inScope: 8, target: { year: 2024, share: 0.85 }, targetMet: true }, "zh")).toEqual({ kind: "tile good", value: "8 / 8（100.0%）", sub: "目标 2024 年 85.0%" });
  });

  const cvTile = (g: Partial<CountyGlance>, lang: "zh" | "en" = "zh") => {
    const tile = (renderGlance({ ...GLANCE, ...g }, lang, false) as unknown as FakeElement).querySelectorAll("div.tile")[2];
    return { kind: tile?.className, value: tile?.querySelector("div.value")?.textContent, sub: tile?.querySelector("div.sub")?.textContent };
  };

  it("says beside the areas what 资源配置 达标 was judged without (one junior school), amber rather than green", () => {
    const caveats = [{ code: "cv_not_computable" as const, stage: "junior" as const, indicators: ["L1", "L2", "L3", "L4", "L5", "L6", "L7"] as const, cause: "too_few_sections" as const, schools: 1 }];
    const areas = (g: Partial<CountyGlance>) => {
      const tile = (renderGlance({ ...GLANCE, ...g }, "zh", false) as unknown as FakeElement).querySelectorAll("div.tile")[0];
      return { kind: tile?.className, sub: tile?.querySelector("div.sub")?.textContent };
    };
    expect(areas({ areasMet: 4, areasNotMet: [], resourcesCaveats: caveats })).toEqual({ kind: "tile warn", sub: "初中差异系数不可计算（仅 1 个学校（学段）），未参与资源配置判定" });
    // G3 met on an estimate: amber too, saying so, after 资源配置's caveats.
    const estimated = [{ area: "guarantee" as const, code: "G3", schools: 25 }];
    expect(areas({ areasMet: 4, areasNotMet: [], estimatedPasses: estimated })).toEqual({ kind: "tile warn", sub: "G3 达标为估算，待核实（25 所学校）" });
    expect(areas({ areasMet: 4, areasNotMet: [], resourcesCaveats: caveats, estimatedPasses: estimated })?.sub).toBe("初中差异系数不可计算（仅 1 个学校（学段）），未参与资源配置判定；G3 达标为估算，待核实（25 所学校）");
    expect(areas({ areasMet: 4, areasNotMet: [] })).toEqual({ kind: "tile good", sub: "" });
  });

  it("says beside the areas that school rows were hidden or filtered out and not read, as 汇总 does: amber rather than green, in either language", () => {
    const areas = (g: Partial<CountyGlance>, lang: "zh" | "en") => {
      const tile = (renderGlance({ ...GLANCE, ...g }, lang, false) as unknown as FakeElement).querySelectorAll("div.tile")[0];
      return { kind: tile?.className, sub: tile?.querySelector("div.sub")?.textContent };
    };
    const hiddenRows = [{ count: 6, rows: "7–12", sheet: null }];
    expect(areas({ areasMet: 4, areasNotMet: [], hiddenRows }, "zh")).toEqual({ kind: "tile warn", sub: "另有 6 个学校行隐藏或筛选掉，未读取（第 7–12 行），结论只据已读取的学校" });
    expect(areas({ areasMet: 4, areasNotMet: [], hiddenRows }, "en")).toEqual({ kind: "tile warn", sub: "6 more school rows were hidden or filtered out and not read (rows 7–12): the verdict rests on the schools read only" });
    // One row, of one of two sheets that hid rows: the sheet named, the singular in English.
    const one = [{ count: 1, rows: "9", sheet: "学校基本情况" }];
    expect(areas({ areasMet: 4, areasNotMet: [], hiddenRows: one }, "zh").sub).toBe("工作表“学校基本情况”另有 1 个学校行隐藏或筛选掉，未读取（第 9 行），结论只据已读取的学校");
    expect(areas({ areasMet: 4, areasNotMet: [], hiddenRows: one }, "en").sub).toBe("1 more school row of “学校基本情况” was hidden or filtered out and not read (row 9): the verdict rests on the schools read only");
    // Not met (guarantee): red stays red, the caveat said after the areas named.
    expect(areas({ hiddenRows }, "zh")).toEqual({ kind: "tile bad", sub: "未达标：政府保障程度；另有 6 个学校行隐藏或筛选掉，未读取（第 7–12 行），结论只据已读取的学校" });
  });

  it("is not a green 无 for the coefficients while some could not be computed: amber, saying how many", () => {
    expect(cvTile({ cvOver: [], cvUndefined: 3 })).toEqual({ kind: "tile warn wide", value: "0", sub: "已算出的均未超限；3 项不可计算（有数值的学校（学段）不足 2 个，或数值均为 0）" });
    expect(cvTile({ cvOver: [], cvUndefined: 1 }, "en")).toEqual({ kind: "tile warn wide", value: "0", sub: "None over among those computed; 1 cannot be computed (values for fewer than 2 school sections, or all 0)" });
    expect(cvTile({ cvOver: [{ stage: "primary", code: "L1", cv: 0.512, limit: 0.5 }], cvUndefined: 2 })).toEqual({ kind: "tile bad wide", value: "1", sub: "小学 L1：0.512（限 0.50）；2 项不可计算（有数值的学校（学段）不足 2 个，或数值均为 0）" });
    expect(cvTile({ cvOver: [], cvUndefined: 0 })).toEqual({ kind: "tile good wide", value: "0", sub: "无" });
  });

  it("is not a green 无 either when coefficients were computed without some schools' values (the messy fixture: 7 of 14)", () => {
    expect(cvTile({ cvOver: [], cvPartial: 7 })).toEqual({ kind: "tile warn wide", value: "0", sub: "已算出的均未超限；7 项缺少部分学校的数值，仅按有数值的学校计算" });
    expect(cvTile({ cvOver: [], cvPartial: 7, cvUndefined: 1 }, "en")).toEqual({
      kind: "tile warn wide",
      value: "0",
      sub: "None over among those computed; 1 cannot be computed (values for fewer than 2 school sections, or all 0); 7 computed without some schools, whose values are missing",
    });
  });

  it("shows a share that cannot be computed by the catalogue's mark", () => {
    const value = (lang: "zh" | "en") => (renderGlance(GLANCE, lang, false) as unknown as FakeDocument).querySelectorAll("div.value").map((d) => d.textContent)[1];
    expect(value("en")).toBe("9 / 12 (n/a)");
    expect(value("zh")).toBe("9 / 12（—）");
  });
});

describe("renderGlance: areas met, not met and pending apart", () => {
  let uninstall = () => undefined as void;
  beforeEach(() => (uninstall = installDocument(new FakeDocument("<html><body></body></html>"))));
  afterEach(() => uninstall());

  const areas = (g: Partial<CountyGlance>, lang: "zh" | "en" = "zh") => {
    const box = renderGlance({ ...GLANCE, ...g }, lang, false) as unknown as FakeElement;
    const first = box.querySelector("div.tile");
    return { kind: first?.className, value: first?.querySelector("div.value")?.textContent, sub: first?.querySelector("div.sub")?.textContent };
  };

  it("does not count pending areas as failed: red only for one not met", () => {
    // 汇总 of the sample under 四川: 0 met, 1 not met, 3 pending.
    const sample = { areasMet: 0, areasNotMet: ["guarantee"], areasPending: ["resources", "quality", "recognition"] } as const;
    expect(areas(sample)).toEqual({ kind: "tile bad", value: "0 / 4 达标", sub: "未达标：政府保障程度；待评估：资源配置、教育质量、社会认可度" });
    expect(areas(sample, "en")).toEqual({ kind: "tile bad", value: "0 / 4 met", sub: "not met: government guarantee; not yet assessed: resource allocation, education quality, social recognition" });
  });

  it("is amber while areas are only pending, green when all are met", () => {
    expect(areas({ areasMet: 2, areasNotMet: [], areasPending: ["quality", "recognition"] })).toEqual({ kind: "tile warn", value: "2 / 4 达标", sub: "待评估：教育质量、社会认可度" });
    expect(areas({ areasMet: 4, areasNotMet: [] })).toEqual({ kind: "tile good", value: "4 / 4 达标", sub: "" });
  });

  it("says, one line per area, why each is not met or pending, in short (汇总's 说明 of the sample: 4 of 37 fail; G6 has no norm)", () => {
    const county = makeCounty({
      items: [makeItem({ code: "G6", verdict: "not_assessed", basis: "none" })],
      passing: { noStudents: 0, evaluated: 37, passing: 33, unjudged: 0, inScope: 37, share: 33 / 37, target: null, met: null },
    });
    const verdicts: AreaVerdict[] = [
      { area: "resources", verdict: "not_met", reasons: ["sections_failing"], pending: [] },
      { area: "guarantee", verdict: "not_assessed", reasons: ["G6"], pending: ["G6"] },
    ];
    const g = { areasMet: 2, areasNotMet: ["resources"], areasPending: ["guarantee"], areaReasons: { areas: verdicts, source: { county, profile: builtInProfile("national-2017") } } } as const;
    const lines = (lang: "zh" | "en") => {
      const tile = (renderGlance({ ...GLANCE, ...g }, lang, false) as unknown as FakeElement).querySelector("div.tile");
      return { kind: tile?.className, lines: tile?.querySelector("div.sub")?.childNodes.map((n) => n.textContent) };
    };
    expect(lines("zh")).toEqual({ kind: "tile bad wide", lines: ["未达标：资源配置（4 个学校（学段）未达标）", "待评估：政府保障程度（G6 规则未设生均公用经费标准）"] });
    expect(lines("en")).toEqual({ kind: "tile bad wide", lines: ["Not met: resource allocation (4 school sections fail)", "Not yet assessed: government guarantee (G6: no per-student funding norm in the profile)"] });
    // the schools tile beside it goes full width too, not half a row of its own
    expect((renderGlance({ ...GLANCE, ...g }, "zh", false) as unknown as FakeElement).querySelectorAll("div.tile")[1]?.className).toBe("tile bad wide");
  });

  it("puts each county's verdict right under its own heading, before its tiles", () => {
    const box = renderGlance({ ...GLANCE, county: "甲县" }, "zh", true) as unknown as FakeElement;
    const [heading, verdict, tiles] = box.childNodes as FakeElement[];
    expect([heading?.textContent, verdict?.textContent, tiles?.className]).toEqual(["县区：甲县", "未达到优质均衡", "tiles"]);
  });
});

describe("renderIssues: errors first, then warnings, then notes", () => {
  let uninstall = () => undefined as void;
  beforeEach(() => (uninstall = installDocument(new FakeDocument("<html><body><ul id=\"x\"></ul></body></html>"))));
  afterEach(() => uninstall());

  it("groups by severity and keeps the order found within each", () => {
    const issue = (severity: Issue["severity"], school: string): Issue => ({ code: "read_total_row", severity, params: { text: school }, cell: null });
    const issues = [issue("info", "n1"), issue("warning", "w1"), issue("error", "e1"), issue("info", "n2"), issue("error", "e2")];
    const list = (document as unknown as FakeDocument).getElementById("x") as FakeElement;
    renderIssues(list as unknown as HTMLElement, issues, "zh", () => undefined);
    const severities = list.querySelectorAll("li").map((li) => li.querySelector("span")?.className);
    expect(severities).toEqual(["sev error", "sev error", "sev warning", "sev info", "sev info"]);
    expect(list.querySelectorAll("li").map((li) => li.textContent.match(/[enw][12]/)?.[0])).toEqual(["e1", "e2", "w1", "n1", "n2"]);
  });
});

describe("renderIssues: a cell reference breaks only after its sheet name", () => {
  let uninstall = () => undefined as void;
  beforeEach(() => (uninstall = installDocument(new FakeDocument("<html><body><ul id=\"x\"></ul></body></html>"))));
  afterEach(() => uninstall());

  it("offers a break after the “!” only, in a link kept whole otherwise (taskpane.css a.cell)", () => {
    const list = (document as unknown as FakeDocument).getElementById("x") as FakeElement;
    const issue: Issue = { code: "read_total_row", severity: "info", params: { text: "合计" }, cell: "学校基本情况!B6" };
    renderIssues(list as unknown as HTMLElement, [issue], "zh", () => undefined);
    const a = list.querySelector("a");
    expect(a?.childNodes.map((n) => (n instanceof FakeElement ? `<${n.localName}>` : n.textContent))).toEqual(["学校基本情况!", "<wbr>", "B6"]);
    expect(a?.textContent).toBe("学校基本情况!B6");
    // and after the link, so that the text that follows (here opening on a quote, which binds to what precedes it) can go to the next line instead
    const li = list.querySelector("li");
    expect(li?.childNodes.map((n) => (n instanceof FakeElement ? `<${n.localName}>` : n.textContent))).toEqual(["<span>", "<a>", "<wbr>", "“合计”是合计、小计、平均或分项汇总行，不作为学校读取"]);
  });

  it("leaves a reference without a sheet as it is", () => {
    const list = (document as unknown as FakeDocument).getElementById("x") as FakeElement;
    renderIssues(list as unknown as HTMLElement, [{ code: "read_total_row", severity: "info", params: { text: "合计" }, cell: "B6" }], "zh", () => undefined);
    expect(list.querySelector("a")?.childNodes.map((n) => n.textContent)).toEqual(["B6"]);
  });
});

describe("renderIssues: a long list of schools cut, and 展开全部 showing it whole (finding 11)", () => {
  let uninstall = () => undefined as void;
  beforeEach(() => (uninstall = installDocument(new FakeDocument("<html><body><ul id=\"x\"></ul></body></html>"))));
  afterEach(() => uninstall());
  const note = (n: number): Issue => ({
    code: "guarantee_rooms_estimated",
    severity: "info",
    cell: "学校基本情况!T5",
    params: { item: "G3", count: n, schools: "", schoolRows: Array.from({ length: n }, (_, i) => `校${i + 1}@${i + 5}`).join("\n") },
  });

  it("shows 3 of 6 schools and 另 3 所; the button puts all six in the line and goes", () => {
    const list = (document as unknown as FakeDocument).getElementById("x") as FakeElement;
    renderIssues(list as unknown as HTMLElement, [note(6)], "zh", () => undefined);
    const li = list.querySelector("li") as FakeElement;
    expect(li.textContent).toContain("6 所学校（校1（第5行）、校2（第6行）、校3（第7行）、另 3 所）");
    const button = li.querySelector("button") as FakeElement;
    expect(button.textContent).toBe("展开全部");
    button.dispatch("click");
    expect(li.textContent).toContain("6 所学校（校1（第5行）、校2（第6行）、校3（第7行）、校4（第8行）、校5（第9行）、校6（第10行））");
    expect(li.querySelector("button")).toBeNull();
  });

  it("has no button for five schools, named whole, nor in English 'Show all' for them", () => {
    const list = (document as unknown as FakeDocument).getElementById("x") as FakeElement;
    renderIssues(list as unknown as HTMLElement, [note(5)], "en", () => undefined);
    expect(list.querySelector("button")).toBeNull();
    renderIssues(list as unknown as HTMLElement, [note(25)], "en", () => undefined);
    expect(list.querySelector("button")?.textContent).toBe("Show all");
    expect(list.querySelector("li")?.textContent).toContain("25 schools (校1 (row 5), 校2 (row 6), 校3 (row 7), and 22 more)");
  });
});

describe("leftOutLine: the sections read but not in scope, under the tiles", () => {
  let uninstall = () => undefined as void;
  beforeEach(() => (uninstall = installDocument(new FakeDocument("<html><body></body></html>"))));
  afterEach(() => uninstall());

  const SAMPLE = {
    count: 2,
    groups: [
      { reason: "small_teaching_point", names: ["石门教学点"] },
      { reason: "special_education", names: ["示例县特殊教育学校"] },
    ],
    min: 50,
  } as const;

  it("says the sample's two with their reasons in the schools sheet's words, and the sheet that lists them (zh, en)", () => {
    expect(leftOutLine(SAMPLE, "zh", "学校达标")).toBe("另有 2 个学校（学段）未计入，见工作表“学校达标”：石门教学点（不足50人的教学点不参评）；示例县特殊教育学校（特殊教育学校不参评）");
    expect(leftOutLine(SAMPLE, "en", "Schools")).toBe(
      "2 school sections not counted (see the sheet Schools): 石门教学点 (Teaching point under 50 students: out of scope); 示例县特殊教育学校 (Special-education school: out of scope)",
    );
  });

  it("takes the singular for one, and the sheet's written name (学校达标 (2))", () => {
    const one = { count: 1, groups: [{ reason: "vocational", names: ["乙职校"] }], min: 50 } as const;
    expect(leftOutLine(one, "en", "Schools (2)")).toBe("1 school section not counted (see the sheet Schools (2)): 乙职校 (Vocational school: out of scope)");
    expect(leftOutLine(one, "zh", "学校达标 (2)")).toBe("另有 1 个学校（学段）未计入，见工作表“学校达标 (2)”：乙职校（职业学校不参评）");
  });

  it("names up to five of a reason, past five three and how many more, as the issue lists cut theirs", () => {
    const five = { count: 5, groups: [{ reason: "small_teaching_point", names: ["甲点", "乙点", "丙点", "丁点", "戊点"] }], min: 30 } as const;
    expect(leftOutLine(five, "zh", "学校达标")).toBe("另有 5 个学校（学段）未计入，见工作表“学校达标”：甲点、乙点、丙点、丁点、戊点（不足30人的教学点不参评）");
    const seven = { ...five, count: 7, groups: [{ reason: "small_teaching_point", names: ["甲点", "乙点", "丙点", "丁点", "戊点", "己点", "庚点"] }] } as const;
    expect(leftOutLine(seven, "zh", "学校达标")).toBe("另有 7 个学校（学段）未计入，见工作表“学校达标”：甲点、乙点、丙点、另 4 所（不足30人的教学点不参评）");
    expect(leftOutLine(seven, "en", "Schools")).toBe("7 school sections not counted (see the sheet Schools): 甲点, 乙点, 丙点, and 4 more (Teaching point under 30 students: out of scope)");
  });

  it("words every reason a section can be out of scope for in the schools sheet's words, never a code", () => {
    const reasons = ["special_education", "vocational", "small_teaching_point", "private", "not_county_run", "other_type"] as const;
    const said = reasons.map((reason) => leftOutLine({ count: 1, groups: [{ reason, names: ["甲校"] }], min: 50 }, "zh", "学校达标"));
    expect(said.map((line) => line.slice(line.indexOf("甲校")))).toEqual([
      "甲校（特殊教育学校不参评）",
      "甲校（职业学校不参评）",
      "甲校（不足50人的教学点不参评）",
      "甲校（民办学校不参评（规则设置））",
      "甲校（非县属学校不参评（规则设置））",
      "甲校（非义务教育学校）",
    ]);
  });

  it("stands under the tiles with the schools sheet's name, and not at all with none left out", () => {
    const box = (leftOut: LeftOut | null) => renderGlance({ ...GLANCE, leftOut }, "zh", false) as unknown as FakeElement;
    expect(box(SAMPLE).querySelector("p.left-out")?.textContent).toBe(leftOutLine(SAMPLE, "zh", "学校达标"));
    expect((renderGlance({ ...GLANCE, leftOut: SAMPLE }, "zh", false, "学校达标 (2)") as unknown as FakeElement).querySelector("p.left-out")?.textContent).toContain("见工作表“学校达标 (2)”");
    expect(box(null).querySelector("p.left-out")).toBeNull();
  });
});
