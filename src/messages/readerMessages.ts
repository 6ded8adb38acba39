import type { MessageTable } from "./types";

/**
 * Issues raised by the workbook reader (src/workbook/read) and the labels of its meta keys.
 * Common params: {header} the column's header as written, {text} the cell as written,
 * {sheet} a sheet name, {field} a FieldKey or meta key (shown by its field_ label).
 */
export const READER_MESSAGES: MessageTable = {
  field_name: { zh: "学校名称", en: "School name" },
  field_county: { zh: "县区", en: "County" },
  field_type: { zh: "办学类型", en: "School type" },
  field_stage: { zh: "学段", en: "Stage" },
  field_counted: { zh: "是否计校数", en: "Counted as a school" },
  field_private: { zh: "办学性质（民办）", en: "Private (民办)" },
  field_countyRun: { zh: "是否县属", en: "Run by the county" },
  field_rural: { zh: "城乡分类（乡村）", en: "Rural" },
  field_boarding: { zh: "是否寄宿制", en: "Boarding school" },
  field_builtYear: { zh: "建成年份", en: "Year built" },
  field_builtBy2016: { zh: "2016年及以前建成", en: "Built in 2016 or earlier" },
  field_builtBy2010: { zh: "2010年及以前建成", en: "Built in 2010 or earlier" },

  read_no_sheets: { zh: "工作簿中没有工作表", en: "The workbook has no sheets" },
  read_sheet_not_found: { zh: "找不到工作表“{sheet}”（现有：{sheets}）", en: "Sheet “{sheet}” not found (sheets: {sheets})" },
  read_no_header: {
    zh: "在工作表 {sheet} 中找不到学校数据的表头：缺少 {fieldList} 列。找到的表头为：{found}",
    en: "No school header found in {sheet}: the columns {fieldList} are missing. Headers found instead: {found}",
  },
  read_missing_columns: {
    zh: "工作表“{sheet}”的表头缺少必需的列：{fieldList}。找到的列为：{found}",
    en: "The header of “{sheet}” lacks required columns: {fieldList}. Columns found: {found}",
  },
  read_year_from_title: { zh: "评估年度按表格标题取 {year} 年（可用 --year 或任务窗格另行指定）", en: "Year {year} taken from the sheet's title (give another with --year or in the task pane)" },
  read_no_rows: { zh: "工作表“{sheet}”第 {headerRow} 行表头下没有学校数据行", en: "Sheet “{sheet}” has no school rows under its header (row {headerRow})" },
  read_other_school_sheets: {
    zh: "已读取工作表“{sheet}”；以下工作表也像学校数据表，未读取：{others}（可在选项中指定工作表）",
    en: "Read sheet “{sheet}”; these sheets also look like school sheets and were not read: {others} (choose a sheet in the options)",
  },
  read_columns_missing: {
    zh: "工作表“{sheet}”中没有找到以下列，相关指标将无法计算：{fieldList}",
    en: "Sheet “{sheet}” has no column for: {fieldList}; the indicators that need them cannot be computed",
  },
  read_unit_assumed: { zh: "第 {column} 列“{header}”未注明金额单位，按“元”读取", en: "Column {column} “{header}” states no money unit; read as yuan (元)" },
  read_duplicate_column: {
    zh: "第 {column} 列“{header}”与第 {first} 列含义相同，未使用",
    en: "Column {column} “{header}” means the same as column {first}; not used",
  },
  read_mapping_bad_column: { zh: "“{field}”指定的列 {column} 无效", en: "The column {column} given for {field} is not valid" },

  read_formula_error: { zh: "“{header}”的值是公式错误 {text}，该项未读取", en: "{header}: the cell holds a formula error {text}; not read" },
  read_not_a_number: { zh: "“{header}”的值“{text}”不是数字，该项未读取", en: "{header}: “{text}” is not a number; not read" },
  read_dash_as_zero: {
    zh: "“{header}”填写为“{text}”，按 0 读取（如实际缺数据，请留空或填入数字）",
    en: "{header}: “{text}” read as 0 (leave the cell blank or enter the number if the value is actually unknown)",
  },
  read_dash_as_missing: {
    zh: "“{header}”填写为“{text}”，按本表填表说明（{noteCell}）视为无数据，该项缺失",
    en: "{header}: “{text}” is read as no data (missing), as this sheet's note ({noteCell}) says",
  },
  read_no_data_notes_contradict: {
    zh: "本表填表说明相互矛盾：{noteCell} 说“{mark}”表示无数据，{otherCell} 说它表示没有（0）；“{mark}”仍按 0 读取，请核对说明",
    en: "This sheet's notes contradict each other: {noteCell} makes “{mark}” mean no data, {otherCell} makes it mean none (0); “{mark}” is still read as 0, please check the notes",
  },
  read_number_as_text: {
    zh: "“{header}”的数字以文本形式存储（“{text}”），已按 {value} 读取；Excel 的求和会忽略此类单元格",
    en: "{header}: the number is stored as text (“{text}”) and was read as {value}; Excel's SUM skips such cells",
  },
  read_indoor_unreadable: {
    zh: "“{header}”未能读取，室内体育用房面积不明：需要它的指标（L5，及规则扣除室内体育用房时的 L4）不计算",
    en: "{header} could not be read, so the indoor sports area is unknown: the indicators that need it (L5, and L4 when the rules deduct the indoor rooms) are not computed",
  },
  read_indoor_blank: {
    zh: "“{header}”为空，按没有室内体育用房处理（L4 不扣除，L5 不计室内体育用房）",
    en: "{header} is blank: read as no indoor sports rooms (nothing deducted from L4 or added to L5)",
  },
  read_negative: { zh: "“{header}”的值 {text} 为负数，该项未读取", en: "{header}: {text} is negative; not read" },
  read_exceeds_teachers: {
    zh: "“{field}”{value} 人多于专任教师数 {teachers} 人（{teachersCell}），该项未读取",
    en: "{field} ({value}) exceeds the full-time teachers ({teachers}, {teachersCell}); not read",
  },
  read_zero_students: { zh: "在校生数为 0：该学校（学段）不能计算生均指标", en: "0 students: per-student indicators cannot be computed for this school (section)" },
  read_type_unknown: {
    zh: "无法判断“{name}”的办学类型（{text}），按“其他”处理，不参与资源配置评估",
    en: "Cannot tell the type of “{name}” ({text}); treated as other, out of the resource evaluation",
  },
  read_county_blank: { zh: "“{name}”的县区为空", en: "“{name}” has no county" },
  read_flag_unreadable: { zh: "“{header}”的值“{text}”无法识别为是/否，已忽略", en: "{header}: “{text}” is not a recognisable yes / no; ignored" },
  read_standard_row: { zh: "第 {row} 行为标准（达标值）行，不作为学校读取", en: "Row {row} states standards; not read as a school" },
  read_row_no_name: { zh: "第 {row} 行有数据但没有学校名称，未读取", en: "Row {row} has numbers but no school name; not read" },
  read_hidden_rows_skipped: {
    zh: "工作表“{sheet}”有 {count} 个隐藏或筛选掉的学校行未读取：第 {rows} 行",
    en: "Hidden or filtered-out school rows of “{sheet}” not read ({count}): rows {rows}",
  },
  read_hidden_rows_included: {
    zh: "工作表“{sheet}”的 {count} 个隐藏或筛选掉的学校行已按要求读取：第 {rows} 行",
    en: "Hidden or filtered-out school rows of “{sheet}” read as asked ({count}): rows {rows}",
  },
  read_campus_merged: {
    zh: "“{name}”不计校数，数据已并入“{parent}”（{parentCell}）",
    en: "“{name}” is not counted as a school; its numbers were added to “{parent}” ({parentCell})",
  },
  read_campus_orphan: {
    zh: "“{name}”标为不计校数，但找不到所属学校，按独立学校读取",
    en: "“{name}” is marked not counted, but no parent school was found; read as a school of its own",
  },
  read_duplicate_school: {
    zh: "“{name}”与 {first} 重复（同县区、同名、同学段），此行未读取",
    en: "“{name}” duplicates {first} (same county, name and stage); this row was not read",
  },

  read_figure_unknown_item: { zh: "无法识别县级指标项目“{item}”，未读取", en: "County item “{item}” is not recognised; not read" },
  read_figure_bad_value: { zh: "县级指标“{item}”的值“{text}”无法读取（应为{unit}）", en: "County item “{item}”: “{text}” cannot be read (expected {unit})" },
  read_rule_unknown_path: { zh: "规则表中的设置项“{path}”不存在，已忽略", en: "Rule setting “{path}” does not exist; ignored" },
  read_rule_bad_value: { zh: "规则“{path}”的值“{text}”类型不对（应为 {expected}），已忽略", en: "Rule “{path}”: “{text}” is of the wrong kind (expected {expected}); ignored" },
  read_rule_invalid: { zh: "规则“{path}”的值不被接受，已忽略：{message}", en: "Rule “{path}”: the value is not accepted and was ignored: {message}" },
  read_heading_row: {
    zh: "“{text}”是分组标题行（有序号、在括号中或只写学段，且无数字），已跳过",
    en: "“{text}” is a block heading (numbered, in brackets or a bare stage, with no numbers on the row); skipped",
  },
};
