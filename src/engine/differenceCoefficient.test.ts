import fc from "fast-check";
import { cvResult, differenceCoefficient, varianceTerm, weightedCv, weightedMean, weightedSquare, type CvPoint } from "./differenceCoefficient";
import { indicatorValue } from "./indicatorMeta";

const WE1: CvPoint[] = [
  { students: 45, numerator: 279 },
  { students: 37, numerator: 137 },
  { students: 89, numerator: 935 },
  { students: 76, numerator: 160 },
  { students: 55, numerator: 402 },
];

describe("differenceCoefficient", () => {
  it("WE-1: student-weighted mean 6.334437, SD 3.263861, CV 0.515257", () => {
    const r = differenceCoefficient(WE1);
    expect(r.n).toBe(5);
    expect(r.mean).toBeCloseTo(6.334437, 6); // 1913 ÷ 302
    expect(r.sd).toBeCloseTo(3.263861, 6);
    expect(r.cv).toBeCloseTo(0.515257, 6);
  });
  it("WE-1 is not the unweighted CV (0.4888) nor the sample CV (0.5465)", () => {
    const cv = differenceCoefficient(WE1).cv ?? NaN;
    expect(Math.abs(cv - 0.4888)).toBeGreaterThan(0.02);
    expect(Math.abs(cv - 0.5465)).toBeGreaterThan(0.02);
  });
  it("applies the per-100 scale to mean and SD, not to the CV", () => {
    const r = differenceCoefficient(WE1, 100);
    expect(r.mean).toBeCloseTo(633.4437, 4);
    expect(r.sd).toBeCloseTo(326.3861, 4);
    expect(r.cv).toBeCloseTo(0.515257, 6);
  });
  it("one school: mean given, SD 0 (the population SD of one value), CV undefined", () => {
    // rules.md §3: S = sqrt((120 ÷ 120)(5 − 5)²) = 0; the CV needs 2 sections, so stays undefined.
    expect(differenceCoefficient([{ students: 120, numerator: 6 }], 100)).toEqual({ n: 1, mean: 5, sd: 0, cv: null });
  });
  it("no school at all", () => {
    expect(differenceCoefficient([])).toEqual({ n: 0, mean: null, sd: null, cv: null });
  });
  it("all equal: CV 0", () => {
    // 4.5 m² per student in three schools of different size.
    const r = differenceCoefficient([
      { students: 100, numerator: 450 },
      { students: 300, numerator: 1350 },
      { students: 37, numerator: 166.5 },
    ]);
    expect(r.mean).toBeCloseTo(4.5, 12);
    expect(r.cv).toBeCloseTo(0, 12);
  });
  it("zero students are left out, a zero mean has no CV", () => {
    expect(differenceCoefficient([{ students: 0, numerator: 5 }, { students: 10, numerator: 1 }])).toEqual({ n: 1, mean: 0.1, sd: 0, cv: null });
    expect(differenceCoefficient([{ students: 10, numerator: 0 }, { students: 20, numerator: 0 }])).toEqual({ n: 2, mean: 0, sd: 0, cv: null });
  });
  it("two schools by hand", () => {
    // 100 students with 2 → 0.02; 300 students with 12 → 0.04. Mean 14 ÷ 400 = 0.035.
    // Var = 0.25 × 0.015² + 0.75 × 0.005² = 0.00005625 + 0.00001875 = 0.000075; SD = 0.0086603; CV = 0.247436.
    const r = differenceCoefficient([{ students: 100, numerator: 2 }, { students: 300, numerator: 12 }]);
    expect(r.sd).toBeCloseTo(Math.sqrt(0.000075), 12);
    expect(r.cv).toBeCloseTo(0.2474358297, 9);
  });
  it("is stable for large, close values (L6 in yuan)", () => {
    // Values 2 000 000 and 2 000 002 yuan per student, equal weights: SD = 1, mean 2 000 001.
    const r = differenceCoefficient([{ students: 1000, numerator: 2e9 }, { students: 1000, numerator: 2_000_002_000 }]);
    expect(r.sd).toBeCloseTo(1, 6);
  });

  const points = fc.array(
    fc.record({ students: fc.integer({ min: 1, max: 3000 }), numerator: fc.double({ min: 0.01, max: 1e6, noNaN: true }) }),
    { minLength: 2, maxLength: 30 },
  );
  it("is unchanged when every value is scaled by c > 0 (property)", () => {
    fc.assert(
      fc.property(points, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (ps, c) => {
        const a = differenceCoefficient(ps).cv ?? NaN;
        const b = differenceCoefficient(ps.map((p) => ({ students: p.students, numerator: p.numerator * c }))).cv ?? NaN;
        return Math.abs(a - b) <= 1e-9 * Math.max(1, a);
      }),
    );
  });
  it("is unchanged when every school's students and numerator are scaled by an integer k (property)", () => {
    fc.assert(
      fc.property(points, fc.integer({ min: 2, max: 50 }), (ps, k) => {
        const a = differenceCoefficient(ps);
        const b = differenceCoefficient(ps.map((p) => ({ students: p.students * k, numerator: p.numerator * k })));
        const close = (x: number | null, y: number | null) => x !== null && y !== null && Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
        return close(a.cv, b.cv) && close(a.mean, b.mean);
      }),
    );
  });
});

