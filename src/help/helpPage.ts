import { message } from "../messages/catalogue";
import { listText } from "../messages/listText";
import type { Lang } from "../messages/types";
import { BUILT_IN_PROFILES, builtInProfile } from "../profiles/resolveProfile";
import { RESULT_ROLES } from "../workbook/types";
import { helpColumnGroups, helpItemNeeds, columnName } from "./helpFields";
import { helpCountyItems, helpVetoCodes, percent, standardText } from "./helpCounty";
import { settingPaths } from "../profiles/settingNames";
import { helpSettings, settingMeaning } from "./helpSettings";
import { el, table } from "./html";
import { markupText } from "../messages/markupText";
import { HELP_STYLE } from "./helpStyle";

const LANGS = [
  { lang: "zh", html: "zh-CN", other: "en" },
  { lang: "en", html: "en", other: "zh" },
] as const;

/** The page's sections in order: the anchor after the language's (zh-school) and the heading's code. */
const SECTIONS = [
  ["school", "help_h_school"],
  ["county", "help_h_county"],
  ["rules", "help_h_rules"],
  ["year", "help_h_year"],
  ["results", "help_h_results"],
  ["issues", "help_h_issues"],
] as const;

/**
 * The 规则 sheet the page shows as its example, rows under 路径 | 值: one setting by its meaning
 * in the page's language (as the list below words it), one by its path (helpRuleSheet.test.ts
 * evaluates both as written).
 * @example ruleExample("zh") // [["小学班额上限（人）", "40"], ["guarantee.funding.boardingExtra", "300元"]]
 */
export function ruleExample(lang: Lang): readonly (readonly [string, string])[] {
  return [
    [settingMeaning("guarantee.classSize.primary", lang), "40"],
    ["guarantee.funding.boardingExtra", "300元"],
  ];
}

type Section = (typeof SECTIONS)[number][0];

const p = (text: string) => el("p", {}, markupText(text));
/** Code as the user types it; a path or a JSON list may break after each dot or comma (guarantee.<wbr />classSize.<wbr />primary) rather than inside a word. */
const code = (text: string) => el("code", {}, markupText(text).replace(/([.,])/g, "$1<wbr />"));
const profileIds = () => Object.keys(BUILT_IN_PROFILES);
const profileName = (id: string, lang: Lang) => builtInProfile(id).name[lang];

function schoolSection(lang: Lang): string {
  const t = (c: string) => message(c, {}, lang);
  const groups = helpColumnGroups().map((g) => {
    const rows = g.columns.map((c) => [markupText(columnName(c.key, lang)), c.headers.map(code).join(" ")]);
    return el("h3", {}, markupText(t(g.title))) + "\n" + table([t("help_th_column"), t("help_th_headers")], rows);
  });
  // {needs} takes the needs as pendingParam writes them: the catalogue words them (needsText), as read_item_columns_missing does.
  const needs = helpItemNeeds().map((n) => {
    const only = n.profiles.length === profileIds().length ? "" : message("help_items_profile", { profiles: listText(n.profiles.map((id) => profileName(id, lang)), lang) }, lang);
    return el("li", {}, markupText(message("help_item_needs", { code: n.item, title: message(`item_${n.item}`, {}, lang), needs: n.needs }, lang) + only));
  });
  const headers = ["help_headers_units", "help_headers_two_rows", "help_headers_parts", "help_headers_stages", "help_headers_combined"].map((c) => el("li", {}, markupText(t(c))));
  return [p(t("help_school_intro")), ...groups.slice(0, 2), p(t("help_indicators_text")), groups[2] ?? "", p(t("help_items_intro")), el("ul", {}, ...needs), groups[3] ?? "", el("h3", {}, markupText(t("help_h_headers"))), el("ul", {}, ...headers)].join("\n");
}

function countySection(lang: Lang): string {
  const t = (c: string) => message(c, {}, lang);
  const heads = [t("help_th_code"), t("help_th_item"), t("help_th_write"), ...profileIds().map((id) => message("help_th_standard", { profile: profileName(id, lang) }, lang))];
  const rows = helpCountyItems().map((i) => [code(i.code), markupText(message(`county_${i.code}`, {}, lang)), markupText(t(`help_unit_${i.unit}`)), ...profileIds().map((id) => markupText(standardText(i.items[id] ?? null, lang)))]);
  const vetoes = helpVetoCodes().map((v) => [code(v), markupText(message(`veto_${v}`, {}, lang))]);
  return [p(t("help_county_intro")), table(heads, rows, "wide"), p(t("help_veto_intro")), table([t("help_th_code"), t("help_th_item")], vetoes)].join("\n");
}

/** A setting's value as the page shows it (HTML): 是 / 否, 不设 for none, a list as the JSON the sheet takes. */
function valueCell(value: unknown, lang: Lang): string {
  if (value === null) return markupText(message("help_value_none", {}, lang));
  if (typeof value === "boolean") return markupText(message(value ? "help_value_true" : "help_value_false", {}, lang));
  return typeof value === "object" ? code(JSON.stringify(value)) : markupText(String(value));
}

