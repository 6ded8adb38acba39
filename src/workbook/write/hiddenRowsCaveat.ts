import { sameCounty } from "../../engine/countyFigures";
import type { CountyEvaluation, Issue } from "../../engine/types";
import { perObject } from "../../engine/perObject";
import { countMessage } from "../../messages/countMessage";
import type { Lang } from "../../messages/types";

/**
 * School rows a sheet hid or filtered out and left unread, as 资源配置's caveat words them: how many,
 * which sheet rows (7–12), and the sheet when several sheets hid rows (null otherwise). A few figures
 * that the pane's glance and the city overview keep per county, to word in the user's language.
 */
export interface HiddenRows {
  readonly count: number;
  readonly rows: string;
  readonly sheet: string | null;
}

/**
 * 资源配置's note that school rows were hidden or filtered out and left unread (read_hidden_rows_skipped):
 * the coefficients and the verdict rest on the rows read only, a filter left on (乡镇 = 城关镇) may
 * leave out most of a county, and the warning alone sits on the 数据问题 sheet, away from the
 * verdict (reviewer R1, finding 3). Said for each county with a school read from that sheet whose
 * 县区 cells name it (`counties`, which the reader sets: readSchoolRows hiddenIssue), for every such county when the sheet has
 * no 县区 column; the sheet named only when several sheets hid rows. 汇总, the console, the pane's
 * 资源配置 tile and the overview's 说明 say it in these words (hiddenRowsOf, hiddenRowsTexts).
 *
 * @example hiddenRowsCaveats(青河县 read from 学校基本情况, [read_hidden_rows_skipped { sheet: 学校基本情况, rows: "7–12", count: 6 }], "zh") // ["另有 6 个学校行隐藏或筛选掉，未读取（第 7–12 行），结论只据已读取的学校"]
 */
export function hiddenRowsCaveats(county: Pick<CountyEvaluation, "county" | "sections">, issues: readonly Issue[], lang: Lang): string[] {
  return hiddenRowsTexts(hiddenRowsOf(county, issues), lang);
}

/**
 * The hidden rows that concern the county (see hiddenRowsCaveats), as figures.
 * @example hiddenRowsOf(青河县 read from 学校基本情况, [read_hidden_rows_skipped { sheet: 学校基本情况, rows: "7–12", count: 6 }]) // [{ count: 6, rows: "7–12", sheet: null }]
 */
export function hiddenRowsOf(county: Pick<CountyEvaluation, "county" | "sections">, issues: readonly Issue[]): HiddenRows[] {
  const { skipped, named } = skippedRows(issues);
  return perSheet(skipped.filter((i) => concerns(i, county)), named);
}

/**
 * A county's hidden-rows warnings as one entry per sheet, counts added and rows listed in turn: the
 * reader gives one warning per county cell text (readSchoolRows hiddenIssues), and a county written
 * two ways (北山县 and 北山, one county here) had two caveats of one row each (reviewer R1 of s44, F3).
 *
 * @example perSheet([{ sheet: 学校, rows: "6", count: 1 }, { sheet: 学校, rows: "9–10", count: 2 }], false) // [{ count: 3, rows: "6、9–10", sheet: null }]
 */
function perSheet(issues: readonly Issue[], named: boolean): HiddenRows[] {
  const bySheet = new Map<string, { count: number; rows: string[] }>();
  for (const issue of issues) {
    const own = bySheet.get(sheetOf(issue)) ?? { count: 0, rows: [] };
    own.count += Number(issue.params.count ?? 0);
    own.rows.push(String(issue.params.rows ?? ""));
    bySheet.set(sheetOf(issue), own);
  }
  return [...bySheet].map(([sheet, { count, rows }]) => ({ count, rows: rows.join("、"), sheet: named ? sheet : null }));
}

/**
 * The hidden-rows warnings of a result's issues, and whether several sheets hid rows: found once per
 * list (perObject), as every county of 汇总, the console, the glance and the overview asks for its
 * own — a scan of all the issues for each county grew as counties × issues.
 */
const skippedRows = perObject((issues: readonly Issue[]) => {
  const skipped = issues.filter((i) => i.code === "read_hidden_rows_skipped");
  return { skipped, named: new Set(skipped.map(sheetOf)).size > 1 };
});

/**
 * The caveats in words. @example hiddenRowsTexts([{ count: 1, rows: "9", sheet: null }], "en") // ["1 more school row was hidden or filtered out and not read (row 9): the verdict rests on the schools read only"]
 */
export function hiddenRowsTexts(hidden: readonly HiddenRows[], lang: Lang): string[] {
  return hidden.map(({ count, rows, sheet }) => countMessage(sheet === null ? "out_caveat_hidden_rows" : "out_caveat_hidden_rows_sheet", count, { count, rows, sheet: sheet ?? "" }, lang));
}

/**
 * Whether the hidden rows may be the county's: on a sheet its schools are read from (each section's
 * source.sheet, not its id taken apart), and of it where
 * their 县区 cells were read (readSchoolRows hiddenIssue) — by sameCounty, as the evaluation groups its rows:
 * hidden rows written 北山 or 新区(东片) are 北山县's or 新区（东片）'s, whose name the evaluation took.
 */
function concerns(issue: Issue, county: Pick<CountyEvaluation, "county" | "sections">): boolean {
  const sheet = sheetOf(issue);
  if (!county.sections.some((s) => s.source?.sheet === sheet)) return false;
  const counties = issue.params.counties;
  return counties === undefined || (county.county !== null && String(counties).split("、").some((c) => sameCounty(c, county.county)));
}

function sheetOf(issue: Issue): string {
  return String(issue.params.sheet ?? "");
}
