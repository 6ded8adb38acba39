import type { CountyGlance } from "../addin/glance";
import { renderGlance } from "./renderResult";
import { FakeDocument, installDocument } from "./testing/fakeDom";

const GLANCE: CountyGlance = {
  county: null,
  areasMet: 3,
  areasTotal: 4,
  passing: 9,
  evaluated: 12,
  unjudged: 0,
  share: null,
  target: { year: 2025, share: 1 },
  targetMet: false,
  cvOver: [
    { stage: "primary", code: "L1", cv: 0.512, limit: 0.5 },
    { stage: "junior", code: "L4", cv: 0.46, limit: 0.45 },
  ],
  recognised: false,
};

describe("renderGlance: separators and marks in the pane's language", () => {
  let uninstall = () => undefined as void;
  beforeEach(() => (uninstall = installDocument(new FakeDocument("<html><body></body></html>"))));
  afterEach(() => uninstall());

  const tileTexts = (lang: "zh" | "en") => (renderGlance(GLANCE, lang, false) as unknown as FakeDocument).querySelectorAll("div.sub").map((d) => d.textContent);

  it("joins the coefficients over their limit with the clause separator of the language", () => {
    expect(tileTexts("en")[2]).toBe("Primary L1: 0.512 (limit 0.50); Junior middle L4: 0.460 (limit 0.45)");
    expect(tileTexts("zh")[2]).toBe("小学 L1：0.512（限 0.50）；初中 L4：0.460（限 0.45）");
  });

  it("says beside the target how many sections could not be evaluated, which the share leaves out", () => {
    const few = { ...GLANCE, passing: 1, evaluated: 1, unjudged: 4, share: 1, target: { year: 2024, share: 0.85 }, targetMet: null };
    const sub = (lang: "zh" | "en") => (renderGlance(few, lang, false) as unknown as FakeDocument).querySelectorAll("div.sub").map((d) => d.textContent)[1];
    expect(sub("zh")).toBe("目标 2024 年 85.0%；另有 4 个无法评估");
    expect(sub("en")).toBe("Target 2024: 85.0%; 4 more could not be evaluated");
    expect(tileTexts("zh")[1]).toBe("目标 2025 年 100.0%");
  });

  it("shows a share that cannot be computed by the catalogue's mark", () => {
    const value = (lang: "zh" | "en") => (renderGlance(GLANCE, lang, false) as unknown as FakeDocument).querySelectorAll("div.value").map((d) => d.textContent)[1];
    expect(value("en")).toBe("9 / 12 (n/a)");
    expect(value("zh")).toBe("9 / 12（—）");
  });
});
