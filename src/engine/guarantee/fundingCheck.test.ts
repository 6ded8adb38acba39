import { builtInProfile } from "../../profiles/resolveProfile";
import { boardersUnknown, fundedFor, fundedStudents, fundingFinding, readRurality, requiredYuan, tierUnknown, unstatedRurality } from "./fundingCheck";
import { stageSumsOf } from "./stageSums";
import { cellOf, schoolRecord, type RecordSpec } from "./testRecords";

const sichuan = builtInProfile("sichuan-guanghan-2024");
const national = builtInProfile("national-2017");

function find(spec: Omit<RecordSpec, "row" | "name">, profile = sichuan) {
  return findWithIssues(spec, profile).value;
}

function findWithIssues(spec: Omit<RecordSpec, "row" | "name">, profile = sichuan) {
  const record = schoolRecord({ name: "某校", row: 5, ...spec });
  return fundingFinding("某校", record.type, [record], profile);
}

describe("fundedStudents with the Sichuan tiers (<100 → 100, <300 → 300, <500 → 500)", () => {
  it.each([
    [0, 100],
    [99, 100],
    [100, 300],
    [299, 300],
    [300, 500],
    [499, 500],
    [500, 500],
    [1200, 1200],
  ])("%i students are funded as %i", (students, funded) => {
    expect(fundedStudents(students, sichuan.guarantee.funding.tiers)).toBe(funded);
  });
  it("does not depend on the order the tiers are listed in (a profile or 规则 sheet may list them in any order)", () => {
    const shuffled = [{ below: 500, fundedAs: 500 }, { below: 100, fundedAs: 100 }, { below: 300, fundedAs: 300 }];
    // By hand: 50 < 100 → 100; 120 < 300 → 300; 450 < 500 → 500; 600 is under no tier → 600.
    expect([50, 120, 450, 600].map((n) => fundedStudents(n, shuffled))).toEqual([100, 300, 500, 600]);
  });
  it("the national tier raises only schools under 100", () => {
    expect(fundedStudents(99, national.guarantee.funding.tiers)).toBe(100);
    expect(fundedStudents(100, national.guarantee.funding.tiers)).toBe(100);
  });
});

