import { figuresForCounty } from "./countyFigures";
import type { CountyFigure } from "./types";

const fig = (county: string | null, code: string, value: number): CountyFigure => ({ county, code, value, cell: `F!${code}` });
const FIGURES = [fig("A", "G8_pay_ratio", 1.1), fig(null, "G8_pay_ratio", 0.9), fig(null, "R1_recognition", 0.9), fig("B", "R1_recognition", 0.8)];

describe("figuresForCounty", () => {
  it("gives a county its own figures plus the county-less ones it does not state", () => {
    expect(figuresForCounty("A", FIGURES, false)).toEqual([fig("A", "G8_pay_ratio", 1.1), fig(null, "R1_recognition", 0.9)]);
    expect(figuresForCounty("B", FIGURES, false)).toEqual([fig("B", "R1_recognition", 0.8), fig(null, "G8_pay_ratio", 0.9)]);
  });
  it("never gives one county another county's figure when there are several", () => {
    expect(figuresForCounty("C", FIGURES, false)).toEqual([fig(null, "G8_pay_ratio", 0.9), fig(null, "R1_recognition", 0.9)]);
  });
  it("gives a single county group every figure, one per code", () => {
    expect(figuresForCounty(null, [fig("X", "G8_pay_ratio", 1.2), fig(null, "G8_pay_ratio", 0.9), fig("X", "Q1_consolidation", 0.97)], true)).toEqual([
      fig(null, "G8_pay_ratio", 0.9),
      fig("X", "Q1_consolidation", 0.97),
    ]);
  });
  it("is empty without figures", () => {
    expect(figuresForCounty("A", [], true)).toEqual([]);
  });
});
