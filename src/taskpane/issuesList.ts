import { goToCell } from "../addin/goToSheet";
import type { Issue } from "../engine/types";
import { issueCountsText } from "../workbook/write/issueCountsText";
import { byId } from "./dom";
import type { PaneContext } from "./paneContext";
import { renderIssues } from "./renderResult";

/**
 * The heading gives the counts by severity in the 数据问题 sheet's own words (issueCountsText); `listed` false leaves heading and list out (said elsewhere).
 * Each issue's cell is a link (`go` goes there). True when an issue has a cell (the result lists cells).
 *
 * @example showIssues(ctx, [an error at 学校!D4, a note on the whole 规则 sheet], true, go) → true, under 数据问题（…）;
 *   showIssues(ctx, [], true, go) → false (the list says there are none)
 */
export function showIssues(ctx: PaneContext, issues: readonly Issue[], listed: boolean, go: (navigate: () => Promise<void>) => void): boolean {
  const { env } = ctx;
  byId("issues-title").hidden = !listed;
  byId("issues").hidden = !listed;
  byId("issues-title").textContent = ctx.t("addin_issues", { counts: issueCountsText(issues, env.lang, true) });
  const listsCells = issues.some((i) => i.cell !== null);
  if (listed) renderIssues(byId("issues"), issues, env.lang, (cell) => go(() => goToCell(cell, () => env.navigator.selectCell(cell))));
  else byId("issues").replaceChildren();
  byId("result").hidden = false;
  return listsCells;
}