describe("fundedFor and requiredYuan (the rule fundingFinding and the fast path share)", () => {
  const funding = sichuan.guarantee.funding;
  const norm = { primary: 800, junior: 1040 };
  const rural = [schoolRecord({ name: "某校", row: 5, flags: { rural: true } })];
  const urban = [schoolRecord({ name: "某校", row: 5, flags: { rural: false } })];
  const unstated = [schoolRecord({ name: "某校", row: 5 })];
  const boarding = [schoolRecord({ name: "某校", row: 5, flags: { rural: true, boarding: true } })];
  it("funds a rural school at its tier and an urban one (Sichuan: tiers rural only) as it is: 120 → 300, 120 → 120", () => {
    expect(fundedFor(funding, "primary", rural, stageSumsOf(new Map([["primary", 120]])))).toBe(300);
    expect(fundedFor(funding, "primary", urban, stageSumsOf(new Map([["primary", 120]])))).toBe(120);
  });
  it("does not fund a school whose rurality is not stated as if it were urban: 120 → unknown (300 if rural); 500 → 500 either way", () => {
    // Funded as it is (120); tierUnknown says that a tier would raise it, so the rurality matters.
    expect(fundedFor(funding, "primary", unstated, stageSumsOf(new Map([["primary", 120]])))).toBe(120);
    expect(tierUnknown(funding, "primary", unstated, 120)).toBe(true);
    expect(fundedFor(funding, "primary", unstated, stageSumsOf(new Map([["primary", 500]])))).toBe(500);
    // A teaching point gets its tier whatever its rurality; the national profile's tier (under 100) likewise needs rurality.
    expect(fundedFor(funding, "teaching_point", unstated, stageSumsOf(new Map([["primary", 30]])))).toBe(100);
    expect(tierUnknown(national.guarantee.funding, "primary", unstated, 99)).toBe(true);
    expect(tierUnknown(national.guarantee.funding, "primary", unstated, 100)).toBe(false);
  });
  it("readRurality: the urban reading, then the rural one only when the tier hinges on an unstated rurality", () => {
    // A 小学 of 120 at 800 yuan each, 100 000 yuan given: urban 120 × 800 = 96 000 (none short), rural 300 × 800 = 240 000 (140 000 short).
    const shortAt = (funded: number) => Math.max(0, funded * 800 - 100_000);
    const students = stageSumsOf(new Map([["primary", 120]]));
    const seen: number[] = [];
    const at = (funded: number): number => {
      seen.push(funded);
      return shortAt(funded);
    };
    expect(readRurality(funding, "primary", unstated, students, at, (s) => s)).toEqual({ urban: 0, how: "undecided", total: 120, ruralFunded: 300 });
    expect(seen).toEqual([120, 300]);
    // Stated rural: funded at its tier, read once, nothing to compare.
    seen.length = 0;
    expect(readRurality(funding, "primary", rural, students, at, (s) => s)).toEqual({ urban: 140_000, how: "stated", total: 120, ruralFunded: 120 });
    expect(seen).toEqual([300]);
  });
  it("one row stating the rurality of a school of two rows is enough", () => {
    const rows = [schoolRecord({ name: "某校（小学部）", row: 5 }), schoolRecord({ name: "某校（初中部）", row: 6, type: "junior", stage: "junior", flags: { rural: false } })];
    expect(tierUnknown(funding, "nine_year", rows, 200)).toBe(false);
  });
  it("shares a combined school's uplift by students: (800×60 + 1040×30) × 100 / 90 = 88000; + 300 × 40 boarders = 100000", () => {
    const students = stageSumsOf(new Map([["primary", 60], ["junior", 30]]));
    expect(requiredYuan(funding, norm, rural, students, 100, null)).toBeCloseTo(88000, 9);
    expect(requiredYuan(funding, norm, rural, students, 100, 40)).toBeCloseTo(100000, 9);
  });
  it("funds a school with no students at its tier and the lowest norm: 800 × 100", () => {
    expect(requiredYuan(funding, norm, rural, stageSumsOf(new Map([["primary", 0], ["junior", 0]])), 100, null)).toBe(80000);
  });
  it("cannot state the requirement of a boarding school without its boarders where boarders are paid extra; 0 boarders is a count", () => {
    const students = stageSumsOf(new Map([["primary", 600]]));
    expect(requiredYuan(funding, norm, boarding, students, 600, null)).toBeNull();
    expect(requiredYuan(funding, norm, boarding, students, 600, 0)).toBe(480000);
    expect(requiredYuan({ ...funding, boardingExtra: 0 }, norm, boarding, students, 600, null)).toBe(480000);
  });
});

