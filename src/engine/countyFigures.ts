import type { CountyFigure } from "./types";
import { perObject } from "./perObject";

// Indexed once per list (perObject): every county of a batch asks for its own.
const byCounty = perObject((figures: readonly CountyFigure[]): ReadonlyMap<string | null, readonly CountyFigure[]> => {
  const built = new Map<string | null, CountyFigure[]>();
  for (const f of figures) {
    const own = built.get(f.county);
    if (own) own.push(f);
    else built.set(f.county, [f]);
  }
  return built;
});

/**
 * The county figures that apply to `county`: its own, plus those without a county (a 项目 | 数值
 * sheet without a county column) for every code the county does not state itself. Figures
 * without a county therefore apply to every county, and a county's own figure overrides them.
 * When the input has a single county group, every figure applies to it (a sheet naming the county
 * while the school rows do not), its own county's figures first and otherwise the first figure of each code.
 *
 * @example county "A", figures [{A, G8: 1.1}, {null, G8: 0.9}, {null, R1: 0.9}, {B, R1: 0.8}], 2 groups → [A G8 1.1, null R1 0.9]
 */
export function figuresForCounty(county: string | null, figures: readonly CountyFigure[], singleCounty: boolean): CountyFigure[] {
  const own = byCounty(figures).get(county) ?? [];
  const general = county === null ? [] : (byCounty(figures).get(null) ?? []);
  const fallback = singleCounty ? figures.filter((f) => f.county !== county) : general;
  const stated = new Set(own.map((f) => f.code));
  const out = [...own];
  for (const f of fallback) {
    if (stated.has(f.code)) continue;
    stated.add(f.code);
    out.push(f);
  }
  return out;
}
