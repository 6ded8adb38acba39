import { FIELD_KEYS } from "../engine/types";
import { message } from "../messages/catalogue";
import { isPlain } from "../profiles/deepMerge";
import { BUILT_IN_PROFILES, builtInProfile } from "../profiles/resolveProfile";
import { EXPECTED_KEYS } from "../workbook/read/matchColumns";
import { matchCountyItem } from "../workbook/read/matchCountyItem";
import { matchHeaderPath } from "../workbook/read/matchHeaderPath";
import { META_KEYS } from "../workbook/read/keys";
import { schemaLeaf } from "../workbook/read/schemaPath";
import { helpColumnGroups, helpItemNeeds } from "./helpFields";
import { helpCountyItems, helpVetoCodes, percent, standardText } from "./helpCounty";
import { helpSettings, settingMeaning } from "./helpSettings";

/** Every leaf path a built-in profile gives a value, walked here on its own (not helpSettings' schema walk). */
function leaves(value: unknown, path: string): string[] {
  if (!isPlain(value)) return [path];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, path === "" ? k : `${path}.${k}`));
}

describe("helpColumnGroups: the school sheet's columns", () => {
  const groups = helpColumnGroups();
  const keys = groups.flatMap((g) => g.columns.map((c) => c.key));

  it("has the required columns first, then the indicators' with every column the reader expects", () => {
    expect(groups[0]?.columns.map((c) => c.key)).toEqual(["name", "students"]);
    const indicators = [...(groups[0]?.columns ?? []), ...(groups[1]?.columns ?? [])].map((c) => c.key);
    for (const key of EXPECTED_KEYS) expect(indicators).toContain(key);
  });

  it("names every field and school fact once (the class-size buckets as one)", () => {
    const expected = [...META_KEYS, ...FIELD_KEYS.filter((k) => !k.startsWith("classes_")), "@class_buckets"];
    expect([...keys].sort()).toEqual([...expected].sort());
  });

  it("shows for each column headers the reader really takes for it", () => {
    for (const column of groups.flatMap((g) => g.columns)) {
      expect([column.key, column.headers.length > 0]).toEqual([column.key, true]);
      for (const header of column.headers) {
        const found = matchHeaderPath([header])?.key ?? null;
        const fits = column.key === "@class_buckets" ? found?.startsWith("classes_") === true : found === column.key;
        expect([column.key, header, fits]).toEqual([column.key, header, true]);
      }
    }
  });

  it("lists the items school columns decide, G6 only under the profile with a funding norm (四川省: 800 / 1040)", () => {
    expect(helpItemNeeds().map((n) => n.item)).toEqual(["G3", "G5", "G6", "G7", "G9", "G12", "Q4"]);
    expect(helpItemNeeds().find((n) => n.item === "G6")).toEqual({ item: "G6", needs: "publicFunding", profiles: ["sichuan-guanghan-2024"] });
  });
});

describe("helpSettings: the 规则 sheet's settings", () => {
  const settings = helpSettings();
  const paths = settings.map((s) => s.path);

  it("lists every setting the built-in profiles give, but their names, sources, veto list and the definition of county items", () => {
    const given = new Set(Object.keys(BUILT_IN_PROFILES).flatMap((id) => leaves(builtInProfile(id), "")));
    const definition = /^(id|name\.(zh|en)|sources|vetoItems|countyItems\.\w+\.(item|comparison|unit))$/;
    const yesItem = (path: string) => path.startsWith("countyItems.") && builtInProfile().countyItems[path.split(".")[1] ?? ""]?.comparison === "yes";
    // guarantee.funding.norm and unitCosts are null in national-2017: listed by their keys.
    const asGroups = new Set(["guarantee.funding.norm", "unitCosts"]);
    for (const path of given) if (!definition.test(path) && !yesItem(path) && !asGroups.has(path)) expect(paths).toContain(path);
    expect(paths).toEqual(expect.arrayContaining(["guarantee.funding.norm.primary", "guarantee.funding.norm.junior", "unitCosts.teacher", "targets", "guarantee.funding.tiers"]));
  });

  it("lists only paths the 规则 sheet reads (schemaLeaf), each once", () => {
    for (const path of paths) expect([path, schemaLeaf(path) !== null]).toEqual([path, true]);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("gives each setting a meaning from the catalogue in both languages", () => {
    for (const path of paths) {
      for (const lang of ["zh", "en"] as const) {
        const text = settingMeaning(path, lang);
        expect([path, /^help_|\{/.test(text)]).toEqual([path, false]);
      }
    }
    expect(settingMeaning("cvLimits.junior", "zh")).toBe("初中差异系数上限");
    expect(settingMeaning("splitWeights.twelve_year.senior", "en")).toBe("Twelve-year school split weight: senior");
  });

  it("carries each profile's value as its JSON file sets it (national-2017.json, sichuan-guanghan-2024.json extending it)", () => {
    const of = (path: string) => settings.find((s) => s.path === path)?.defaults;
    expect(of("guarantee.classSize.primary")).toEqual({ "national-2017": 45, "sichuan-guanghan-2024": 45 });
    expect(of("guarantee.funding.norm.junior")).toEqual({ "national-2017": null, "sichuan-guanghan-2024": 1040 });
    expect(of("countyItems.G7_special_primary.threshold")).toEqual({ "national-2017": 6000, "sichuan-guanghan-2024": 6080 });
    expect(of("scope.includePrivate")).toEqual({ "national-2017": true, "sichuan-guanghan-2024": true });
    expect(settings.find((s) => s.path === "scope.includePrivate")?.kind).toBe("boolean");
  });
});

describe("helpCountyItems: the 县级指标 sheet's codes", () => {
  it("lists every county item of the profiles and the veto items, each of which the reader takes by its code and by the name the page shows", () => {
    const codes = helpCountyItems().map((i) => i.code);
    expect([...codes].sort()).toEqual(Object.keys(builtInProfile().countyItems).sort());
    expect(helpVetoCodes()).toEqual(builtInProfile().vetoItems.map((v) => v.code));
    for (const code of [...codes, ...helpVetoCodes()]) {
      expect(matchCountyItem(code)).toBe(code);
      const name = message(code.startsWith("V_") ? `veto_${code}` : `county_${code}`, {}, "zh");
      expect([name, matchCountyItem(name)]).toEqual([name, code]);
    }
  });

  it("says each standard as the profile compares it", () => {
    expect(standardText({ item: "Q1", comparison: "at_least", threshold: 0.95, unit: "ratio" }, "zh")).toBe("≥ 95%");
    expect(standardText({ item: "Q9", comparison: "below", threshold: 0.15, unit: "ratio" }, "en")).toBe("< 15%");
    expect(standardText({ item: "G7", comparison: "at_least", threshold: 6080, unit: "yuan" }, "zh")).toBe("≥ 6080");
    expect(standardText({ item: "G1", comparison: "yes", threshold: null, unit: "boolean" }, "zh")).toBe("是");
    expect(standardText(null, "zh")).toBe("—");
    expect(percent(0.07)).toBe("7%");
    expect(percent(0.085)).toBe("8.5%");
  });
});