describe("fundingFinding, Sichuan (小学 800, 初中 1040, boarding +300)", () => {
  it.each([
    [99, 100, 80000],
    [100, 300, 240000],
    [299, 300, 240000],
    [300, 500, 400000],
    [499, 500, 400000],
    [500, 500, 400000],
  ])("a rural 小学 with %i students: funded as %i, requires %i yuan", (students, funded, required) => {
    const f = find({ fields: { students, publicFunding: required }, flags: { rural: true } });
    expect(f).toMatchObject({ fundedStudents: funded, required, shortfall: 0 });
  });
  it("funding read from 万元 with float noise meets its norm: 9.04 万 × 10000 = 90399.99999999999 for 800 × 113 = 90400", () => {
    expect(9.04 * 10000).toBeLessThan(90400); // the noise this test is about
    expect(find({ fields: { students: 113, publicFunding: 9.04 * 10000 }, flags: { rural: false } })).toMatchObject({ required: 90400, shortfall: 0 });
  });
  it("one yuan under the requirement is a shortfall of 1", () => {
    expect(find({ fields: { students: 99, publicFunding: 79999 }, flags: { rural: true } })?.shortfall).toBe(1);
  });
  it("a rural 初中 with 120 students, 40 boarding: 1040 × 300 + 300 × 40 = 324000", () => {
    const f = find({ type: "junior", stage: "junior", fields: { students: 120, boardingStudents: 40, publicFunding: 300000 }, flags: { rural: true } });
    expect(f).toMatchObject({ fundedStudents: 300, required: 324000, shortfall: 24000, lowerBound: null });
    expect(f?.cells).toEqual(["表1!B5", "表1!AI5", "表1!AG5"]);
  });
  it("tiers are for rural schools only: an urban 小学 of 99 needs 800 × 99 = 79200", () => {
    expect(find({ fields: { students: 99, publicFunding: 0 }, flags: { rural: false } })).toMatchObject({ fundedStudents: 99, required: 79200, shortfall: 79200, lowerBound: null });
  });
  describe("an 初中 of 394 students whose rurality is not stated: 1040 × 394 = 409 760 yuan as urban, 1040 × 500 = 520 000 as rural", () => {
    const junior = (publicFunding: number) => findWithIssues({ type: "junior", stage: "junior", fields: { students: 394, publicFunding } });
    const warning = (code: string) => [{ code, severity: "warning", cell: "表1!B5", params: { school: "某校", students: 394, funded: 500 } }];
    it("391 400 yuan is short either way: judged as short by at least the urban 18 360, with a warning", () => {
      expect(junior(391_400)).toEqual({ value: expect.objectContaining({ fundedStudents: 394, required: 409_760, shortfall: 18_360 }), issues: warning("funding_rurality_unknown_short") });
    });
    it("391 400 yuan: the 18 360 says it is a lower bound, as a rural school funded as 500 is short by 520 000 − 391 400 = 128 600", () => {
      expect(junior(391_400).value?.lowerBound).toEqual({ ruralFunded: 500, boardersUncounted: false });
      // Stated rural, the same school is short by the full 128 600, which is no lower bound.
      const rural = find({ type: "junior", stage: "junior", fields: { students: 394, publicFunding: 391_400 }, flags: { rural: true } });
      expect(rural).toMatchObject({ fundedStudents: 500, shortfall: 128_600, lowerBound: null });
    });
    it("a 寄宿制 school without its boarders, short as an urban school: both reasons (18 360 before any boarder and any tier)", () => {
      const f = findWithIssues({ type: "junior", stage: "junior", fields: { students: 394, publicFunding: 391_400 }, flags: { boarding: true } });
      expect(f.value).toMatchObject({ required: 409_760, shortfall: 18_360, lowerBound: { ruralFunded: 500, boardersUncounted: true } });
      // The data issues say both too (the boarders' warning was dropped beside the rurality one).
      expect(f.issues.map((i) => [i.code, i.params])).toEqual([
        ["funding_rurality_unknown_short", { school: "某校", students: 394, funded: 500 }],
        ["funding_boarders_unknown_short", { school: "某校", shortfall: 18_360 }],
      ]);
    });
    it("450 000 yuan meets the urban requirement but not the rural one: no finding, with a warning", () => {
      expect(junior(450_000)).toEqual({ value: null, issues: warning("funding_rurality_unknown") });
    });
    it("a 寄宿制 school without its boarders, 450 000 yuan: meets the urban norm before its boarders (409 760), short as a rural one even without them — both unknowns decide, said", () => {
      // Urban: 1040 × 394 = 409 760 ≤ 450 000, and each boarder adds 300 (how many is not given): unknown.
      // Rural, funded as 500: 1040 × 500 = 520 000 before any boarder, so at least 520 000 − 450 000 = 70 000 short.
      const f = findWithIssues({ type: "junior", stage: "junior", fields: { students: 394, publicFunding: 450_000 }, flags: { boarding: true } });
      expect(f).toEqual({ value: null, issues: [{ code: "funding_rurality_boarders_unknown", severity: "warning", cell: "表1!B5", params: { school: "某校", students: 394, funded: 500, shortfall: 70_000 } }] });
    });
    it("a 寄宿制 school without its boarders, 530 000 yuan: meets both norms before its boarders — the boarders alone decide, no word about rurality", () => {
      // 520 000 ≤ 530 000 as a rural school too: short only if boarders bring the requirement past 530 000 either way.
      expect(findWithIssues({ type: "junior", stage: "junior", fields: { students: 394, publicFunding: 530_000 }, flags: { boarding: true } })).toEqual({ value: null, issues: [] });
    });
    it("600 000 yuan meets both: met, without a word", () => {
      expect(junior(600_000)).toEqual({ value: expect.objectContaining({ shortfall: 0, lowerBound: null }), issues: [] });
    });
    it("no public funding: unknown anyway, without a word about rurality", () => {
      expect(findWithIssues({ type: "junior", stage: "junior", fields: { students: 394 } })).toEqual({ value: expect.objectContaining({ shortfall: null }), issues: [] });
    });
    it("620 students are under no tier: nothing hinges on rurality", () => {
      expect(findWithIssues({ type: "junior", stage: "junior", fields: { students: 620, publicFunding: 0 } }).issues).toEqual([]);
    });
  });
  it("a 小学 of 0 students and no funding, rurality not stated: 0 required as urban, 80 000 as rural (funded as 100) — undecided", () => {
    expect(findWithIssues({ fields: { students: 0, publicFunding: 0 } })).toEqual({ value: null, issues: [{ code: "funding_rurality_unknown", severity: "warning", cell: "表1!B5", params: { school: "某校", students: 0, funded: 100 } }] });
  });
  it("unstatedRurality by its four cases", () => {
    expect([unstatedRurality(18_360, 128_600), unstatedRurality(0, 70_000), unstatedRurality(0, 0), unstatedRurality(null, null)]).toEqual(["fails", "undecided", "same", "same"]);
    // The urban reading unknown (a 寄宿制 school's boarders), the rural one short: not "same".
    expect([unstatedRurality(null, 70_000), unstatedRurality(null, 0), unstatedRurality(0, null)]).toEqual(["urbanUnknown", "same", "same"]);
  });
  it("a teaching point gets its tier without the rural flag", () => {
    expect(find({ type: "teaching_point", fields: { students: 30, publicFunding: 80000 } })).toMatchObject({ fundedStudents: 100, shortfall: 0 });
  });
  it("a rural combined school of 60 + 30 students (two rows) is funded as 100: 88000 yuan", () => {
    const rows = [
      schoolRecord({ name: "村校（小学部）", row: 5, type: "nine_year", stage: "primary", fields: { students: 60, publicFunding: 50000 }, flags: { rural: true } }),
      schoolRecord({ name: "村校（初中部）", row: 6, type: "nine_year", stage: "junior", fields: { students: 30 }, flags: { rural: true } }),
    ];
    const f = fundingFinding("村校", "nine_year", rows, sichuan).value;
    expect(f?.fundedStudents).toBe(100);
    expect(f?.required).toBeCloseTo(88000, 9);
    expect(f?.shortfall).toBeCloseTo(38000, 9);
  });
  it("without public funding the shortfall is unknown", () => {
    expect(find({ fields: { students: 99 }, flags: { rural: true } })).toMatchObject({ required: 80000, shortfall: null });
  });
  it("a blank boarding count at a 寄宿制 school leaves the requirement unknown", () => {
    expect(find({ fields: { students: 600, publicFunding: 600000 }, flags: { boarding: true } })).toBeNull();
  });
  it("a school on two section rows, one 寄宿制 without its boarders (its cell not read), the other with 100: the boarders are unknown, not 100 (before: G6 met on part of the boarders)", () => {
    const rows = [
      schoolRecord({ name: "银山学校（小学部）", row: 5, type: "nine_year", stage: "primary", fields: { students: 600, publicFunding: 600_000 }, flags: { rural: false, boarding: true } }),
      schoolRecord({ name: "银山学校（初中部）", row: 6, type: "nine_year", stage: "junior", fields: { students: 600, boardingStudents: 100, publicFunding: 600_000 }, flags: { rural: false } }),
    ];
    expect(boardersUnknown(sichuan.guarantee.funding, rows, 100)).toBe(true);
    // By hand: 800 × 600 + 1040 × 600 = 1 104 000 yuan before any boarder, 1 200 000 given: not short without them, so undecided (with only the 100 counted: 1 134 000, met).
    expect(fundingFinding("银山学校", "nine_year", rows, sichuan)).toEqual({ value: null, issues: [] });
  });
  it("one whole-school row whose 小学寄宿生 cell was given but not read (stageBlankCells), 初中 100: the boarders are unknown, not 100 (before: G6 met)", () => {
    const row = { ...schoolRecord({ name: "银山学校", row: 3, type: "nine_year", stageFields: { primary: { students: 600 }, junior: { students: 600, boardingStudents: 100 } }, fields: { publicFunding: 1_200_000 }, flags: { rural: false } }), stageBlankCells: { primary: { boardingStudents: "表!F3" } } };
    expect(boardersUnknown(sichuan.guarantee.funding, [row], null)).toBe(true);
    // By hand: 800 × 600 + 1040 × 600 = 1 104 000 yuan before any boarder, 1 200 000 given: undecided.
    expect(fundingFinding("银山学校", "nine_year", [row], sichuan)).toEqual({ value: null, issues: [] });
  });
  it("a row whose boarders cell was given but not read (blankCells), not flagged 寄宿制, short even without them: short by at least that much", () => {
    const row = { ...schoolRecord({ name: "某校", row: 5, fields: { students: 600, publicFunding: 400_000 } }), blankCells: { boardingStudents: "表!E5" } };
    expect(boardersUnknown(sichuan.guarantee.funding, [row], null)).toBe(true);
    // 小学 of 600: 800 × 600 = 480 000 before any boarder, 400 000 given → at least 80 000 short.
    expect(fundingFinding("某校", "primary", [row], sichuan).value).toMatchObject({ required: 480_000, shortfall: 80_000, lowerBound: { ruralFunded: null, boardersUncounted: true } });
  });
  it("a boarders cell not read under a profile paying nothing for boarders decides nothing", () => {
    const row = { ...schoolRecord({ name: "某校", row: 5, fields: { students: 600, publicFunding: 400_000 } }), blankCells: { boardingStudents: "表!E5" } };
    expect(boardersUnknown({ ...sichuan.guarantee.funding, boardingExtra: 0 }, [row], null)).toBe(false);
  });
  it("a school on two section rows, each giving its boarders (or neither 寄宿制): known, the rows summed", () => {
    const rows = [
      schoolRecord({ name: "金山学校（小学部）", row: 5, type: "nine_year", stage: "primary", fields: { students: 600, boardingStudents: 50, publicFunding: 600_000 }, flags: { rural: false, boarding: true } }),
      schoolRecord({ name: "金山学校（初中部）", row: 6, type: "nine_year", stage: "junior", fields: { students: 600, boardingStudents: 100, publicFunding: 600_000 }, flags: { rural: false } }),
    ];
    expect(boardersUnknown(sichuan.guarantee.funding, rows, 150)).toBe(false);
    // By hand: 1 104 000 + 300 × 150 = 1 149 000 required, 1 200 000 given: met.
    expect(fundingFinding("金山学校", "nine_year", rows, sichuan).value).toMatchObject({ required: 1_149_000, shortfall: 0 });
  });
  it("a 寄宿制 school without its boarders that is short even without them is short by at least that much, said", () => {
    // 小学 of 600: 800 × 600 = 480 000 yuan before any boarder; 400 000 given → at least 80 000 short (it was unknown).
    const f = findWithIssues({ fields: { students: 600, publicFunding: 400000 }, flags: { boarding: true } });
    expect(f.value).toMatchObject({ required: 480000, shortfall: 80000, lowerBound: { ruralFunded: null, boardersUncounted: true } });
    expect(f.issues.map((i) => [i.code, i.params])).toEqual([["funding_boarders_unknown_short", { school: "某校", shortfall: 80000 }]]);
  });
  it("is unknown without students", () => {
    expect(find({ fields: { publicFunding: 600000 } })).toBeNull();
  });
  it("is not assessed under the national profile, which has no norm", () => {
    expect(find({ fields: { students: 99, publicFunding: 80000 }, flags: { rural: true } }, national)).toBeNull();
  });
});

