import type { MessageTable } from "./types";

/** 评估总览's shortfall tables and its 未达标学校 sheet (overviewNeedsTables.ts, failingSchoolsSheet.ts). */
export const OVERVIEW_NEEDS_MESSAGES: MessageTable = {
  out_caption_overview_shortfalls: {
    zh: "各县区缺口（达到标准尚需；即各县区“缺口测算”表的县域指标缺口合计，各项补足到标准，含已达标学校）",
    en: "What each county still needs to reach the standards (its Shortfalls sheet's county totals per stage: every indicator raised to standard, passing schools included)",
  },
  out_caption_overview_shortfall_totals: {
    zh: "全市缺口合计（按学段，上表各行相加，与“全市合计”同：出现在多个工作簿中的县区，每行均计入）",
    en: "City shortfall totals per stage (the rows above added up, as in City totals: a county in several workbooks counts once per row)",
  },
  out_overview_needs_no_stage: { zh: "无参评学校（学段）", en: "No school section in scope" },
  out_overview_needs_failed: { zh: "不含未能评估的 {n} 个工作簿", en: "Leaves out the {n} workbooks not evaluated" },
  out_overview_needs_failed_one: { zh: "不含未能评估的 {n} 个工作簿", en: "Leaves out the {n} workbook not evaluated" },
  out_sheet_failing_schools: { zh: "未达标学校", en: "Failing schools" },
  out_title_failing_schools: { zh: "未达标学校（学段）及达标方案", en: "Failing school sections and their ways to pass" },
  out_note_failing_count: { zh: "共 {n} 个未达标学校（学段），按县区、再按各工作簿中的顺序排列。", en: "{n} school sections fail, by county, then in each workbook's order." },
  out_note_failing_count_one: { zh: "共 {n} 个未达标学校（学段），按县区、再按各工作簿中的顺序排列。", en: "{n} school section fails, by county, then in each workbook's order." },
  // With none, the count and the order of a list that is empty read oddly ("0 school sections fail, by county, …").
  out_note_failing_none: { zh: "没有未达标的学校（学段）。", en: "No school section fails." },
  out_note_failing_links: {
    zh: "未达标的指标按各县区“学校达标”表的判定列出，达标方案按其“缺口测算”表；“评估结果中的行”链接到该县区评估结果工作簿“学校达标”表中该校所在行（评估结果未写入的不设链接）。",
    en: "Indicators not met as each county's Schools sheet flags them, ways to pass as its Shortfalls sheet gives them; “Row in the result” opens the county's result workbook at the school's row on Schools (none where the result was not written).",
  },
  out_h_failing_flags: { zh: "未达标的指标", en: "Indicators not met" },
  out_h_failing_place: { zh: "评估结果中的行", en: "Row in the result" },
  out_failing_flags: { zh: "{flag}：{codes}", en: "{flag}: {codes}" },
  out_failing_no_plan_incomplete: { zh: "数据不全，未给出达标方案", en: "Data incomplete: no way to pass given" },
};
