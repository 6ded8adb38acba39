// s50 M1: a stage cell of a G13 (or G7) row saying the stage gives no figure (/, —, 无, 不适用) was refused as
// a bad value: 就近入学比例 | 94% | / gave read_figure_bad_value, an error telling to write a ratio. As for an
// item of one stage (read_figure_other_stage_own_marked, s50 H2), it is now that stage's no figure, said at
// the cell; the other stage is read as before. Expected by hand.
import type { ItemResult } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { figureGaps } from "../write/unreadFigures";
import { evaluateFiguresSheet as county, figuresSaid, readFiguresSheet as read } from "./testing";

const HEAD = ["项目", "小学", "初中", "备注"];

/** The figures as [code, value, cell] and the issues as [code, severity, cell, stage]. */
function said(rows: unknown[][]) {
  return figuresSaid(rows, "stageInText");
}

describe("a G13 / G7 row under stage columns with a stage cell saying none", () => {
  it.each(["/", "—", "无", "不适用"])("reads 100%% | %s as the primary 1, the junior cell said, not refused", (mark) => {
    expect(said([HEAD, ["就近入学比例", "100%", mark, null]])).toEqual({
      figures: [["G13_nearby_primary", 1, "县级指标!B2"]],
      issues: [["read_figure_stage_marked_none", "warning", "县级指标!C2", "junior"]],
    });
  });

  it("reads / | 96% as the junior 0.96, the primary cell said", () => {
    expect(said([HEAD, ["义务教育就近入学比例", "/", "96%", null]])).toEqual({
      figures: [["G13_nearby_junior", 0.96, "县级指标!C2"]],
      issues: [["read_figure_stage_marked_none", "warning", "县级指标!B2", "primary"]],
    });
  });

  it("reads G7's 特殊教育学校生均公用经费 | 7000 | — as the primary 7000 yuan, the junior cell said", () => {
    expect(said([HEAD, ["特殊教育学校生均公用经费", 7000, "—", null]])).toEqual({
      figures: [["G7_special_primary", 7000, "县级指标!B2"]],
      issues: [["read_figure_stage_marked_none", "warning", "县级指标!C2", "junior"]],
    });
  });

  it("says the cell's text and stage, in Chinese and English", () => {
    const issue = read([HEAD, ["就近入学比例", "94%", "/", null]])?.issues[0];
    expect(message(issue?.code ?? "", issue?.params, "zh")).toBe(
      "县级指标“就近入学比例”的初中列填写为“/”（无或不适用），视为初中没有填报值，该项初中部分待评估；有初中的数值后请在该单元格填写",
    );
    expect(message(issue?.code ?? "", issue?.params, "en")).toBe(
      "County item “就近入学比例” says “/” (none or not applicable) in its junior secondary column, taken as no junior secondary figure: the item is not yet assessed for junior secondary; enter the junior secondary figure in that cell once it is known",
    );
  });

  it("leaves G13 not assessed, its junior part null and its gap the cell C2 (primary 1 met)", async () => {
    const rows = [HEAD, ["就近入学比例", "100%", "/", null]];
    const { county: c, issues } = await county(rows);
    const g13 = c?.items.find((i) => i.code === "G13") as ItemResult;
    expect(g13.verdict).toBe("not_assessed");
    expect(g13.parts).toEqual({ G13_nearby_primary: 1, G13_nearby_junior: null });
    expect(figureGaps(g13, issues).unread).toEqual(["县级指标!C2"]);
    expect(issues.some((i) => i.code === "read_figure_bad_value")).toBe(false);
  });

  it("still refuses a stage cell that is neither a value nor a mark of none (abc), and says both cells of / | /", () => {
    expect(said([HEAD, ["就近入学比例", "100%", "abc", null]]).issues).toEqual([["read_figure_bad_value", "error", "县级指标!C2", null]]);
    expect(said([HEAD, ["就近入学比例", "/", "/", null]])).toEqual({
      figures: [],
      issues: [
        ["read_figure_stage_marked_none", "warning", "县级指标!B2", "primary"],
        ["read_figure_stage_marked_none", "warning", "县级指标!C2", "junior"],
      ],
    });
  });
});