describe("weightedCv (the columns form)", () => {
  it("WE-1: 0.515257 from numerators and students as two lists", () => {
    const r = weightedCv([279, 137, 935, 160, 402], [45, 37, 89, 76, 55]);
    expect(r.n).toBe(5);
    expect(r.mean).toBeCloseTo(1913 / 302, 12);
    expect(r.cv).toBeCloseTo(0.515257, 6);
  });
  it("one school: a mean and SD 0, no CV; none: nothing; a mean of 0: no CV", () => {
    expect(weightedCv([10], [100], 100)).toEqual({ n: 1, mean: 10, sd: 0, cv: null });
    expect(weightedCv([], [])).toEqual({ n: 0, mean: null, sd: null, cv: null });
    expect(weightedCv([0, 0], [10, 20])).toMatchObject({ n: 2, mean: 0, sd: 0, cv: null });
  });
  it("gives exactly what differenceCoefficient gives for the same points", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ numerator: fc.double({ min: 0, max: 1e6, noNaN: true }), students: fc.integer({ min: 1, max: 5000 }) }), { maxLength: 12 }), (points) => {
        const a = differenceCoefficient(points, 100);
        const b = weightedCv(points.map((p) => p.numerator), points.map((p) => p.students), 100);
        return Object.is(a.cv, b.cv) && Object.is(a.mean, b.mean) && a.n === b.n;
      }),
    );
  });
});

