import { CATALOGUE, message } from "./catalogue";
import { countMessage } from "./countMessage";

describe("countMessage", () => {
  it("takes the singular English form for exactly one, the plural for any other count", () => {
    expect(countMessage("out_unit_rooms", 1, { n: 1 }, "en")).toBe("1 room");
    expect(countMessage("out_unit_rooms", 0, { n: 0 }, "en")).toBe("0 rooms");
    expect(countMessage("out_unit_rooms", 2, { n: 2 }, "en")).toBe("2 rooms");
    expect(countMessage("out_unit_teachers", 1, { n: 1 }, "en")).toBe("1 teacher");
  });

  it("keeps Chinese in its one form", () => {
    expect(countMessage("out_unit_rooms", 1, { n: 1 }, "zh")).toBe("1 间");
    expect(countMessage("out_unit_rooms", 3, { n: 3 }, "zh")).toBe("3 间");
  });

  it("uses the message as it is when it has no singular form", () => {
    expect(countMessage("out_unit_yuan", 1, { n: 1 }, "en")).toBe("1 yuan");
  });
});

/** Codes that end in _one and are no singular form: a ratio above one. */
const NOT_SINGULAR: ReadonlySet<string> = new Set(["county_figure_ratio_above_one"]);

describe("every singular form in the catalogue", () => {
  const singulars = [...CATALOGUE.keys()].filter((code) => code.endsWith("_one") && !NOT_SINGULAR.has(code));

  it("is found (over forty of them)", () => {
    expect(singulars.length).toBeGreaterThan(40);
  });

  it.each(singulars)("%s: has its plural code, reads otherwise in English, and is what countMessage takes for 1 (only)", (one) => {
    const base = one.slice(0, -"_one".length);
    const plural = CATALOGUE.get(base);
    const single = CATALOGUE.get(one);
    expect(plural).toBeDefined();
    expect(single?.en).not.toBe(plural?.en);
    // Each form as message() fills it with the same params (a placeholder filled from others, such as {ofCounties}, says nothing without them).
    expect(countMessage(base, 1, {}, "en")).toBe(message(one, {}, "en"));
    expect(countMessage(base, 2, {}, "en")).toBe(message(base, {}, "en"));
    expect(countMessage(base, 0, {}, "en")).toBe(message(base, {}, "en"));
  });
});
