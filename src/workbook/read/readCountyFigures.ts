import type { Grid } from "../types";
import { stagelessFigures } from "./stagelessFigures";
import type { CountyFigures, SheetFigures } from "./countyFigures";
import { readSheetFigures } from "./readSheetFigures";

// Moved out of this file (s51 F1) and still importable from it: readWorkbook, figuresYear and the suites import them here.
export type { CountyFigures, SheetFigures } from "./countyFigures";
export { convertFigure } from "./convertFigure";
export { subStage } from "./classify";
export { isVerdict } from "./refusedYesNo";
export { expectedKind } from "./badValueIssue";
export { isCountyLabel } from "./itemsAcross";
export { readSheetFigures } from "./readSheetFigures";

/**
 * County-level figures from a 项目 | 数值 sheet (optionally with 县区 and 单位 columns; a value
 * column headed 本县现状 or by years: figuresLayout.ts; without a value column, each row's first
 * recognised item name and the first cell to its right that reads as its value). Items are
 * recognised by name (countyItemAliases.ts); a yes / no item worded the other way round is
 * inverted (figureWording.ts); G8 may come from two amounts of pay (payAmounts.ts), G11's rotation
 * rate and backbone share from head counts (rotationFigures.ts), each county's from its own cells
 * and carrying all of them (CountyFigure.cells); a city list down naming each county only on the
 * first row of its block gives the blank 县区 cells below it that county, and says so (countiesDown);
 * a sheet without a 县区 column naming a county in its title or name (南湖县指标) gives that county's
 * figures only (figuresCounty, read beside the school counties `schools`: a city none of them is
 * names no county; the engine uses them for no other county);
 * a sub-item (in an unnamed column or one headed 子项 / 分项 / 指标 / 学段) under a name merged down
 * column A, repeated, or written on its block's first row is its own item, parent and sub-item
 * classified as one name (namedItem); a value written only in the notes column is said, not read
 * (valueInNote.ts); a row whose sentence is a two-part item whole (the official 自评表's 小学、初中…分别达到
 * 100%、95% | 100%、96.8%) gives each part its value, in the order the sentence names them
 * (twoPartFigures); a 单位 column's %, 元, 万元 and 人 are the value's unit; a row with a value
 * nothing was read from is said at its cell (unreadRows); stage-less G7 / G13 figures are given
 * their stages on this sheet alone (withStages gives them over several). Returns null
 * when the sheet names fewer than two known items and has no 项目 | 数值 header (it is then not a
 * figures sheet); under such a header with values and no item read, it says so (noItemRead). A number typed as text (`12%`, `０．９２`) is read and noted at info level, as
 * on the school sheet. Hidden or filtered-out rows are skipped and said, unless `includeHidden`
 * (--include-hidden), as school rows are.
 *
 * @example rows 项目 | 数值; 初中三年巩固率 | 96% → { code: "Q1_consolidation", value: 0.96, cell: "县级指标!B2" }
 */
export function readCountyFigures(grid: Grid, includeHidden = false, schools: readonly string[] = []): CountyFigures | null {
  const sheet = readSheetFigures(grid, includeHidden, schools);
  return sheet === null ? null : { ...stagedSheets([sheet]), unstaged: sheet };
}

/**
 * The county figures of several figures sheets (readCountyFigures), in sheet order: the stage-less
 * G7 and G13 figures of each given their stages against the figures of all the sheets
 * (stagelessFigures), so that 特殊教育学校小学生均公用经费 6200 on one sheet wins for primary over a
 * stage-less 5900 on another, as on one sheet. Figures without their sheet as read (`unstaged`)
 * are taken as they are.
 *
 * @example withStages([政府保障: 特殊教育学校生均公用经费 5900 (B2), 补充指标: 特殊教育学校小学生均公用经费 6200 (B2)]) // primary 6200 (补充指标!B2), junior 5900 (政府保障!B2)
 */
export function withStages(sheets: readonly CountyFigures[]): CountyFigures {
  const read = sheets.map((f): SheetFigures => f.unstaged ?? { read: f.figures.map((figure) => ({ figure, item: "", stageless: null })), issues: f.issues, computed: { figures: [], issues: [] } });
  return stagedSheets(read);
}

/** Sheets read (readSheetFigures) with their stage-less figures given stages over all of them (withStages). */
function stagedSheets(sheets: readonly SheetFigures[]): CountyFigures {
  const all = sheets.flatMap((s) => s.read);
  const staged = sheets.map((s) => ({ sheet: s, staged: stagelessFigures(s.read, all) }));
  return {
    figures: staged.flatMap(({ sheet, staged: st }) => [...st.figures, ...sheet.computed.figures]),
    issues: staged.flatMap(({ sheet, staged: st }) => [...sheet.issues, ...st.issues, ...sheet.computed.issues]),
  };
}