describe("weightedCv: more cases", () => {
  it("WE-1 in full: mean 1913 ÷ 302 = 6.334437, SD 3.263861, CV 0.515257; ×100 scales mean and SD only", () => {
    const r = weightedCv(WE1.map((p) => p.numerator), WE1.map((p) => p.students));
    expect(r).toMatchObject({ n: 5 });
    expect(r.mean).toBeCloseTo(6.334437, 6);
    expect(r.sd).toBeCloseTo(3.263861, 6);
    expect(r.cv).toBeCloseTo(0.515257, 6);
    const per100 = weightedCv([279, 137, 935, 160, 402], [45, 37, 89, 76, 55], 100);
    expect(per100.mean).toBeCloseTo(633.4437, 4);
    expect(per100.sd).toBeCloseTo(326.3861, 4);
    expect(per100.cv).toBeCloseTo(0.515257, 6);
  });
  it("WE-1 in another order gives the same CV (the points are a set)", () => {
    expect(weightedCv([402, 160, 935, 137, 279], [55, 76, 89, 37, 45]).cv).toBeCloseTo(0.515257, 6);
  });
  it("two schools by hand", () => {
    // 100 students with 2 → 0.02; 300 with 12 → 0.04; mean 14 ÷ 400 = 0.035.
    // Var = 0.25 × 0.015² + 0.75 × 0.005² = 0.000075; SD 0.00866025; CV 0.00866025 ÷ 0.035 = 0.24743583.
    const r = weightedCv([2, 12], [100, 300]);
    expect(r.n).toBe(2);
    expect(r.mean).toBeCloseTo(0.035, 12);
    expect(r.sd).toBeCloseTo(0.0086602540, 10);
    expect(r.cv).toBeCloseTo(0.2474358297, 9);
  });
  it("all equal: SD 0 and CV 0 (not null: the mean is positive)", () => {
    // 4.5 m² per student in schools of 100, 300 and 37 students.
    const r = weightedCv([450, 1350, 166.5], [100, 300, 37]);
    expect(r.mean).toBeCloseTo(4.5, 12);
    expect(r.sd).toBeCloseTo(0, 12);
    expect(r.cv).toBeCloseTo(0, 12);
  });
  it("one school: n 1, the mean, SD 0, no CV (undefined, not 0)", () => {
    // 18 teachers over 376 students × 100 = 4.787234.
    const r = weightedCv([18], [376], 100);
    expect(r.n).toBe(1);
    expect(r.mean).toBeCloseTo(4.787234, 6);
    expect(r.sd).toBe(0);
    expect(r.cv).toBeNull();
    expect(weightedCv([0], [50])).toEqual({ n: 1, mean: 0, sd: 0, cv: null });
  });
  it("a mean of 0 has no CV, even with a spread (negative numerators)", () => {
    // x = −0.1 and +0.1, equal weights: mean 0, SD 0.1.
    const r = weightedCv([-1, 1], [10, 10]);
    expect(r.mean).toBeCloseTo(0, 12);
    expect(r.sd).toBeCloseTo(0.1, 12);
    expect(r.cv).toBeNull();
  });
  it("zero-student sections are left out before (differenceCoefficient), giving what the rest give", () => {
    // Left: 1 over 10 and 3 over 30, both 0.1 per student: mean 4 ÷ 40 = 0.1, CV 0.
    const r = differenceCoefficient([{ numerator: 5, students: 0 }, { numerator: 1, students: 10 }, { numerator: 3, students: 30 }]);
    expect(r.n).toBe(2);
    expect(r.mean).toBeCloseTo(0.1, 12);
    expect(r.cv).toBeCloseTo(0, 12);
    expect(weightedCv([1, 3], [10, 30]).cv).toBeCloseTo(0, 12);
  });
  it("a NaN numerator is not read as 0: the result is not a number (callers leave such points out)", () => {
    const r = weightedCv([279, NaN, 935], [45, 37, 89]);
    expect(r.n).toBe(3);
    expect(r.mean).toBeNaN();
    expect(r.cv).toBeNaN();
  });
  it("is stable for large, close values (L6 in yuan)", () => {
    // 2 000 000 and 2 000 002 yuan per student, 1000 students each: mean 2 000 001, SD 1, CV 1 ÷ 2 000 001.
    const r = weightedCv([2e9, 2_000_002_000], [1000, 1000]);
    expect(r.mean).toBe(2_000_001);
    expect(r.sd).toBeCloseTo(1, 6);
    expect(r.cv).toBeCloseTo(1 / 2_000_001, 12);
  });
});

