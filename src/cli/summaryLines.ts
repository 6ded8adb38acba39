import { missingTargetYear } from "../profiles/missingTargetYear";
import type { Profile } from "../profiles/schema";
import type { Area, CountyEvaluation, Evaluation, Issue } from "../engine/types";
import { message } from "../messages/catalogue";
import type { Lang } from "../messages/types";
import { formatKeepingSides } from "../workbook/write/decimalsKeepingSides";
import { FORMAT, formatNumber } from "../workbook/write/formats";
import { issueCountsText } from "../workbook/write/issueCountsText";
import { rowsNotReadText } from "../workbook/write/rowsNotReadText";
import { countyLabel } from "../workbook/write/writeLabels";
import { resourcesCaveats } from "../workbook/write/cvCaveats";
import { hiddenRowsCaveats } from "../workbook/write/hiddenRowsCaveat";
import { estimatedPasses } from "../workbook/write/estimatedPasses";
import { clauseText } from "../messages/listText";

/**
 * An area's verdict; 资源配置 达标 with what it was judged without (resourcesCaveats, as 汇总 says
 * it): 达标 alone read as proven; 资源配置 待评估 for a stage not read with that reason (one school
 * alone: 待评估 with no why read as a fault of the tool); any area's item met only on an estimate
 * (estimatedPasses: G3 达标为估算，待核实), as 汇总 says it; 资源配置 with the school rows hidden or filtered out and not
 * read (hiddenRowsCaveats: 另有 6 个学校行隐藏或筛选掉，未读取…).
 */
function areaVerdict(county: CountyEvaluation, area: Area, lang: Lang, issues: readonly Issue[]): string {
  const found = county.areas.find((a) => a.area === area);
  const verdict = message(`verdict_${found?.verdict ?? "not_assessed"}`, {}, lang);
  const resources = area === "resources" ? [...resourcesCaveats(county, lang), ...stagesMissing(found?.pending ?? [], lang), ...hiddenRowsCaveats(county, issues, lang)] : [];
  const caveats = [...resources, ...estimatedPasses(area, county.items, lang)];
  return caveats.length === 0 ? verdict : message("cli_summary_caveats", { verdict, caveats: clauseText(caveats, lang) }, lang);
}

/** The pending reasons that say a stage was not read (stage_missing_primary / _junior), as text. */
function stagesMissing(pending: readonly string[], lang: Lang): string[] {
  return pending.filter((r) => r.startsWith("stage_missing_")).map((r) => message(r, {}, lang));
}

function recognised(value: boolean | null, lang: Lang): string {
  return message(value === null ? "out_recognised_pending" : value ? "out_recognised_yes" : "out_recognised_no", {}, lang);
}

/**
 * The passing share and its target in one format with the decimals that keep the share on its side
 * of the target, as the sheets show it (formatKeepingSides): 96/113 reads 84.96% against 85.0%, not
 * 85.0% beside a target it misses.
 */
function shareText(county: CountyEvaluation, lang: Lang, year: number | null): string {
  const p = county.passing;
  // None judged: no share, but the sections that could not be evaluated still said (0/0 alone hid them).
  if (p.share === null) return p.unjudged > 0 ? message("cli_summary_none_judged", { unjudged: p.unjudged }, lang) : "";
  const format = formatKeepingSides(FORMAT.ratio, [[p.share, p.target?.share]]);
  const target = p.target ? message("cli_summary_target", { year: p.target.year, share: formatNumber(p.target.share, FORMAT.ratio) }, lang) : noTargetText(year, lang);
  const shareCode = p.unjudged > 0 ? "cli_summary_share_unjudged" : "cli_summary_share";
  return message(shareCode, { share: formatNumber(p.share, format), target, unjudged: p.unjudged }, lang);
}

/** No target for the year: naming it, as a plan from 2024 on has none for 2023 (without a year, the profile plans none at all). */
function noTargetText(year: number | null, lang: Lang): string {
  return year === null ? message("cli_summary_no_target", {}, lang) : message("cli_summary_no_target_year", { year }, lang);
}

function countyLine(county: CountyEvaluation, lang: Lang, year: number | null, issues: readonly Issue[]): string {
  const p = county.passing;
  const noStudents = p.noStudents === 0 ? "" : message("cli_summary_no_students", { n: p.noStudents }, lang);
  const share = shareText(county, lang, year) + noStudents;
  return message(
    "cli_summary_county",
    {
      county: countyLabel(county.county, lang),
      resources: areaVerdict(county, "resources", lang, issues),
      guarantee: areaVerdict(county, "guarantee", lang, issues),
      quality: areaVerdict(county, "quality", lang, issues),
      recognition: areaVerdict(county, "recognition", lang, issues),
      passing: p.passing,
      evaluated: p.evaluated,
      share,
      recognised: recognised(county.recognised, lang),
    },
    lang,
  );
}

/** The short verdict printed on stdout: one line per county, then the count of data issues (the notes too, when there are any: the 数据问题 sheet lists them). */
export function summaryLines(evaluation: Evaluation, issues: readonly Issue[], lang: Lang, profile?: Profile): string[] {
  const counts = message("cli_issue_counts", { counts: issueCountsText(issues, lang, false) }, lang);
  const notRead = rowsNotReadText(issues, lang, false);
  const year = missingTargetYear(profile, evaluation.year);
  return [...evaluation.counties.map((c) => countyLine(c, lang, year, issues)), ...(notRead === null ? [] : [notRead]), counts];
}