describe("a 九年一贯制 school whose students are not split by stage (Sichuan: 小学 800, 初中 1040 yuan a student)", () => {
  /** One whole-school row (stage not given) of a 九年一贯制 school with only its total students. */
  function unsplit(fields: Record<string, number>, flags: Record<string, boolean> = { rural: false }, type: "nine_year" | "twelve_year" = "nine_year") {
    const record = schoolRecord({ name: "北岭九年一贯制学校", row: 6, type, stage: null, fields, flags });
    return fundingFinding("北岭九年一贯制学校", type, [record], sichuan);
  }
  const studentsCell = cellOf("students", 6);

  it("2501 students, 2 000 000 yuan: short even if all were 小学 (800 × 2501 = 2 000 800) → at least 800 short, a lower bound", () => {
    const f = unsplit({ students: 2501, publicFunding: 2_000_000 });
    expect(f.value).toEqual({ fundedStudents: 2501, required: 2_000_800, shortfall: 800, lowerBound: { ruralFunded: null, boardersUncounted: false, stagesUnsplit: true }, cells: [studentsCell, cellOf("publicFunding", 6)] });
    expect(f.issues).toEqual([{ code: "funding_stages_unknown_short", severity: "warning", cell: studentsCell, params: { school: "北岭九年一贯制学校", students: 2501, least: 800, shortfall: 800 } }]);
  });
  it("2 601 040 yuan (= 1040 × 2501): meets the norm even if all were 初中 → met, the full gap 0", () => {
    const f = unsplit({ students: 2501, publicFunding: 2_601_040 });
    expect(f.value).toMatchObject({ fundedStudents: 2501, required: 2_601_040, shortfall: 0, lowerBound: null });
    expect(f.issues).toEqual([]);
  });
  it("2 400 000 yuan: enough if all were 小学 (2 000 800), not if all were 初中 (2 601 040) → unknown, with a note naming both", () => {
    const f = unsplit({ students: 2501, publicFunding: 2_400_000 });
    expect(f.value).toBeNull();
    expect(f.issues).toEqual([{ code: "funding_stages_unknown", severity: "warning", cell: studentsCell, params: { school: "北岭九年一贯制学校", students: 2501, funding: 2_400_000, low: 2_000_800, high: 2_601_040 } }]);
  });
  it("the per-stage students given (1500 小学 + 1001 初中): exact as before — 800 × 1500 + 1040 × 1001 = 2 241 040, 241 040 short, no bound", () => {
    const record = schoolRecord({ name: "北岭", row: 6, type: "nine_year", stage: null, fields: { students: 2501, publicFunding: 2_000_000 }, stageFields: { primary: { students: 1500 }, junior: { students: 1001 } }, flags: { rural: false } });
    const f = fundingFinding("北岭", "nine_year", [record], sichuan);
    expect(f.value).toMatchObject({ fundedStudents: 2501, shortfall: 241_040, lowerBound: null });
    expect(f.value?.required).toBeCloseTo(2_241_040, 6);
    expect(f.issues).toEqual([]);
  });
  it("a small rural one of 250 students is funded as 300 (tier on the whole school): 800 × 300 = 240 000 to 1040 × 300 = 312 000", () => {
    expect(unsplit({ students: 250, publicFunding: 230_000 }, { rural: true }).value).toMatchObject({ fundedStudents: 300, required: 240_000, shortfall: 10_000, lowerBound: { stagesUnsplit: true } });
    expect(unsplit({ students: 250, publicFunding: 312_000 }, { rural: true }).value).toMatchObject({ fundedStudents: 300, required: 312_000, shortfall: 0, lowerBound: null });
    expect(unsplit({ students: 250, publicFunding: 250_000 }, { rural: true }).issues.map((i) => i.params)).toEqual([{ school: "北岭九年一贯制学校", students: 250, funding: 250_000, low: 240_000, high: 312_000 }]);
  });
  it("boarders add 300 each to both bounds: 2501 students, 100 boarders, 2 000 000 yuan → at least 800 × 2501 + 300 × 100 − 2 000 000 = 30 800 short", () => {
    expect(unsplit({ students: 2501, boardingStudents: 100, publicFunding: 2_000_000 }, { rural: false, boarding: true }).value).toMatchObject({ required: 2_030_800, shortfall: 30_800, lowerBound: { stagesUnsplit: true } });
  });
  it("a 寄宿制 one without its boarders, short even all 小学 and without them: both reasons", () => {
    expect(unsplit({ students: 2501, publicFunding: 2_000_000 }, { rural: false, boarding: true }).value?.lowerBound).toEqual({ ruralFunded: null, boardersUncounted: true, stagesUnsplit: true });
  });
  it("rurality not stated and short as an urban school even all 小学: the rural reason too", () => {
    // 250 students: urban 800 × 250 = 200 000; 190 000 given → 10 000 short; as rural (300) 240 000 → more.
    expect(unsplit({ students: 250, publicFunding: 190_000 }, {}).value).toMatchObject({ shortfall: 10_000, lowerBound: { ruralFunded: 300, boardersUncounted: false, stagesUnsplit: true } });
  });
  it("rurality not stated, between the bounds: the note gives the urban bounds, and the rurality warning follows", () => {
    // 250 students, 210 000 yuan: all 小学 as urban 800 × 250 = 200 000 (enough), as rural (300) 240 000 (not); all 初中 1040 × 250 = 260 000.
    expect(unsplit({ students: 250, publicFunding: 210_000 }, {}).issues.map((i) => [i.code, i.params])).toEqual([
      ["funding_stages_unknown", { school: "北岭九年一贯制学校", students: 250, funding: 210_000, low: 200_000, high: 260_000 }],
      ["funding_rurality_unknown", { school: "北岭九年一贯制学校", students: 250, funded: 300 }],
    ]);
  });
  it("rurality not stated, enough at both norms as urban but not as rural: unknown for the rurality alone, without the stages note's false “not enough at the higher norm”", () => {
    // 150 students, 200 000 yuan: urban 800 × 150 = 120 000 and 1040 × 150 = 156 000 (both enough); rural (300) 240 000 and 312 000 (neither).
    expect(unsplit({ students: 150, publicFunding: 200_000 }, {}).issues.map((i) => i.code)).toEqual(["funding_rurality_unknown"]);
  });
  it("without public funding, or without the total, stays unknown and silent", () => {
    expect(unsplit({ students: 2501 })).toEqual({ value: null, issues: [] });
    expect(unsplit({ publicFunding: 2_000_000 })).toEqual({ value: null, issues: [] });
  });
  it("a 十二年一贯制 school's whole-school total may count 高中 students: not bounded", () => {
    expect(unsplit({ students: 2501, publicFunding: 2_000_000 }, { rural: false }, "twelve_year")).toEqual({ value: null, issues: [] });
  });
  it("a 寄宿制 one without its boarders between the bounds: the note says the boarders are not in them", () => {
    const f = unsplit({ students: 2501, publicFunding: 2_400_000 }, { rural: false, boarding: true });
    expect(f.value).toBeNull();
    expect(f.issues.map((i) => [i.code, i.params])).toEqual([["funding_stages_unknown_boarders", { school: "北岭九年一贯制学校", students: 2501, funding: 2_400_000, low: 2_000_800, high: 2_601_040 }]]);
  });
  it("a 寄宿制 one without its boarders meeting even the higher bound before them: unknown (the boarders decide), not met", () => {
    expect(unsplit({ students: 2501, publicFunding: 2_700_000 }, { rural: false, boarding: true }).value).toBeNull();
  });
  it("all norms equal (900 both stages): the bounds meet, so it is always decided — 900 × 2501 = 2 250 900", () => {
    const equal = { ...sichuan, guarantee: { ...sichuan.guarantee, funding: { ...sichuan.guarantee.funding, norm: { primary: 900, junior: 900 } } } };
    const record = schoolRecord({ name: "某校", row: 6, type: "nine_year", stage: null, fields: { students: 2501, publicFunding: 2_250_899 }, flags: { rural: false } });
    expect(fundingFinding("某校", "nine_year", [record], equal).value).toMatchObject({ required: 2_250_900, shortfall: 1 });
    const enough = schoolRecord({ name: "某校", row: 6, type: "nine_year", stage: null, fields: { students: 2501, publicFunding: 2_250_900 }, flags: { rural: false } });
    expect(fundingFinding("某校", "nine_year", [enough], equal).value).toMatchObject({ required: 2_250_900, shortfall: 0, lowerBound: null });
  });
  it("zero students, rural: funded as 100 → 80 000 to 104 000; 0 yuan → at least 80 000 short", () => {
    expect(unsplit({ students: 0, publicFunding: 0 }, { rural: true }).value).toMatchObject({ fundedStudents: 100, required: 80_000, shortfall: 80_000 });
  });
});
