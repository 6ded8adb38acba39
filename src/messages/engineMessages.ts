import type { MessageTable } from "./types";

/**
 * Issues raised by the resource-allocation engine (src/engine). Common params: {school} name,
 * {stage} primary / junior, {section} id, {row} `Sheet!12` of the source row. Numerator issues
 * add {indicator} (L1–L7) and {field} (a FieldKey of src/engine/types.ts).
 */
export const ENGINE_MESSAGES: MessageTable = {
  target_year_assumed: {
    zh: "未能确定评估年度（未能从标题或工作表名读出单一年度：可能未写年度、写的是跨两年的学年，或写法未能识别）：达标比例按规则中最新的年度目标（{year} 年）判断；如需按其他年度，请指定评估年度（命令行 --year，或任务窗格的“评估年度”）",
    en: "The year could not be determined (no single year could be read from the titles or sheet names: none may be stated, it may be a school year spanning two, or written in a way not recognised): the share passing is judged against the profile's latest yearly target ({year}); to judge it against another year's, give the year (--year on the command line, or the task pane's Year)",
  },
  missing_numerator: {
    zh: "{school}（{stage}）缺少“{field}”，指标 {indicator} 无法计算（{row}）",
    en: "{school} ({stage:lower}): no value for {field}, so {indicator} cannot be computed ({row})",
  },
  missing_numerator_stage_column: {
    zh: "{school}（{stage}）的“{field}”填在第 {column} 列，但该列只读作{stageInText}的数值，此值未读取，指标 {indicator} 无法计算（{row}；原因见该列表头处的说明）",
    en: "{school} ({stage:lower}): {field} is given in column {column}, but that column is read for {stageInText} only, so the value was not read and {indicator} cannot be computed ({row}; see the note at the column's header)",
  },
  missing_students: {
    zh: "{school}（{stage}）缺少在校生数，该学段无法评估（{row}）",
    en: "{school} ({stage:lower}): the number of students is missing; the section cannot be evaluated ({row})",
  },
  zero_students: {
    zh: "{school}（{stage}）在校生数为 0，不计算生均指标（{row}）",
    en: "{school} ({stage:lower}) has 0 students; per-student indicators are not computed ({row})",
  },
  value_not_number: {
    zh: "{school}的“{field}”不是有效数字（{value}），按空白处理（{row}）",
    en: "{school}: {field} is not a usable number ({value}) and is treated as blank ({row})",
  },
  flag_not_usable: {
    zh: "{school}的标记“{flag}”的值（{value}）无法使用（应为是/否，建成年份应为数字），已忽略（{row}）",
    en: "{school}: the flag {flag} holds {value}, which cannot be used (yes / no, or a number for the build year); ignored ({row})",
  },
  indoor_not_number: {
    zh: "{school}的室内体育用房面积不是有效数字，需要它的指标（{indicators}）不计算（{row}）",
    en: "{school}: the indoor sports area is not a usable number, so the indicators that need it ({indicators}) are not computed ({row})",
  },
  negative_value: {
    zh: "{school}（{stage}）的“{field}”为负数 {value}，不能使用（{row}）",
    en: "{school} ({stage:lower}): {field} is negative ({value}) and cannot be used ({row})",
  },
  indoor_exceeds_teaching_area: {
    zh: "{school}（{stage}）室内体育用房面积大于教学及辅助用房面积（超出 {value} ㎡），L4 无法计算（{row}）",
    en: "{school} ({stage:lower}): indoor sports rooms exceed the teaching and auxiliary area by {value} m²; L4 cannot be computed ({row})",
  },
  sports_total_mismatch: {
    zh: "{school}（{stage}）体育运动场馆面积 {total} ㎡ 与运动场地 + 室内体育用房 {parts} ㎡ 不一致，已按分项计算（{row}）",
    en: "{school} ({stage:lower}): sports area total {total} m² differs from outdoor ground + indoor rooms {parts} m²; the parts are used ({row})",
  },
  split_missing_students: {
    zh: "{school} 缺少{missingStage}在校生数，无法按学生数分摊共用的校舍、场地、设备（{row}）",
    en: "{school}: students of the {missingStage} stage are missing, so shared areas and equipment cannot be split ({row})",
  },
  split_missing_senior_students: {
    zh: "{school} 缺少高中在校生数，无法按学生数分摊共用的校舍、场地、设备（{row}）",
    en: "{school}: senior students are missing, so shared areas and equipment cannot be split ({row})",
  },
  combined_whole_school_only: {
    zh: "{school}（{stage}）：“{field}”只有全校数 {value}，没有分学段数；教师按任教学段统计，全校数无法分到{stage}学段，指标 {indicator} 无法计算（{row}）。请按学段给出教师数，任选一种：在表中加分学段的列（如 {stageColumn}），或把该校按学段分成几行（如 {school}（小学部）、{school}（初中部）；完全中学为初中部、高中部），各行填该学段的在校生数和教师数",
    en: "{school} ({stage:lower}): {field} is given only for the whole school ({value}), not per stage; teachers are counted by the stage they teach, so the whole-school figure cannot be assigned to the {stage:lower} section and {indicator} cannot be computed ({row}). Give the teachers by stage, in either of these ways: per-stage columns (e.g. {stageColumn}), or one row per stage (e.g. {school}（小学部） and {school}（初中部）; for a 完全中学, 初中部 and 高中部), each with that stage's students and teachers",
  },
  combined_no_stage_data: {
    zh: "{school}为一贯制 / 完全中学，但没有分学段数据（在校生数只有全校数），{stage}学段无法评估（{row}）。请按学段给出数据，任选一种：把该校按学段分成几行（如 {school}（小学部）、{school}（初中部）；完全中学为初中部、高中部），或在该行下按学段加“其中：小学”“其中：初中”（完全中学为“其中：初中”“其中：高中”）等行（各行在校生数之和等于全校数），或在表中加分学段的列（如 小学在校生数、初中在校生数、高中在校生数）",
    en: "{school} is a combined school without per-stage numbers (its students are given for the whole school only); its {stage:lower} section cannot be evaluated ({row}). Give the numbers by stage, in any one of these ways: one row per stage (e.g. {school}（小学部） and {school}（初中部）; for a 完全中学, 初中部 and 高中部), or one 其中：小学 / 其中：初中 (其中：高中) line per stage under its row (their students adding up to the school's), or per-stage columns (e.g. 小学在校生数, 初中在校生数, 高中在校生数)",
  },
  county_spellings_merged: {
    zh: "县区名“{spelling}”（{n} 行，首见于 {row}）与“{county}”只差全角 / 半角字符、空格或繁体的“縣 / 區”，已按同一县区“{county}”评估；如确为两个县区，请把县区名改写得能够区分",
    en: "The county name “{spelling}” ({n} rows, the first at {row}) differs from “{county}” only in full-width / half-width characters, spaces or the traditional 縣 / 區; both are evaluated as one county, “{county}”. If they are two counties, write their names so that they differ",
  },
  county_level_word_added: {
    zh: "县区名“{spelling}”（{n} 行，首见于 {row}）是“{county}”去掉“县 / 区 / 市 / 旗”等字样的写法，表中没有同名的其他县区，已按同一县区“{county}”评估（县级指标也是这样对应的）；如确为两个县区，请把县区名写全，写得能够区分",
    en: "The county name “{spelling}” ({n} rows, the first at {row}) is “{county}” without its level word (县 / 区 / 市 / 旗) and no other county of the sheet has that name: both are evaluated as one county, “{county}” (as the county figures are matched). If they are two counties, write their full names so that they differ",
  },
  county_level_word_ambiguous: {
    zh: "县区名“{spelling}”（{n} 行，首见于 {row}）没有“县 / 区 / 市 / 旗”等字样，可能是 {counties} 中的任一个，无法判断，已单独作为一个县区评估：请把这些行的县区名写全（如“{counties}”之一）后重新评估",
    en: "The county name “{spelling}” ({n} rows, the first at {row}) has no level word (县 / 区 / 市 / 旗) and could be any of {counties}: which one cannot be told, so it was evaluated as a county of its own. Write those rows' county names in full (one of {counties}) and evaluate again",
  },
  scope_county_run_unusable: {
    zh: "所选规则不含非县属学校（scope.includeNonCountyRun 为否），但工作表“{sheet}”中没有能说明学校是否县属的列或数值（隶属关系、是否县属或举办者），此项设置未能执行，全部学校按县属学校评估；如需排除非县属学校，请增加“隶属关系”或“举办者”列并逐校填写",
    en: "The rule profile leaves out schools not run by the county (scope.includeNonCountyRun is false), but sheet “{sheet}” has no column or value saying whether the county runs a school (隶属关系, 是否县属 or 举办者): the setting could not be applied and every school was evaluated as county-run; to leave non-county-run schools out, add a 隶属关系 (ownership) or 举办者 (sponsor) column filled in for each school",
  },
  scope_private_unusable: {
    zh: "所选规则不含民办学校（scope.includePrivate 为否），但工作表“{sheet}”中没有能说明学校是否民办的列或数值（办学性质、举办者），此项设置未能执行，全部学校按公办学校评估；如需排除民办学校，请增加“办学性质”或“举办者”列并逐校填写",
    en: "The rule profile leaves out private (民办) schools (scope.includePrivate is false), but sheet “{sheet}” has no column or value saying whether a school is private (办学性质 or 举办者): the setting could not be applied and every school was evaluated as public; to leave private schools out, add a 办学性质 (type of provision) or 举办者 (sponsor) column filled in for each school",
  },
  // The scope switch on and schools of its kind in the data (scopeSwitchIssues.ts countedIssue): said once, since provinces differ (rules.md §2) and nothing else marks them.
  scope_private_counted: {
    zh: "有 {count} 所民办学校按所选规则计入参评（“民办学校参评”为是）：{schoolRows}。各省对民办学校是否参评规定不同；如本省不计入，请在工作簿的“规则”表中加一行“民办学校参评”，填“否”（也可写路径 scope.includePrivate），再重新评估",
    en: "{count} private (民办) schools are evaluated, as the rule profile counts them (Private schools evaluated: yes): {schoolRows}. Provinces differ on this; if yours leaves private schools out, add a row “Private schools evaluated” (民办学校参评, or the path scope.includePrivate) set to no to the workbook's 规则 sheet, and evaluate again",
  },
  scope_private_counted_one: {
    zh: "有 {count} 所民办学校按所选规则计入参评（“民办学校参评”为是）：{schoolRows}。各省对民办学校是否参评规定不同；如本省不计入，请在工作簿的“规则”表中加一行“民办学校参评”，填“否”（也可写路径 scope.includePrivate），再重新评估",
    en: "{count} private (民办) school is evaluated, as the rule profile counts it (Private schools evaluated: yes): {schoolRows}. Provinces differ on this; if yours leaves private schools out, add a row “Private schools evaluated” (民办学校参评, or the path scope.includePrivate) set to no to the workbook's 规则 sheet, and evaluate again",
  },
  scope_not_county_run_counted: {
    zh: "有 {count} 所非县属学校按所选规则计入参评（“非县属学校参评”为是）：{schoolRows}。如本省不计入，请在工作簿的“规则”表中加一行“非县属学校参评”，填“否”（也可写路径 scope.includeNonCountyRun），再重新评估",
    en: "{count} schools not run by the county are evaluated, as the rule profile counts them (Schools not run by the county evaluated: yes): {schoolRows}. If your province leaves them out, add a row “Schools not run by the county evaluated” (非县属学校参评, or the path scope.includeNonCountyRun) set to no to the workbook's 规则 sheet, and evaluate again",
  },
  scope_not_county_run_counted_one: {
    zh: "有 {count} 所非县属学校按所选规则计入参评（“非县属学校参评”为是）：{schoolRows}。如本省不计入，请在工作簿的“规则”表中加一行“非县属学校参评”，填“否”（也可写路径 scope.includeNonCountyRun），再重新评估",
    en: "{count} school not run by the county is evaluated, as the rule profile counts it (Schools not run by the county evaluated: yes): {schoolRows}. If your province leaves such schools out, add a row “Schools not run by the county evaluated” (非县属学校参评, or the path scope.includeNonCountyRun) set to no to the workbook's 规则 sheet, and evaluate again",
  },
  county_figures_shared: {
    zh: "学校数据中有多个县区，但县级指标表“{sheet}”没有写明县区（无“县区”列）：其中 {n} 项指标作为“{county}”的指标使用，各县区用的是同一份数值。县级指标是各县自己的数值；如各县数值不同，请在该表加“县区”列，逐行写明所属县区（同一县区的各项连续排列时可只在首行填写），或每县一张指标表、表名或标题写明县区（如“北山县指标”），或把各县的学校和指标分别放在各自的工作簿中评估",
    en: "The school data name several counties, but the county figures sheet “{sheet}” names none (it has no county column, 县区): {n} of its figures were used as “{county}”'s, the same values for every county. County figures are each county's own; if the counties' values differ, add a county column (县区) to that sheet naming each row's county (a block of one county may name it on its first row only), or keep one figures sheet per county naming it in its name or title (北山县指标), or evaluate each county from a workbook of its own",
  },
};