describe("varianceTerm and cvResult, the pieces both passes share", () => {
  it("varianceTerm: WE-1's first point, (45 ÷ 302) × (279 ÷ 45 − 1913 ÷ 302)² by hand", () => {
    // 279 ÷ 45 = 6.2; 1913 ÷ 302 = 6.3344371; difference −0.1344371, squared 0.0180733; × 45 ÷ 302 = 0.1490066 → 0.0026930.
    expect(varianceTerm(279, 45, 1, 1913 / 302, 302)).toBeCloseTo(0.002693, 6);
    // Per 100: 12 teachers for 376 students → 3.1915 per 100; against a mean of 4.2 over 1000 students: 3.1914894 − 4.2 = −1.0085106, squared 1.0170937, × 376 ÷ 1000 = 0.382427.
    expect(varianceTerm(12, 376, 100, 4.2, 1000)).toBeCloseTo(0.382427, 6);
  });
  it("weightedSquare: the same term from the weight and the value, 45 ÷ 302 × (6.2 − 6.3344371)² = 0.002693; 0 at the mean, 0 for no weight", () => {
    expect(weightedSquare(45 / 302, 6.2, 1913 / 302)).toBeCloseTo(0.002693, 6);
    expect(weightedSquare(0.5, 4.2, 4.2)).toBe(0);
    expect(weightedSquare(0, 9, 4.2)).toBe(0);
  });
  it("indicatorValue: 279 m² over 45 students = 6.2 per student; 18 teachers over 376 students = 4.787234 per 100; NaN over 0 students is no value", () => {
    expect(indicatorValue(279, 1, 45)).toBeCloseTo(6.2, 12);
    expect(indicatorValue(18, 100, 376)).toBeCloseTo(4.787234, 6);
    expect(indicatorValue(0, 100, 0)).toBeNaN();
  });
  it("weightedMean: WE-1's 1913 m² over 302 students = 6.334437; per 100: 12 teachers over 376 students = 3.191489", () => {
    expect(weightedMean(1, 1913, 302)).toBeCloseTo(6.334437, 6);
    expect(weightedMean(100, 12, 376)).toBeCloseTo(3.191489, 6);
  });
  it("cvResult: nothing without points, a mean and SD 0 for one, no CV for a mean of 0", () => {
    expect(cvResult(0, NaN, NaN)).toEqual({ n: 0, mean: null, sd: null, cv: null });
    expect(cvResult(1, 4.2, NaN)).toEqual({ n: 1, mean: 4.2, sd: 0, cv: null });
    expect(cvResult(2, 0, 0)).toEqual({ n: 2, mean: 0, sd: 0, cv: null });
    // WE-1: S² = 10.652788 → S = 3.263861; CV = 3.263861 ÷ 6.334437 = 0.515257.
    const r = cvResult(5, 1913 / 302, 10.652788);
    expect(r.sd).toBeCloseTo(3.263861, 6);
    expect(r.cv).toBeCloseTo(0.515257, 6);
  });
});

describe("differenceCoefficient: more edge cases", () => {
  it("all equal at values that are not exact in binary (2.3 rooms per 100): CV 0 to 1e-12, a number and not null, SD not NaN", () => {
    // 23 ÷ 1000, 69 ÷ 3000, 230 ÷ 10 000 rooms, each × 100 = 2.3; mean 322 × 100 ÷ 14 000 = 2.3; S = 0; CV = 0 ÷ 2.3 = 0.
    const r = differenceCoefficient([{ numerator: 23, students: 1000 }, { numerator: 69, students: 3000 }, { numerator: 230, students: 10000 }], 100);
    expect(r.n).toBe(3);
    expect(r.mean).toBeCloseTo(2.3, 12);
    expect(r.sd).toBeCloseTo(0, 12);
    expect(r.cv).not.toBeNull();
    expect(r.cv).toBeCloseTo(0, 12);
  });
  it("two schools, one of them 0 students: one point left, so no CV (undefined, not 0)", () => {
    // Only 420 ÷ 10 000 × 100 = 4.2 remains; n 1 → SD 0, CV null (rules.md §3: fewer than 2 sections).
    expect(differenceCoefficient([{ numerator: 420, students: 10000 }, { numerator: 0, students: 0 }], 100)).toEqual({ n: 1, mean: 4.2, sd: 0, cv: null });
  });
  it("every school 0 students: nothing (n 0), never NaN from 0 ÷ 0", () => {
    expect(differenceCoefficient([{ numerator: 5, students: 0 }, { numerator: 0, students: 0 }], 100)).toEqual({ n: 0, mean: null, sd: null, cv: null });
  });
  it("a school with a 0 numerator spreads the CV, it is not left out: 0 ÷ 100 and 10 ÷ 100 per student", () => {
    // x = 0 and 0.1, weights ½ each: X̄ = 10 ÷ 200 = 0.05; S = sqrt(½ × 0.05² + ½ × 0.05²) = 0.05; CV = 1.
    const r = differenceCoefficient([{ numerator: 0, students: 100 }, { numerator: 10, students: 100 }]);
    expect(r.n).toBe(2);
    expect(r.mean).toBeCloseTo(0.05, 12);
    expect(r.sd).toBeCloseTo(0.05, 12);
    expect(r.cv).toBeCloseTo(1, 12);
  });
});
