import fc from "fast-check";
import { differenceCoefficient, weightedCv, type CvPoint } from "./differenceCoefficient";

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
  it("one school: mean given, SD and CV undefined", () => {
    expect(differenceCoefficient([{ students: 120, numerator: 6 }], 100)).toEqual({ n: 1, mean: 5, sd: null, cv: null });
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
    expect(differenceCoefficient([{ students: 0, numerator: 5 }, { students: 10, numerator: 1 }])).toEqual({ n: 1, mean: 0.1, sd: null, cv: null });
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

describe("weightedCv (the columns form the engine uses)", () => {
  it("WE-1: 0.515257 from numerators and students as two lists", () => {
    const r = weightedCv([279, 137, 935, 160, 402], [45, 37, 89, 76, 55]);
    expect(r.n).toBe(5);
    expect(r.mean).toBeCloseTo(1913 / 302, 12);
    expect(r.cv).toBeCloseTo(0.515257, 6);
  });
  it("one school: a mean and nothing else; none: nothing; a mean of 0: no CV", () => {
    expect(weightedCv([10], [100], 100)).toEqual({ n: 1, mean: 10, sd: null, cv: null });
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
