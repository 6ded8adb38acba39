import type { MessageTable } from "./types";

/** Sheet names, titles, column headers and cell labels of the result sheets (src/workbook/write). */
export const WRITER_MESSAGES: MessageTable = {
  out_sheet_summary: { zh: "汇总", en: "Summary" },
  out_sheet_coefficients: { zh: "差异系数", en: "Coefficients" },
  out_sheet_schools: { zh: "学校达标", en: "Schools" },
  out_sheet_shortfalls: { zh: "缺口测算", en: "Shortfalls" },
  out_sheet_guarantee: { zh: "政府保障与质量", en: "Guarantee & quality" },
  out_sheet_issues: { zh: "数据问题", en: "Data issues" },

  out_title_summary: { zh: "县域义务教育优质均衡发展评估汇总", en: "County evaluation of high-quality balanced compulsory education: summary" },
  out_title_coefficients: { zh: "校际差异系数（按学段、逐项指标）", en: "Inter-school difference coefficients (CV), per stage and per indicator" },
  out_title_schools: { zh: "学校资源配置七项指标达标情况", en: "School sections: the seven resource indicators" },
  out_title_shortfalls: { zh: "缺口测算与达标方案", en: "Shortfalls and ways to pass" },
  out_title_guarantee: { zh: "政府保障程度与教育质量", en: "Government guarantee and education quality" },
  out_title_issues: { zh: "数据问题清单", en: "Data issues" },

  out_note_profile: { zh: "评估规则：{name}", en: "Rule profile: {name}" },
  out_note_profile_file: { zh: "评估规则：{name}（规则文件 {file}）", en: "Rule profile: {name} (profile file {file})" },
  // The profile as a 规则 sheet adjusted it (profileText.ts): every sheet's note and the add-in's basis line.
  out_profile_adjusted: { zh: "{name}，已按本工作簿的规则表调整：{settings}", en: "{name}, adjusted by this workbook's rule sheet: {settings}" },
  out_profile_adjusted_hidden: { zh: "{name}，已按本工作簿的规则表（隐藏）调整：{settings}", en: "{name}, adjusted by this workbook's rule sheet (hidden): {settings}" },
  out_override: { zh: "{setting} = {value}（{cell}）", en: "{setting} = {value} ({cell})" },
  out_override_no_cell: { zh: "{setting} = {value}", en: "{setting} = {value}" },
  out_override_setting: { zh: "{setting}（{path}）", en: "{setting} ({path})" },
  out_override_null: { zh: "无", en: "none" },
  out_caption_overrides: { zh: "规则表调整的设置", en: "Settings adjusted by the rule sheet" },
  out_h_setting: { zh: "设置项", en: "Setting" },
  out_h_setting_value: { zh: "值", en: "Value" },
  out_note_year: { zh: "评估年度：{year}", en: "Year: {year}" },
  out_note_year_latest: { zh: "评估年度：未指定（按最新年度目标）", en: "Year: not given (latest target applies)" },
  out_note_year_none: { zh: "评估年度：未指定（本规则未设年度目标）", en: "Year: not given (this profile sets no yearly targets)" },
  out_note_source: { zh: "数据来源：{source}", en: "Source: {source}" },
  out_note_average_cv: {
    zh: "差异系数逐项判定（小学≤{primary}、初中≤{junior}）；“综合差异系数”为基本均衡旧口径，仅供参考，不作判定。",
    en: "Each indicator's difference coefficient (CV) is judged against its limit (primary ≤ {primary}, junior secondary ≤ {junior}); the average CV is the older basic-balance measure, shown for reference only.",
  },
  out_note_standards: {
    zh: "标准（小学 / 初中）：{list}；低于标准但不低于其 {floor} 为“达{floor}未达标”。",
    en: "Standards (primary / junior secondary): {list}; below standard but at least {floor} of it is “{floor}+, not met”.",
  },
  // How L4 is computed when the profile deducts indoor sports rooms (l4DefinitionNote.ts; rules.md §2 L4).
  out_note_l4_deducts: {
    zh: "L4 生均教学及辅助用房面积按（教学及辅助用房面积 − 室内体育用房面积）÷ 在校生数计算，室内体育用房计入 L5 生均体育运动场馆面积（所选评估规则如此规定；表中没有室内体育用房一列时不扣除）。",
    en: "L4 (teaching and auxiliary floor area per student) is (teaching and auxiliary floor area − indoor sports rooms) ÷ students; the indoor sports rooms count towards L5 (sports area per student) instead, as the rule profile sets (with no indoor sports rooms column, nothing is deducted).",
  },
  // One indicator of out_note_standards with its unit (rules.md §2: per 100 students for L1–L3 and L7, per student for L4–L6).
  out_note_standard: { zh: "{code} {primary} / {junior}（{unit}）", en: "{code} {primary} / {junior} {unit}" },
  out_standard_unit_teachers: { zh: "人/百名学生", en: "teachers per 100 students" },
  out_standard_unit_rooms: { zh: "间/百名学生", en: "rooms per 100 students" },
  out_standard_unit_area: { zh: "㎡/生", en: "m² per student" },
  out_standard_unit_yuan: { zh: "元/生", en: "yuan per student" },
  out_note_schools: {
    zh: "判定：达标 = 达到标准；达{floor}未达标 = 未达标准但不低于标准的{floor}；低于{floor} = 低于标准的{floor}。L1–L7 名称见《差异系数》表。",
    en: "Flags: Met = at or above standard; {floor}+, not met = below standard but at least {floor} of it; Below {floor} = under {floor} of standard. L1–L7 are named on the Coefficients sheet.",
  },
  out_note_shortfalls: {
    zh: "缺口：教师、教室为整数（向上取整），面积为平方米，设备值与经费为元；“只需达到{floor}的指标”为达标方案中只需补足到标准的{floor}、不必补足到标准的一项。",
    en: "Shortfalls: teachers and rooms in whole numbers (rounded up), areas in m², equipment and funding in yuan; the “Indicator that only has to reach {floor}” is the one indicator the way to pass raises only to {floor} of its standard instead of to the standard.",
  },
  out_note_totals_incomplete: {
    zh: "县域缺口合计不含 {n} 个学校（学段）数据不全、无法计算的指标缺口（见《学校达标》表备注），实际缺口可能更大。",
    en: "The county totals leave out the indicators that could not be computed for {n} school sections with incomplete data (see the Schools sheet's notes); the real shortfall may be larger.",
  },
  out_note_totals_incomplete_one: {
    zh: "县域缺口合计不含 {n} 个学校（学段）数据不全、无法计算的指标缺口（见《学校达标》表备注），实际缺口可能更大。",
    en: "The county totals leave out the indicators that could not be computed for {n} school section with incomplete data (see the Schools sheet's notes); the real shortfall may be larger.",
  },
  // 缺口测算: the plans whose 估算费用 is blank (PassPlan.totalCost null), counted, so that a sum of the column is not read as complete.
  out_note_plans_unpriced: {
    zh: "估算费用：{n} 个达标方案因规则未给出所需指标的单位成本而未估算，留空；对该列求和不含这些方案。",
    en: "Estimated cost: {n} ways to pass are not priced (left blank) because the rule profile has no unit cost for something they need; a total of the column leaves them out.",
  },
  out_note_plans_unpriced_one: {
    zh: "估算费用：{n} 个达标方案因规则未给出所需指标的单位成本而未估算，留空；对该列求和不含这些方案。",
    en: "Estimated cost: {n} way to pass is not priced (left blank) because the rule profile has no unit cost for something it needs; a total of the column leaves it out.",
  },
  // How a plan is chosen without unit costs: basis "dominance" or "largest_gap" (cheapestPassPlan).
  out_note_plan_no_cost: {
    zh: "未给出单位成本时，达标方案这样选：先排除所需更多的方案（教师、教学及辅助用房面积、体育运动场馆面积、设备值、网络多媒体教室都不少于另一方案，且至少一项更多；两种面积分开比较）；余下方案所需互有多少时，放宽相对缺口最大的一项，不保证最省。",
    en: "Without unit costs, the way to pass is chosen as follows: first, any way that needs at least as much of everything (teachers, teaching and auxiliary floor area, sports ground and hall area, equipment value, multimedia classrooms; the two areas compared separately) as another way, and more of something, is dropped; if the ways left differ in what they need, the indicator with the largest relative gap is the one relaxed. This may not be the cheapest way.",
  },
  out_note_cv_missing: {
    zh: "差异系数按有该项数据的学校计算，“学校数”逐项不同；标注“缺 n 校数据”的指标，缺数据的学校补齐后差异系数及判定可能改变。",
    en: "Each difference coefficient (CV) is computed over the school sections that have that indicator's value, so “School sections” varies by row; where a row says school sections lack data, its CV and verdict may change once they are filled in.",
  },
  out_note_issues: { zh: "共 {counts}。", en: "{counts}." },
  out_count_errors: { zh: "{n} 个错误", en: "{n} errors" },
  out_count_errors_one: { zh: "{n} 个错误", en: "{n} error" },
  out_count_warnings: { zh: "{n} 个警告", en: "{n} warnings" },
  out_count_warnings_one: { zh: "{n} 个警告", en: "{n} warning" },
  out_count_infos: { zh: "{n} 条提示", en: "{n} notes" },
  out_count_infos_one: { zh: "{n} 条提示", en: "{n} note" },
  out_none: { zh: "（无）", en: "(none)" },
  // School rows the reader left out, by reason (rowsNotReadText.ts; the reasons' codes: read/rowsNotRead.ts).
  out_rows_not_read: { zh: "另有 {n} 个学校行未读取（{reasons}）", en: "{n} school rows were not read ({reasons})" },
  out_rows_not_read_one: { zh: "另有 {n} 个学校行未读取（{reasons}）", en: "{n} school row was not read ({reasons})" },
  out_rows_not_read_see: { zh: "{rows}，见“数据问题”表", en: "{rows}: see the Data issues sheet" },
  out_rows_not_read_noName: { zh: "无学校名称 {n} 行", en: "no school name: {n}" },
  out_rows_not_read_nameOnly: { zh: "备注已撤并或停办、没有数据 {n} 行", en: "closed by its remark, no data: {n}" },
  out_rows_not_read_duplicate: { zh: "与已读取的学校重复 {n} 行", en: "duplicates: {n}" },
  out_rows_not_read_copiedCampus: { zh: "疑为复制的校区行 {n} 行", en: "copied campus rows: {n}" },
  out_rows_not_read_township: { zh: "同名学校未写乡镇 {n} 行", en: "township not given for a shared name: {n}" },
  out_rows_not_read_hidden: { zh: "隐藏或筛选掉 {n} 行", en: "hidden or filtered out: {n}" },
  // Beside 资源配置's verdict (hiddenRowsCaveat.ts): the school rows a filter or hiding left unread, the verdict resting on the others.
  out_caveat_hidden_rows: { zh: "另有 {count} 个学校行隐藏或筛选掉，未读取（第 {rows} 行），结论只据已读取的学校", en: "{count} more school rows were hidden or filtered out and not read (rows {rows}): the verdict rests on the schools read only" },
  out_caveat_hidden_rows_one: { zh: "另有 {count} 个学校行隐藏或筛选掉，未读取（第 {rows} 行），结论只据已读取的学校", en: "{count} more school row was hidden or filtered out and not read (row {rows}): the verdict rests on the schools read only" },
  out_caveat_hidden_rows_sheet: { zh: "工作表“{sheet}”另有 {count} 个学校行隐藏或筛选掉，未读取（第 {rows} 行），结论只据已读取的学校", en: "{count} more school rows of “{sheet}” were hidden or filtered out and not read (rows {rows}): the verdict rests on the schools read only" },
  out_caveat_hidden_rows_sheet_one: { zh: "工作表“{sheet}”另有 {count} 个学校行隐藏或筛选掉，未读取（第 {rows} 行），结论只据已读取的学校", en: "{count} more school row of “{sheet}” was hidden or filtered out and not read (row {rows}): the verdict rests on the schools read only" },
  // One wording with the overview's (out_overview_county_unnamed): a county the workbook does not name, in a single result as among a city's.
  out_county_unnamed: { zh: "（未注明县区）", en: "(county not named)" },
  out_caption_county_stage: { zh: "{county} · {stage}", en: "{county} · {stage}" },
  out_caption_verdicts: { zh: "评估结论", en: "Verdicts" },
  out_caption_passing: { zh: "学校（学段）达标比例与年度目标", en: "Share of school sections passing against the year's target" },
  out_caption_veto: { zh: "一票否决项", en: "Veto items" },
  out_caption_section_shortfalls: { zh: "学校（学段）指标缺口（各项补足到标准；达标方案见右侧）", en: "Indicator shortfalls per school section (each to standard; the way to pass on the right)" },
  out_caption_shortfall_totals: {
    zh: "县域指标缺口合计（各项补足到标准，含已达标学校）",
    en: "County indicator shortfall totals per stage (every indicator raised to standard, passing schools included)",
  },
  // 缺口测算's combined schools whose sections share whole-school values (combinedNeedsTable).
  out_caption_combined_needs: {
    zh: "合校共享资源整校需补（仅有整校数、按加权学生数分摊到学段的教学及辅助用房、体育运动场馆、教学仪器设备、网络多媒体教室）",
    en: "What combined schools must add as a whole to the teaching space, sports areas, equipment and multimedia rooms their sections share (given for the whole school only and split by weighted students)",
  },
  out_h_shares: { zh: "各学段分摊比例", en: "Sections' shares" },
  out_share_of_stage: { zh: "{stage} {share}", en: "{stage} {share}" },
  out_h_whole_area: { zh: "{code} 整校补足到标准（㎡）", en: "{code} whole school to standard (m²)" },
  out_h_whole_yuan: { zh: "{code} 整校补足到标准（元）", en: "{code} whole school to standard (yuan)" },
  out_h_whole_rooms: { zh: "{code} 整校补足到标准（间）", en: "{code} whole school to standard (rooms)" },
  out_h_sections_added: { zh: "各学段缺口相加（补足到标准）", en: "Sections' shortfalls added up (to standard)" },
  out_h_whole_plan: { zh: "按达标方案整校需补", en: "Whole school, for the ways to pass" },
  out_whole_amount: { zh: "{code}：{amount}", en: "{code}: {amount}" },
  out_whole_plan_amount: { zh: "{whole}（各学段方案所需相加 {sections}）", en: "{whole} (sections' own plans added up: {sections})" },
  // A combined school's failing sections that have no way to pass (values missing): what they would ask is in no amount beside.
  out_whole_plan_without: { zh: "{stages}无达标方案（数据不全），其所需未计入", en: "No way to pass for the {stages:lowerItems} sections (incomplete data): not counted" },
  out_whole_plan_without_one: { zh: "{stages}无达标方案（数据不全），其所需未计入", en: "No way to pass for the {stages:lowerItems} section (incomplete data): not counted" },
  // An indicator one stage takes from the whole-school figure while another gives its own (SharedNeed.sharedBy).
  out_whole_amount_shared_by: {
    zh: "{code}：{amount}（仅{stages}分摊整校数；{own}为自报数，缺口见上表）",
    en: "{code}: {amount} (shared by {stages:lowerItems} only; {own:lowerItems} gives its own figure, its shortfall in the sections' table above)",
  },
  // A 完全中学's junior section alone: the rest of what is shared goes to its senior part.
  out_shares_rest_senior: { zh: "{shares}（其余归高中）", en: "{shares} (the rest: senior section)" },
  out_note_combined_needs: {
    zh: "合校：教学及辅助用房、体育运动场馆、教学仪器设备、网络多媒体教室只有整校数时按加权学生数分摊到各学段，学校新增的也按同一比例分摊，故整校须补足到每个学段都达到要求：面积与金额不少于各学段缺口相加，教室不少于任一学段所缺（见“合校共享资源整校需补”表；按达标方案的整校需补由各学段各自的方案合成，不一定是全校最省的方案）；上表各学段的缺口与县域合计仍为分摊后的学段缺口；达标方案的估算费用及“按达标方案所需合计”表中合校学段的面积、金额、教室则按整校需补计；同一学校两个学段的方案补同一项共享资源时为同一次建设，只计一次：后列学段只计超出前者的部分（见其达标方案），各行相加即为整校所需。",
    en: "Combined schools: teaching space, sports areas, equipment and multimedia rooms given only for the whole school are split among its sections by weighted students, and so is whatever the school adds; the school must add enough for every section to reach what it needs: no less area or money than the sections' shortfalls added up, no fewer rooms than any one section lacks (see the table of what combined schools must add as a whole; the amount for the ways to pass combines each section's own plan and may not be the school's cheapest). The sections' shortfalls above and the county totals remain the sections' shares; a way to pass's estimated cost, and a combined school's area, yuan and rooms in the table of what the ways to pass need, are of what the whole school adds; where both sections of a school build the same shared resource, it is one build, counted once: the section listed later counts only what its build adds to the earlier one's (its way to pass says so), so that the rows add up to what the school needs.",
  },
  out_caption_plan_totals: { zh: "未达标学校（学段）按达标方案所需合计（按学段）", en: "What the failing school sections' ways to pass need, per stage" },
  out_caption_funding_totals: { zh: "公用经费缺口合计（按县区、项目；有缺口为下限的学校时，合计亦为下限）", en: "Public-funding shortfall totals per county and item (a lower bound if any school's shortfall is a lower bound)" },
  out_caption_guarantee_shortfalls: { zh: "学校办学条件保障缺口", en: "Guarantee shortfalls per school" },
  // The 说明 of a school whose public-funding shortfall is only a lower bound (SchoolGuarantee.fundingShortfallLowerBound), named by its column as the room and class notes are.
  out_funding_floor_rural: { zh: "公用经费缺口（元）为下限（至少）：若为农村学校（按 {funded} 人核定）缺口更大", en: "Funding shortfall (yuan): lower bound (at least) — as a rural school (funded for {funded} students) it is larger" },
  out_funding_floor_boarders: { zh: "公用经费缺口（元）为下限（至少）：未计寄宿生", en: "Funding shortfall (yuan): lower bound (at least) — boarders not counted" },
  out_funding_floor_both: {
    zh: "公用经费缺口（元）为下限（至少）：未计寄宿生；若为农村学校（按 {funded} 人核定）缺口更大",
    en: "Funding shortfall (yuan): lower bound (at least) — boarders not counted; as a rural school (funded for {funded} students) it is larger",
  },
  // FundingLowerBound.stagesUnsplit: alone, and appended to one of the notes above.
  out_funding_floor_stages: { zh: "公用经费缺口（元）为下限（至少）：在校生数未分学段，全部按较低学段的标准测算", en: "Funding shortfall (yuan): lower bound (at least) — students not split by stage, all counted at the lower stage's norm" },
  out_funding_floor_stages_also: { zh: "；在校生数未分学段，全部按较低学段的标准测算", en: "; students not split by stage, all counted at the lower stage's norm" },
  // A class count that is only a lower bound (SchoolGuarantee.classCountsLowerBound), and the 说明 saying which and why.
  out_at_least: { zh: "≥ {n}", en: "≥ {n}" },
  out_class_floor_largest: {
    zh: "{counts}为下限（至少）：仅填报最大班额，未填各班额段班数",
    en: "{counts}: lower bounds (at least) — only the largest class is given, not the class-size buckets",
  },
  out_class_floor_buckets: {
    zh: "{counts}为下限（至少）：班额段跨越限额，无法确定准确班数",
    en: "{counts}: lower bounds (at least) — a class-size bucket spans the limit, so the exact count is not known",
  },
  // A room shortfall that is only a lower bound (SchoolGuarantee.roomsShortLowerBound): the 说明 saying which and why.
  out_rooms_floor: {
    zh: "{counts}为下限（至少）：只填了教室间数和总面积，达标间数由总面积估算，为最多可能的间数",
    en: "{counts}: lower bounds (at least) — only the number and total area of the rooms are given, and the compliant rooms estimated from the total area are the most there can be",
  },
  // A combined school's shared rooms judged at the larger of its stages' small-rural areas (SchoolGuarantee.roomsStageArea): the 说明 naming the area applied.
  out_rooms_stage_area: {
    zh: "{rooms}按{stage}的农村小规模学校面积 {area} ㎡ 判定：各学段共用教室，取较大者（{others} 未采用）",
    en: "{rooms} judged at the {stage:lower} small-rural area of {area} m²: the rooms serve every stage, so the larger applies ({others:lowerItems} not applied)",
  },
  // The kinds of room judged by that area (RoomsStageArea.kinds): one the bureau stated is not named.
  out_rooms_kinds_music_art: { zh: "音乐、美术教室", en: "Music and art rooms" },
  out_rooms_kinds_music: { zh: "音乐教室", en: "Music rooms" },
  out_rooms_kinds_art: { zh: "美术教室", en: "Art rooms" },
  out_stage_area: { zh: "{stage} {area} ㎡", en: "{stage} {area} m²" },
  // A combined school's tier split between its stages' norms (SchoolGuarantee.fundingProration): the 说明 spelling out the sum.
  out_funding_proration: {
    zh: "公用经费按 {funded} 人核定，生均标准按各学段在校生比例加权，应拨（元）= ({terms}) × {funded} ÷ {students}{boarding} = {required}",
    en: "Public funding: the school is funded as {funded} students, the stages' norms weighted by their shares of its students; required (yuan) = ({terms}) × {funded} ÷ {students}{boarding} = {required}",
  },
  // A school paid extra for its boarders (SchoolGuarantee.fundingBoarding), not split by stage: the extra and the requirement it makes.
  out_funding_boarding: {
    zh: "公用经费应拨（元）含寄宿生补助 {perBoarder}×{boarders} = {extra}，合计 {required}",
    en: "Public funding required (yuan) includes the boarding extra {perBoarder}×{boarders} = {extra}, {required} in all",
  },
  // 缺口测算's 说明 of a special-education school short of G7: its funding per student, the norm per student and the shortfall's arithmetic.
  out_special_funding_note: {
    zh: "特殊教育学校生均公用经费 {perStudent} 元（{actual} 元 ÷ {students} 人），低于标准 {norm} 元/生：缺口（元）= {norm}×{students} − {actual} = {shortfall}",
    en: "Special-education school: public funding {perStudent} yuan per student ({actual} yuan ÷ {students} students), below the norm of {norm} yuan per student; shortfall (yuan) = {norm}×{students} − {actual} = {shortfall}",
  },
  out_check_rooms: { zh: "音乐美术教室", en: "music and art rooms" },
  out_check_size: { zh: "学校规模", en: "school size" },
  out_check_classes: { zh: "班额", en: "class sizes" },
  out_check_funding: { zh: "公用经费", en: "public funding" },
  out_guarantee_none_short: { zh: "（各校均无缺口）", en: "(no school falls short)" },
  out_guarantee_none_checked: { zh: "（{unchecked}均未测算，原因见“{sheet}”表）", en: "(not computed: {unchecked}; see {sheet} for why)" },
  out_guarantee_some_checked: { zh: "（已测算的{checked}均无缺口；{unchecked}未测算，原因见“{sheet}”表）", en: "(checked: {checked} — no school falls short. Not computed: {unchecked}; see {sheet} for why)" },
  out_caption_mapping: { zh: "列对应关系", en: "Column mapping" },
  out_caption_issues: { zh: "数据问题", en: "Data issues" },
  out_caption_indicator_counts: { zh: "{county} · {stage}：各项指标达标学校数", en: "{county} · {stage}: school sections meeting each indicator" },

  out_h_county: { zh: "县区", en: "County" },
  out_h_item: { zh: "项目", en: "Item" },
  out_h_verdict: { zh: "结论", en: "Verdict" },
  out_h_reason: { zh: "说明", en: "Reasons" },
  out_h_in_scope: { zh: "参评学校（学段）数", en: "School sections in scope" },
  out_h_evaluated: { zh: "已判定学校（学段）数", en: "School sections judged" },
  out_h_passing: { zh: "达标学校（学段）数", en: "School sections passing" },
  out_h_share: { zh: "达标比例（占已判定）", en: "Share passing (of those judged)" },
  out_h_target_year: { zh: "目标年度", en: "Target year" },
  out_h_target_share: { zh: "目标比例", en: "Target share" },
  out_h_target_met: { zh: "达到目标", en: "Target reached" },
  out_h_veto: { zh: "否决项", en: "Veto item" },
  out_h_veto_state: { zh: "情况", en: "Status" },
  out_h_cell: { zh: "单元格", en: "Cell" },
  out_h_code: { zh: "指标", en: "Code" },
  out_h_name: { zh: "名称", en: "Name" },
  out_h_schools: { zh: "学校数", en: "School sections" },
  out_h_mean: { zh: "均值", en: "Mean" },
  out_h_sd: { zh: "标准差", en: "SD" },
  out_h_cv: { zh: "差异系数", en: "CV" },
  out_h_limit: { zh: "限值", en: "Limit" },
  out_h_met: { zh: "判定", en: "Met" },
  out_h_school: { zh: "学校", en: "School" },
  out_h_stage: { zh: "学段", en: "Stage" },
  out_h_type: { zh: "类型", en: "Type" },
  out_h_students: { zh: "在校生数", en: "Students" },
  out_h_included: { zh: "参评", en: "In scope" },
  out_h_exclusion: { zh: "不参评原因", en: "Why out of scope" },
  out_h_value: { zh: "{code} 值", en: "{code} value" },
  out_h_flag: { zh: "{code} 判定", en: "{code} flag" },
  out_h_met_count: { zh: "达标项数", en: "Indicators met" },
  out_h_pass: { zh: "学校结论", en: "Result" },
  out_h_note: { zh: "备注", en: "Notes" },
  out_h_source: { zh: "来源行", en: "Source row" },
  out_h_short_teachers: { zh: "{code} 缺口（人）", en: "{code} short (teachers)" },
  out_h_short_rooms: { zh: "{code} 缺口（间）", en: "{code} short (rooms)" },
  out_h_short_area: { zh: "{code} 缺口（㎡）", en: "{code} short (m²)" },
  out_h_short_yuan: { zh: "{code} 缺口（元）", en: "{code} short (yuan)" },
  out_h_relaxed: { zh: "只需达到{floor}的指标", en: "Indicator that only has to reach {floor}" },
  out_h_plan: { zh: "达标方案", en: "Way to pass" },
  out_h_plan_cost: { zh: "估算费用（元）", en: "Estimated cost (yuan)" },
  // 缺口测算's table of the failing sections' ways to pass added up (planTotalsTable.ts).
  out_h_plans_failing: { zh: "未达标学校（学段）数", en: "Failing school sections" },
  out_h_plans_without: { zh: "其中无达标方案（数据不全）", en: "Of which without a way to pass (incomplete data)" },
  // 缺口测算's county totals: sections of the stage lacking some indicator, whose needs the totals leave out.
  out_h_totals_incomplete: { zh: "数据不全、缺口未计入的学校（学段）数", en: "School sections with incomplete data, their shortfalls not counted" },
  // One column each of L1, L2, L3: a new teacher can count for L1 and L3 at once, so they are not added.
  out_h_plan_teachers: { zh: "{code} 教师（人）", en: "{code} teachers" },
  out_h_plan_teaching_area: { zh: "L4 教学及辅助用房面积（㎡）", en: "L4 teaching and auxiliary floor area (m²)" },
  out_h_plan_sports_area: { zh: "L5 体育运动场馆面积（㎡）", en: "L5 sports ground and hall area (m²)" },
  out_h_plan_yuan: { zh: "L6 教学仪器设备值（元）", en: "L6 equipment (yuan)" },
  out_h_plan_rooms: { zh: "L7 网络多媒体教室（间）", en: "L7 multimedia rooms" },
  out_h_plans_unpriced: { zh: "未估算费用的方案数", en: "Ways to pass not priced" },
  out_h_music_short: { zh: "音乐教室缺口（间）", en: "Music rooms short" },
  out_h_art_short: { zh: "美术教室缺口（间）", en: "Art rooms short" },
  out_h_over_cap: { zh: "超规模人数", en: "Students over cap" },
  out_h_size_cap: { zh: "规模上限", en: "Size cap" },
  out_h_classes_over: { zh: "超班额班数", en: "Classes over cap" },
  // {large}, {superLarge}: the profile's guarantee.classSize sizes (classSizeParams).
  out_h_large: { zh: "大班额（{large}人及以上）", en: "Large classes ({large}+)" },
  out_h_super_large: { zh: "超大班额（{superLarge}人及以上）", en: "Very large classes ({superLarge}+)" },
  out_h_funding_short: { zh: "公用经费缺口（元）", en: "Funding shortfall (yuan)" },
  // 缺口测算's county totals of the column above (fundingTotalsTable.ts).
  out_h_funding_schools_short: { zh: "公用经费缺口学校数", en: "Schools short of funding" },
  out_h_funding_total: { zh: "公用经费缺口合计（元）", en: "Funding shortfall total (yuan)" },
  out_h_funding_lower_bounds: { zh: "缺口为下限的学校数", en: "Schools whose shortfall is a lower bound" },
  out_h_funding_not_computed: { zh: "未测算学校数（不在合计内）", en: "Schools not computed (not in the total)" },
  // Its rows: the ordinary schools' G6 gap and the special-education schools' G7 gap, totalled apart.
  out_funding_item_G6: { zh: "G6 公用经费（普通学校）", en: "G6 Public funding (excl. special-education schools)" },
  out_funding_item_G7: { zh: "G7 特殊教育学校公用经费", en: "G7 Special-education funding" },
  out_h_guarantee_note: { zh: "说明", en: "Note" },
  out_h_area: { zh: "领域", en: "Area" },
  out_h_figure: { zh: "数值", en: "Figure" },
  out_h_threshold: { zh: "标准", en: "Threshold" },
  out_h_figure_ratio: { zh: "数值（%）", en: "Figure (%)" },
  out_h_threshold_ratio: { zh: "标准（%）", en: "Threshold (%)" },
  // 政府保障与质量: what the figure must be against the threshold, the profile's comparison (guaranteeSheet.ts).
  out_h_rule: { zh: "要求", en: "Rule" },
  out_rule_at_least: { zh: "≥", en: "≥" },
  out_rule_at_most: { zh: "≤", en: "≤" },
  out_rule_below: { zh: "<", en: "<" },
  out_h_basis: { zh: "依据", en: "Basis" },
  out_h_failing: { zh: "未达标学校", en: "Failing schools" },
  out_h_severity: { zh: "严重程度", en: "Severity" },
  out_h_issue_code: { zh: "问题代码", en: "Code" },
  out_h_message: { zh: "问题说明", en: "Message" },
  out_h_field: { zh: "字段", en: "Field" },
  out_h_header: { zh: "表头", en: "Header" },
  out_h_column: { zh: "列", en: "Column" },
  out_h_ind_evaluated: { zh: "有该项数据学校数", en: "School sections with a value" },
  // The flags of one indicator: these headers and the 学校达标 flag cells (flagLabel) say the same words.
  out_h_ind_met: { zh: "达标", en: "Met" },
  out_h_ind_floor: { zh: "达{floor}未达标", en: "{floor}+, not met" },
  out_h_ind_below: { zh: "低于{floor}", en: "Below {floor}" },
  out_h_ind_share: { zh: "该项达标学校比例", en: "Share meeting this indicator" },

  out_yes: { zh: "是", en: "Yes" },
  out_no: { zh: "否", en: "No" },
  out_pass: { zh: "达标", en: "Passes" },
  out_fail: { zh: "未达标", en: "Fails" },
  out_not_evaluable: { zh: "无法评估", en: "Not evaluable" },
  out_fail_incomplete: { zh: "未达标（数据不全）", en: "Fails (data incomplete)" },
  // 缺口测算: a section not evaluable for missing data, listed so that its shortfalls are not read as none.
  out_undecided_incomplete: { zh: "无法评估（数据不全，缺口未全部算出）", en: "Not evaluable (data incomplete; not every shortfall computed)" },
  out_not_applicable: { zh: "不适用", en: "Not applicable" },
  out_cv_met: { zh: "达标", en: "Yes" },
  out_cv_not_met: { zh: "未达标", en: "No" },
  out_cv_undefined: { zh: "不可计算", en: "Cannot be computed" },
  out_cv_missing: { zh: "（缺 {n} 校数据）", en: " ({n} school sections lack data)" },
  out_cv_missing_one: { zh: "（缺 {n} 校数据）", en: " ({n} school section lacks data)" },
  out_cv_suspect: { zh: "（所依据的 {cells} 很可能有误，请核对）", en: " (rests on {cells}, most likely wrong: please check)" },
  out_flag_assumed_zero: { zh: "（所依据的 {cells} 未填数字，已按 0 计，请核对）", en: " (rests on {cells}: no number there, counted as 0; please check)" },
  out_cv_suspect_more: { zh: "（所依据的 {cells} 及另外 {more} 个单元格很可能有误，请核对）", en: " (rests on {cells} and {more} more cells, most likely wrong: please check)" },
  out_cv_suspect_more_one: { zh: "（所依据的 {cells} 及另外 {more} 个单元格很可能有误，请核对）", en: " (rests on {cells} and {more} more cell, most likely wrong: please check)" },
  out_note_cv_suspect: {
    zh: "判定中注明“很可能有误”的单元格，在“数据问题”表中有说明（如把万元填进了元列）：其数值仍按所填计入差异系数，核对更正后请重新评估",
    en: "Cells a verdict calls most likely wrong are explained on the Data issues sheet (e.g. a figure in 10 000 yuan typed into a yuan column): their values count in the coefficient as typed; check and correct them, then evaluate again",
  },
  out_reference_only: { zh: "仅供参考", en: "Reference only" },
  out_average_cv_code: { zh: "综合", en: "Average" },
  out_average_cv_label: { zh: "综合差异系数（参考，基本均衡旧口径）", en: "Average CV (reference, older basic-balance measure)" },
  out_row_veto: { zh: "一票否决", en: "Veto items" },
  out_row_passing: { zh: "学校（学段）达标比例（对照年度目标）", en: "Share passing vs the year's target" },
  out_row_recognised: { zh: "县域认定结论", en: "Overall verdict" },
  out_recognised_yes: { zh: "可认定", en: "Recognised as quality-balanced" },
  out_recognised_no: { zh: "不予认定", en: "Not recognised as quality-balanced" },
  out_recognised_pending: { zh: "待评估", en: "Not yet assessed" },
  out_veto_present: { zh: "存在", en: "Present" },
  out_veto_absent: { zh: "无", en: "None found" },
  out_veto_unknown: { zh: "待评估", en: "Not yet assessed" },
  out_reasons_with_pending: { zh: "{failed}。待评估：{pending}", en: "{failed}. Not yet assessed: {pending:lower}" },
  out_mapping_field_stage: { zh: "{field}（{stage}）", en: "{field} ({stage})" },
  // A school section in a list (the `sections` list param: catalogue.ts sectionText): the school and its stage.
  out_section_in_list: { zh: "{school}（{stage}）", en: "{school} ({stage:lower})" },
  // A school named in a note with the row it was read from (schoolRowText): on the note's own sheet, or on another.
  out_school_at_row: { zh: "{school}（第{row}行）", en: "{school} (row {row})" },
  out_school_at_sheet_row: { zh: "{school}（{sheet} 第{row}行）", en: "{school} ({sheet} row {row})" },
  // A column the user mapped (--map, the task pane's mapping), told from those the reader recognised (mappingLines.ts).
  out_mapping_by_hand: { zh: "{field}（手动指定）", en: "{field} (set by hand)" },
  out_veto_any: { zh: "存在否决项：{items}", en: "Veto present: {items:lower}" },
  // The veto items the county figures do not answer: named as not given, not as offences found.
  out_veto_not_given: { zh: "未填报：{items}", en: "Not given: {items:lower}" },
  // A veto item whose value the reader set aside, with its cell (summarySheet.ts pendingVetoText).
  out_veto_not_read: { zh: "填报值未能读取：{items}（{cells}，见“数据问题”）", en: "Value given not read: {items:lower} ({cells}; see Data issues)" },
  // 县域认定结论 待评估 with every area met: the veto items that leave it so (summarySheet.ts pendingVetoReason).
  out_recognised_pending_veto: { zh: "尚待评估的一票否决项：{items}（见“一票否决”一行）", en: "Veto items not yet assessed: {items:lower} (see the Veto items row)" },
  // A veto item whose cell says the county has no figure yet (暂无数据: summarySheet.ts pendingVetoText).
  out_veto_no_data: { zh: "暂无数据：{items}（{cells}）", en: "No data yet: {items:lower} ({cells})" },
  // A veto item whose cell says its answer is still pending (待核实 beside or apart from a 无: summarySheet.ts pendingVetoText, s52 R5).
  out_veto_pending: { zh: "尚待核实：{items}（{cells}，见“数据问题”）", en: "Answer still pending: {items:lower} ({cells}; see Data issues)" },
  // A veto item left unanswered for a stage the county has schools of (a blank stage cell, or / beside a 无: pendingVetoText, s52 R5).
  out_veto_unanswered: { zh: "学段未作答：{items}（{cells}，见“数据问题”）", en: "Not answered for a school stage: {items:lower} ({cells}; see Data issues)" },
  // Two of the clauses above in the order 未填报, 暂无数据, 尚待核实, 学段未作答, 填报值未能读取 (a third is joined to the first two
  // the same way): sentences, as each lists its items by clauses. {notGiven} is the earlier, {notRead} the later.
  out_veto_pending_both: { zh: "{notGiven}。{notRead}", en: "{notGiven}. {notRead}" },
  out_passing_text: {
    zh: "达标 {passing}/{evaluated}（{share}），{year}年目标 {target}",
    en: "{passing} of {evaluated} school sections passing ({share}); target for {year}: {target}",
  },
  out_passing_text_no_target: { zh: "达标 {passing}/{evaluated}（{share}），规则未设年度目标", en: "{passing} of {evaluated} school sections passing ({share}); no yearly target in the profile" },
  out_passing_text_no_target_year: { zh: "达标 {passing}/{evaluated}（{share}），规则未设{year}年的年度目标", en: "{passing} of {evaluated} school sections passing ({share}); no target for {year} in the profile" },
  // With sections not judged, the in-scope count leads, so that passing/judged is not read as the county's share.
  out_passing_in_scope: { zh: "参评 {total} 个学校（学段），已判定 {evaluated} 个：", en: "{total} school sections in scope, {evaluated} judged: " },
  out_passing_unjudged: { zh: "；另有 {unjudged} 个无法评估，计入后达标比例在 {low} 至 {high} 之间", en: "; {unjudged} more school sections could not be evaluated: with them the share lies between {low} and {high}" },
  out_passing_unjudged_one: { zh: "；另有 {unjudged} 个无法评估，计入后达标比例在 {low} 至 {high} 之间", en: "; {unjudged} more school section could not be evaluated: with it the share lies between {low} and {high}" },
  out_passing_no_students: { zh: "；另有 {n} 个在校生数为 0，无可评估，不计入", en: "; {n} more school sections have no students: nothing to judge, not counted" },
  out_passing_no_students_one: { zh: "；另有 {n} 个在校生数为 0，无可评估，不计入", en: "; {n} more school section has no students: nothing to judge, not counted" },
  out_h_unjudged: { zh: "无法评估学校（学段）数", en: "School sections not evaluable" },
  out_split_note: { zh: "共享资源按加权学生数分摊 {share}", en: "This section's share of the school's shared resources, by weighted students: {share}" },
  out_plan_standard: { zh: "{code} 补足到标准：{amount}", en: "{code} to standard: {amount}" },
  out_plan_floor: { zh: "{code} 补足到{floor}：{amount}", en: "{code} to {floor}: {amount}" },
  out_plan_cost: { zh: "（约 {cost} 元）", en: " (about {cost} yuan)" },
  // A combined school's section step on a shared resource (passPlanText schoolText): the school adds more than the section's share, and pays for all of it.
  out_plan_school: { zh: "（整校需补 {amount}）", en: " (the whole school adds {amount})" },
  out_plan_school_cost: { zh: "（整校需补 {amount}，约 {cost} 元）", en: " (the whole school adds {amount}, about {cost} yuan)" },
  // A combined school's second failing stage building the same shared value as a row before it (sharedBuilds.ts): counted once in the 估算费用 column.
  // {amount}: the part the earlier row counts, with its cost when priced and not in yuan already (L6's amount is its cost); _all: the whole of this row's build.
  out_plan_same_build: {
    zh: "（{code} 与{stage}为同一次整校建设：其中 {amount}已计入{stage}一行）",
    en: " ({code} is the same whole-school build as the {stage:lower} section's: the {stage:lower} row counts {amount} of it)",
  },
  out_plan_same_build_cost: {
    zh: "（{code} 与{stage}为同一次整校建设：其中 {amount}已计入{stage}一行，本行估算费用不再计入）",
    en: " ({code} is the same whole-school build as the {stage:lower} section's: the {stage:lower} row counts {amount} of it, and this row's cost leaves that out)",
  },
  out_plan_same_build_all: {
    zh: "（{code} 与{stage}为同一次整校建设：所需 {amount}已全部计入{stage}一行）",
    en: " ({code} is the same whole-school build as the {stage:lower} section's: the {stage:lower} row counts all of it, {amount})",
  },
  out_plan_same_build_all_cost: {
    zh: "（{code} 与{stage}为同一次整校建设：所需 {amount}已全部计入{stage}一行，本行估算费用不再计入）",
    en: " ({code} is the same whole-school build as the {stage:lower} section's: the {stage:lower} row counts all of it, {amount}, and this row's cost leaves it out)",
  },
  out_plan_nothing: { zh: "{code} 保留在{floor}以上即可达标", en: "Passes with {code} kept at {floor} or more" },
  out_plan_keep: { zh: "{code} 保留在{floor}以上即可", en: "{code} can stay at {floor} or more" },
  // A plan chosen by the largest gap between relaxing L4 and relaxing L5 (passPlanText): why the fewer m² were not the choice.
  out_plan_area_kinds: {
    zh: "（放宽 L4、L5 之一的 2 种方案所需面积种类不同，无法直接比较；未给单位成本时，放宽相对缺口较大的一项）",
    en: " (the 2 plans, each relaxing one of L4, L5, need different kinds of area and cannot be compared; without unit costs, the one with the larger relative gap is relaxed)",
  },
  // The plans the engine weighed by their gaps (PassPlan.weighed), other than L4 against L5: named and counted (passPlanText weighedText), worded as out_plan_area_kinds.
  out_plan_kinds_weighed: {
    zh: "（放宽 {plans} 之一的 {n} 种方案所需资源种类不同，无法直接比较；未给单位成本时，放宽相对缺口最大的一项）",
    en: " (the {n} plans, each relaxing one of {plans}, need different kinds of resources and cannot be compared; without unit costs, the one with the largest relative gap is relaxed)",
  },
  // Two plans weighed: the larger gap of the two, not the largest.
  out_plan_kinds_weighed_two: {
    zh: "（放宽 {plans} 之一的 {n} 种方案所需资源种类不同，无法直接比较；未给单位成本时，放宽相对缺口较大的一项）",
    en: " (the {n} plans, each relaxing one of {plans}, need different kinds of resources and cannot be compared; without unit costs, the one with the larger relative gap is relaxed)",
  },
  out_unit_teachers: { zh: "{n} 人", en: "{n} teachers" },
  out_unit_teachers_one: { zh: "{n} 人", en: "{n} teacher" },
  out_unit_rooms: { zh: "{n} 间", en: "{n} rooms" },
  out_unit_rooms_one: { zh: "{n} 间", en: "{n} room" },
  out_unit_area: { zh: "{n} ㎡", en: "{n} m²" },
  out_unit_yuan: { zh: "{n} 元", en: "{n} yuan" },
  out_basis_school_data: { zh: "学校数据", en: "School data" },
  out_basis_county_figure: { zh: "县级填报", en: "County figure" },
  out_basis_evidence: { zh: "佐证材料", en: "Evidence" },
  out_source_row: { zh: "{sheet} 第{row}行", en: "{sheet} row {row}" },
  out_basis_none: { zh: "无数据", en: "No data" },
  out_basis_no_columns: { zh: "缺所需的列（{sheet}，见“数据问题”）", en: "Columns it needs not found ({sheet}; see Data issues)" },
  out_basis_not_read: { zh: "填报值未能读取（{cells}，见“数据问题”）", en: "Value given not read ({cells}; see Data issues)" },
  // Counts read but giving no figure (G11 with 0 eligible teachers: unreadFigures.ts uncomputedCells).
  out_basis_not_computed: { zh: "无法计算（{cells}，见“数据问题”）", en: "Cannot be computed ({cells}; see Data issues)" },
  // An item's row there with its value cell blank (unreadFigures.ts blankCells).
  out_basis_blank: { zh: "未填（{cells}）", en: "Not filled in ({cells})" },
  out_basis_no_data_yet: { zh: "暂无数据（{cells}）", en: "No data yet ({cells})" },
  // Said wherever G6 stands pending for it (汇总's reason, 政府保障与质量's 依据): under national-2017 no data can settle it, only a norm.
  out_basis_no_funding_norm: {
    zh: "规则未设生均公用经费标准（由各省规定），请在工作簿的“规则”表中填写本省标准（“{primary}”和“{junior}”两行；也可写路径 guarantee.funding.norm.primary、guarantee.funding.norm.junior）或写入规则文件，或选用已设标准的内置规则（命令行 --profile sichuan-guanghan-2024，或任务窗格的“评估规则”）",
    en: "The profile sets no per-student funding norm (each province sets its own) — give the province's norm on a sheet named “Rules” (or 规则) in the workbook (two rows, “{primary}” and “{junior}”; or by path, guarantee.funding.norm.primary and guarantee.funding.norm.junior) or in a profile file, or choose a built-in profile that sets one (--profile sichuan-guanghan-2024 on the command line, or Rule profile in the task pane)",
  },
  out_severity_error: { zh: "错误", en: "Error" },
  out_severity_warning: { zh: "警告", en: "Warning" },
  out_severity_info: { zh: "提示", en: "Note" },
  out_workbook_title: { zh: "义务教育优质均衡发展评估结果", en: "High-quality balanced compulsory education: evaluation result" },
  // 评估总览: the overview of a batch (src/workbook/write/overviewSheet.ts).
  out_sheet_overview: { zh: "评估总览", en: "Overview" },
  out_title_overview: { zh: "义务教育优质均衡发展评估总览（多个工作簿）", en: "High-quality balanced compulsory education: overview of several workbooks" },
  out_overview_counts: { zh: "共 {files} 个工作簿：{evaluated} 个已评估，{failed} 个未能评估", en: "{files} workbooks: {evaluated} evaluated, {failed} could not be evaluated" },
  out_overview_counts_unwritten: { zh: "；其中 {n} 个的评估结果未能写入", en: "; the results of {n} of them could not be written" },
  out_overview_counts_unwritten_one: { zh: "；其中 {n} 个的评估结果未能写入", en: "; the result of {n} of them could not be written" },
  out_overview_not_written: { zh: "评估结果未能写入 {file}：{reasons}", en: "The result could not be written to {file}: {reasons}" },
  out_overview_counts_one: { zh: "共 {files} 个工作簿：{evaluated} 个已评估，{failed} 个未能评估", en: "{files} workbook: {evaluated} evaluated, {failed} could not be evaluated" },
  out_h_file: { zh: "工作簿", en: "Workbook" },
  out_h_year: { zh: "评估年度", en: "Year" },
  out_h_recognised: { zh: "认定", en: "Overall verdict" },
  out_h_errors: { zh: "数据错误", en: "Data errors" },
  out_h_warnings: { zh: "数据警告", en: "Data warnings" },
  out_h_result_or_reason: { zh: "结果工作簿 / 未能评估的原因", en: "Result workbook / why it could not be evaluated" },
  out_not_evaluated: { zh: "未能评估", en: "Not evaluated" },
  out_caption_overview_counties: { zh: "各县区评估结论", en: "Verdicts per county" },
  out_caption_overview_cv: { zh: "各县区校际差异系数（按学段）", en: "Inter-school difference coefficients (CV) per county and stage" },
  out_h_cv_within: { zh: "达到限值项数", en: "Indicators within the limit" },
  out_h_items_not_met: { zh: "未达标项目", en: "Items not met" },
  out_h_items_pending: { zh: "待评估项目", en: "Items not yet assessed" },
  // 资源配置's reasons at the head of those two columns, short enough for a cell: the long sentences are in guaranteeMessages.ts.
  out_overview_sections_failing: { zh: "学校（学段）未达标", en: "School sections not passing (pass rule)" },
  out_overview_cv_over: { zh: "{stage} {indicator} 差异系数", en: "{stage} {indicator} CV" },
  out_overview_sections_not_evaluable: { zh: "学校（学段）无法评估", en: "School sections not evaluable" },
  out_overview_sections_none_evaluable: { zh: "无可评估学校", en: "No school evaluable" },
  out_overview_cv_codes: { zh: "差异系数表各列：{list}", en: "CV columns: {list}" },
  out_overview_item_codes: { zh: "项目代码：{list}", en: "Item codes: {list}" },
  out_overview_county_unnamed: { zh: "（未注明县区）", en: "(county not named)" },
  // A veto item names hold a 、 of their own (设置重点校、重点班): the brackets keep them together in a list.
  out_overview_veto: { zh: "一票否决（{items}）", en: "Veto ({items:lower})" },
  // Every veto item of the profile not yet assessed (no county figures read): counted, not named, on the overview's row.
  out_overview_veto_all: { zh: "一票否决（全部 {n} 项）", en: "Veto (all {n} items)" },
  out_h_share_range: { zh: "计入无法评估后的达标比例", en: "Share counting those not evaluable" },
  out_overview_share_range: { zh: "{low} 至 {high}", en: "{low} to {high}" },
  // The overview's title with the city (the folder given) and the workbooks' common year (overviewTitle.ts).
  out_title_overview_city_year: { zh: "{city}{year}年义务教育优质均衡发展评估总览", en: "High-quality balanced compulsory education: overview of {city}, {year}" },
  out_title_overview_city: { zh: "{city}义务教育优质均衡发展评估总览", en: "High-quality balanced compulsory education: overview of {city}" },
  out_title_overview_year: { zh: "{year}年义务教育优质均衡发展评估总览（多个工作簿）", en: "High-quality balanced compulsory education: overview of several workbooks, {year}" },
  // 全市合计 under the county table, in its columns (overviewTotals.ts).
  out_caption_overview_totals: { zh: "全市合计（各领域、达到目标、认定列为“达标数/评估数”，按上表各行计）", en: "City totals (area, target and verdict columns: how many of the rows above meet it, out of those evaluated)" },
  out_overview_totals_scope: { zh: "全市", en: "All counties" },
  out_overview_totals_counties: { zh: "{n} 个县区", en: "{n} counties" },
  out_overview_totals_counties_one: { zh: "{n} 个县区", en: "{n} county" },
  out_overview_totals_rows: { zh: "{rows} 行（{n} 个县区，有县区出现在多个工作簿中）", en: "{rows} rows ({n} counties: some appear in several workbooks)" },
  out_overview_totals_rows_one: { zh: "{rows} 行（{n} 个县区，该县区出现在多个工作簿中）", en: "{rows} rows ({n} county: it appears in several workbooks)" },
  // Rows naming no county (（未注明县区）) are no known county: counted apart from the counties (countiesText).
  out_overview_totals_rows_unnamed: { zh: "{rows} 行（{named}；另有 {unnamed} 行未注明县区）", en: "{rows} rows ({named}; {unnamed} more rows name no county)" },
  out_overview_totals_rows_unnamed_one: { zh: "{rows} 行（{named}；另有 {unnamed} 行未注明县区）", en: "{rows} rows ({named}; {unnamed} more row names no county)" },
  out_overview_totals_named_repeated: { zh: "{n} 个县区，有县区出现在多个工作簿中", en: "{n} counties, some in several workbooks" },
  out_overview_totals_named_repeated_one: { zh: "{n} 个县区，该县区出现在多个工作簿中", en: "{n} county, in several workbooks" },
  out_overview_totals_all_unnamed: { zh: "{rows} 行（均未注明县区）", en: "{rows} rows (none names its county)" },
  out_overview_totals_all_unnamed_one: { zh: "{rows} 行（未注明县区）", en: "{rows} row (its county not named)" },
  out_h_overview_remarks: { zh: "说明", en: "Remarks" },
  // The pending items most counties share, said once in a note; a row lists only what it has besides (commonPending.ts).
  out_overview_common_pending: { zh: "共同待评估项目（{shared}/{counties} 个县区均待评估，共 {n} 项，表中不逐一列出）：{list}", en: "Items not yet assessed in {shared} of {counties} counties ({n}, not listed row by row): {list}" },
  out_overview_common_pending_cell: { zh: "共同待评估项目 {n} 项（见说明）", en: "Common items: {n} (see notes)" },
  // A CV that cannot be computed, and why, as the county's 差异系数 sheet says 不可计算 (cvCaveats.ts).
  out_cv_too_few: { zh: "不可计算（有数值的学校（学段）不足 2 个）", en: "Cannot be computed (values for fewer than 2 school sections)" },
  out_caveat_stage_no_cv: { zh: "{stage}各项差异系数均不可计算（有数值的学校（学段）不足 2 个），未参与资源配置判定", en: "{stage}: no CV can be computed (values for fewer than 2 school sections), so none counts in the resource allocation verdict" },
  out_caveat_stage_no_cv_other: { zh: "{stage}各项差异系数均不可计算，未参与资源配置判定", en: "{stage}: no CV can be computed, so none counts in the resource allocation verdict" },
  out_caveat_stage_few_schools: { zh: "{stage}差异系数不可计算（仅 {n} 个学校（学段）），未参与资源配置判定", en: "{stage}: no CV can be computed (only {n} school sections), so none counts in the resource allocation verdict" },
  out_caveat_stage_few_schools_one: { zh: "{stage}差异系数不可计算（仅 {n} 个学校（学段）），未参与资源配置判定", en: "{stage}: no CV can be computed (only {n} school section), so none counts in the resource allocation verdict" },
  out_caveat_cv_few: { zh: "{stage} {indicators} 差异系数不可计算（有数值的学校（学段）不足 2 个），未参与资源配置判定", en: "{stage} {indicators}: CV cannot be computed (values for fewer than 2 school sections), so not counted in the resource allocation verdict" },
  out_caveat_cv_zero_mean: { zh: "{stage} {indicators} 差异系数不可计算（均值为 0），未参与资源配置判定", en: "{stage} {indicators}: CV cannot be computed (a mean of 0), so not counted in the resource allocation verdict" },
  out_caveat_cv_no_values: {
    zh: "{stage} {indicators} 差异系数不可计算（{n} 个学校（学段）均无该项数值，请核对是否缺少该列或数据），未参与资源配置判定",
    en: "{stage} {indicators}: CV cannot be computed (none of the {n} school sections has a value; check that the column and its values are there), so not counted in the resource allocation verdict",
  },
  // A no_values caveat whose column the reader refused whole for its unit (cvCaveats.ts): {cells} the header cells where the one error is.
  out_caveat_cv_unit_refused: {
    zh: "{stage} {indicators} 差异系数不可计算（该列单位存疑，未读取，见 {cells}），未参与资源配置判定",
    en: "{stage} {indicators}: CV cannot be computed (the column was not read, its unit being in doubt; see {cells}), so not counted in the resource allocation verdict",
  },
  out_overview_cv_missing: { zh: "{within}（{items}数据）", en: "{within} (school sections lacking data — {items})" },
  out_overview_cv_missing_item: { zh: "{code} 缺 {n} 校", en: "{code}: {n}" },
  out_overview_stage_missing_primary: { zh: "未读到小学学校（学段）", en: "no primary school section read" },
  out_overview_stage_missing_junior: { zh: "未读到初中学校（学段）", en: "no junior secondary school section read" },
  out_reasons_with_caveats: { zh: "{reasons}。另：{caveats}", en: "{reasons}. Also: {caveats:lower}" },
  // 汇总: the sections in scope that could not be evaluated (reason sections_not_evaluable), named when few, and where their 备注 say why.
  out_reason_unjudged_school: { zh: "{school}（{stage}）", en: "{school} ({stage:lower})" },
  out_reason_unjudged_named: { zh: "{schools}，见《{sheet}》表备注", en: "{schools}, see the notes on {sheet}" },
  out_reason_unjudged_count: { zh: "{n} 个，见《{sheet}》表备注", en: "{n} of them, see the notes on {sheet}" },
  out_reason_unjudged_see: { zh: "见《{sheet}》表备注", en: "see the notes on {sheet}" },
  // 政府保障与质量: an item judged from school rows with some part from the county's figures (G7 stage by stage).
  out_basis_school_and_county: { zh: "学校数据、县级填报", en: "School data and county figures" },
  // 政府保障与质量: the schools the profile's scope switches leave out of every school-data item (schoolRole.ts).
  out_scope_left_out: { zh: "未计入按学校数据判定的各项（G3–G6、G9、G12、Q4）：{schools}", en: "Left out of the items judged from school data (G3–G6, G9, G12, Q4): {schools}" },
  out_left_out_private: { zh: "{school}（民办学校不参评）", en: "{school} (private school, out of scope)" },
  // 政府保障与质量, after G6's rows, and 缺口测算's 说明: a 民办 school not judged on G6 (guarantee.funding.publicOnly).
  out_funding_exempt_left_out: { zh: "未按生均公用经费标准判断（G6）：{schools}", en: "Not judged on the per-student public-funding norm (G6): {schools}" },
  out_funding_exempt_private: { zh: "{school}（民办学校，不适用公办学校生均公用经费标准）", en: "{school} (private school: the norm is for public schools)" },
  // 缺口测算's 说明 of a school listed with no gap, only for how its public funding was reckoned (noGapNote).
  out_guarantee_no_gap: { zh: "本校各项均无缺口，列出以说明公用经费的核定", en: "No shortfall of any kind: listed to show how its public funding is reckoned" },
  out_guarantee_no_funding_gap: { zh: "公用经费无缺口，列出以说明其核定", en: "No public-funding shortfall: listed to show how that funding is reckoned" },
  out_funding_exempt_note: { zh: "民办学校，不适用公办学校生均公用经费标准，G6 不判断", en: "Private school: the per-student public-funding norm is for public schools, so G6 does not judge it" },
  out_left_out_not_county_run: { zh: "{school}（非县属学校不参评）", en: "{school} (not county-run, out of scope)" },
  // 缺口测算's 说明: the students a school's public funding was counted for, and the profile's small-school tiers in words.
  out_funding_funded: { zh: "公用经费按 {funded} 人核定（在校生 {students} 人）：{rule}", en: "Public funding: funded as {funded} students ({students} enrolled): {rule}" },
  out_funding_tiers_rule: { zh: "核定人数：{rule}", en: "Students funded: {rule}" },
  out_funding_tiers_rural: { zh: "农村学校、教学点{tiers}", en: "rural schools and teaching points {tiers}" },
  out_funding_tiers_all: { zh: "{tiers}", en: "schools {tiers}" },
  out_funding_tier_first: { zh: "不足{below}人按{funded}人核定", en: "under {below} students are funded as {funded}" },
  out_funding_tier_next: { zh: "{from}人及以上不足{below}人按{funded}人核定", en: "from {from} to under {below} as {funded}" },
  out_funding_tier_sep: { zh: "，", en: ", " },
  // A section out of scope raises no issues (its data count nowhere): its note names the indicator left blank and the fields it is computed from.
  out_reason_out_of_scope: {
    zh: "{school}（{stage}）指标 {indicator} 无法计算：其计算所需的数据（{fieldList}）缺失或不可用（{row}）；该校不在评估范围内，其数据未在“数据问题”表中检查",
    en: "{school} ({stage:lower}): {indicator} cannot be computed: a value it is computed from ({fieldList}) is missing or not usable ({row}); the school is out of scope, so its data are not checked in Data issues",
  },
  // 学校达标 备注: a value the reader refused at its cell (an error there says why), not a blank one (refusedReason.ts).
  // 学校达标's note for combined_whole_school_only (refusedReason.ts NOTE_WORDING): the statement without the advice, which 数据问题 gives once per issue; a section lacking L1–L3 would repeat it three times in one cell.
  out_reason_whole_school_only: {
    zh: "{school}（{stage}）：“{field}”只有全校数 {value}，没有分学段数，指标 {indicator} 无法计算（{row}；如何补充见“数据问题”表）",
    en: "{school} ({stage:lower}): {field} is given only for the whole school ({value}), not per stage, so {indicator} cannot be computed ({row}; see Data issues for what to add)",
  },
  out_reason_refused_numerator: {
    zh: "{school}（{stage}）{cell} 的“{field}”数值未被采用（见“数据问题”表），指标 {indicator} 无法计算（{row}）",
    en: "{school} ({stage:lower}): the value at {cell} for {field} was not used (see Data issues), so {indicator} cannot be computed ({row})",
  },
  // 学校达标 备注: a value in a column the reader refused whole for its unit, the one error at the header cell {header} (refusedReason.ts).
  out_reason_refused_column_numerator: {
    zh: "{school}（{stage}）的“{field}”一列单位存疑，未读取（见 {header} 及“数据问题”表），指标 {indicator} 无法计算（{row}）",
    en: "{school} ({stage:lower}): the {field:lower} column was not read, its unit being in doubt (see {header} and Data issues), so {indicator} cannot be computed ({row})",
  },
  out_reason_refused_students: {
    zh: "{school}（{stage}）{cell} 的在校生数未被采用（见“数据问题”表），该学段无法评估（{row}）",
    en: "{school} ({stage:lower}): the number of students at {cell} was not used (see Data issues); the section cannot be evaluated ({row})",
  },
  out_overview_counts_per_workbook: {
    zh: "数据错误、数据警告按工作簿计数：{files} 含多个县区，其各行重复同一工作簿的数字，合计时每个工作簿只计一次",
    en: "Data errors and warnings are counted per workbook. Each of these workbooks holds several counties, whose rows repeat its counts: {files}; count each workbook once when adding them up",
  },
};