function rulesSection(lang: Lang): string {
  const t = (c: string) => message(c, {}, lang);
  // A path as code, a name as the text it is.
  const example = table([t("help_th_path"), t("help_th_value")], ruleExample(lang).map(([first, value]) => [settingPaths().includes(first) ? code(first) : markupText(first), code(value)]));
  const heads = [t("help_th_path"), t("help_th_meaning"), t("help_th_kind"), ...profileIds().map((id) => profileName(id, lang))];
  const rows = helpSettings().map((s) => [code(s.path), markupText(settingMeaning(s.path, lang)), markupText(t(`help_kind_${s.kind}`)), ...profileIds().map((id) => valueCell(s.defaults[id], lang))]);
  return [p(t("help_rules_intro")), p(t("help_rules_values")), example, table(heads, rows, "wide settings")].join("\n");
}

function yearSection(lang: Lang): string {
  const targets = profileIds().map((id) => {
    const years = builtInProfile(id).targets.map((y) => message("help_target", { year: y.year, share: percent(y.share) }, lang));
    return el("li", {}, markupText(message("help_targets", { profile: profileName(id, lang), targets: years.length === 0 ? message("help_targets_none", {}, lang) : listText(years, lang) }, lang)));
  });
  return [p(message("help_year_text", {}, lang)), el("ul", {}, ...targets)].join("\n");
}

function resultsSection(lang: Lang): string {
  const sheets = RESULT_ROLES.map((role) => el("li", {}, el("strong", {}, markupText(message(`out_sheet_${role}`, {}, lang))), markupText(message("help_sheet_line", { text: message(`help_sheet_${role}`, {}, lang) }, lang))));
  return [el("ul", {}, ...sheets), p(message("addin_help_text", {}, lang))].join("\n");
}

function issuesSection(lang: Lang): string {
  const levels = (["error", "warning", "info"] as const).map((s) => el("li", {}, el("strong", {}, markupText(message(`out_severity_${s}`, {}, lang))), markupText(message("help_sheet_line", { text: message(`help_severity_${s}`, {}, lang) }, lang))));
  return [p(message("help_issues_intro", {}, lang)), el("ul", {}, ...levels), p(message("help_issues_fix", {}, lang))].join("\n");
}

const BODIES: Readonly<Record<Section, (lang: Lang) => string>> = {
  school: schoolSection,
  county: countySection,
  rules: rulesSection,
  year: yearSection,
  results: resultsSection,
  issues: issuesSection,
};

function languageSection(lang: Lang, html: string, other: Lang): string {
  const t = (c: string) => message(c, {}, lang);
  const toc = el("nav", {}, el("h2", {}, markupText(t("help_contents"))), el("ol", {}, ...SECTIONS.map(([id, h]) => el("li", {}, el("a", { href: `#${lang}-${id}` }, markupText(t(h)))))));
  const parts = SECTIONS.map(([id, h]) => el("section", { id: `${lang}-${id}` }, `\n${el("h2", {}, markupText(t(h)))}\n${BODIES[id](lang)}\n`));
  const switchTo = el("p", { class: "lang" }, el("a", { href: `#${other}`, lang: other === "zh" ? "zh-CN" : "en" }, markupText(t("help_other_lang"))));
  return el("section", { lang: html, id: lang }, `\n${switchTo}\n${el("h1", {}, markupText(message("addin_title", {}, lang)))}\n${p(t("help_intro"))}\n${toc}\n${parts.join("\n")}\n`);
}

/**
 * The help page (help.html, the manifest's SupportUrl and the pane's 帮助 link): static, no script,
 * its style inline, Chinese first then English, each with its contents. Every list on it is built
 * from the tables the product runs on — the reader's header vocabulary, its county item codes,
 * the profile schema and the built-in profiles, the result sheets — and its prose is the
 * catalogue's, so `npm run build:help` rewrites the page whenever one of them changes, and
 * helpPage.test.ts fails while the checked-in page differs.
 * @example helpPage().startsWith("<!doctype html>") // true
 */
export function helpPage(): string {
  const title = `${message("addin_help_title", {}, "zh")} / ${message("addin_help_title", {}, "en")}`;
  const head = ["<head>", '<meta charset="utf-8" />', '<meta name="viewport" content="width=device-width, initial-scale=1" />', el("title", {}, markupText(title)), el("style", {}, HELP_STYLE), "</head>"].join("\n");
  const sections = LANGS.map((l) => languageSection(l.lang, l.html, l.other)).join("\n");
  return `<!doctype html>\n<!-- Built by npm run build:help (src/help/helpPage.ts) from the message catalogue, the reader's tables and the built-in profiles: do not edit. -->\n<html lang="zh-CN">\n${head}\n<body>\n<main class="help-page">\n${sections}\n</main>\n</body>\n</html>\n`;
}
