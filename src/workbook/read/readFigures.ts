import type { Issue } from "../../engine/types";
import type { ReadFigure } from "./stagelessFigures";
import { wholeBesideIssue } from "./ownMarkedIssue";
import { otherStageIssue } from "./otherStageIssue";
import { figureOf } from "./figureOf";
import type { SheetScope } from "./sheetScope";
import { twoPartFigures } from "./twoPartFigures";
import { withVetoCounty } from "./withVetoesHeld";

/** Each item's figure (figureOf), with its item's text and whether it names a stage; what reading them says joins `issues`. */
export function readFigures(scope: SheetScope, issues: Issue[]): ReadFigure[] {
  return scope.items.flatMap((i): ReadFigure[] => {
    issues.push(...wholeBesideIssue(scope.grid, i));
    const parts = twoPartFigures(scope, i, issues);
    if (parts !== null) return parts.map((figure) => ({ figure, item: i.text, stageless: null }));
    const before = issues.length;
    const figure = figureOf(scope.grid, i, scope.layout, scope.countyOf, issues);
    // The other stage's cell not read for want of its own: one word there, saying which cell to fill
    // (read_figure_no_data said to fill the cell itself, beside it: reviewer R2 of s49).
    if (figure === null && i.ownStageEmpty !== undefined) issues.splice(before);
    issues.push(...otherStageIssue(scope.grid, i, figure !== null));
    withVetoCounty(issues, before, scope.countyOf(i.row));
    return figure === null ? [] : [{ figure, item: i.text, stageless: i.stageless }];
  });
}
