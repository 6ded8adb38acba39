import type { MessageTable } from "./types";

/** Texts of the Excel add-in: the task pane, the ribbon command, and host capability notes. */
export const ADDIN_MESSAGES: MessageTable = {
  addin_title: { zh: "义务教育优质均衡评估", en: "Quality-balance evaluation" },
  addin_subtitle: { zh: "县域义务教育优质均衡发展督导评估", en: "County evaluation of quality-balanced compulsory education" },
  addin_step_data: { zh: "1. 数据区域", en: "1. Data range" },
  addin_step_mapping: { zh: "2. 列对应关系", en: "2. Column mapping" },
  addin_step_rules: { zh: "3. 规则与年度", en: "3. Rules and year" },
  addin_sheet: { zh: "工作表", en: "Sheet" },
  addin_range: { zh: "区域", en: "Range" },
  addin_use_selection: { zh: "使用当前选区", en: "Use selection" },
  addin_use_used_range: { zh: "使用整张表", en: "Use whole sheet" },
  addin_range_from_selection: { zh: "已采用当前选区（首行为表头）。", en: "Using the current selection (its first row is a header)." },
  addin_range_from_used: { zh: "已采用当前工作表的已用区域。", en: "Using the used range of the active sheet." },
  // 使用当前选区 on one cell, or on cells whose first row is no header: why the whole sheet was read instead, and the range read (refusedHint).
  addin_range_selection_one_cell: {
    zh: "选区只有一个单元格，已改用工作表“{sheet}”的整张表：读取 {range}。",
    en: "The selection is a single cell, so the whole sheet “{sheet}” is used instead: {range} is read.",
  },
  addin_range_selection_no_header: {
    zh: "选区的首行不是表头，已改用工作表“{sheet}”的整张表：读取 {range}。",
    en: "The selection's first row is not a header, so the whole sheet “{sheet}” is used instead: {range} is read.",
  },
  // 使用整张表: the sheet chosen in the 工作表 list, which the button sits under (not Excel's active sheet).
  addin_range_whole_sheet: { zh: "已采用工作表“{sheet}”的整张表（已用区域）。", en: "Using the whole used range of the sheet “{sheet}”." },
  addin_sheet_reader_choice: {
    zh: "自动：读取表头含学校名称和在校生数的工作表（小学、初中分表时一并读取，有多个年度时取最新年度）；如需其他工作表，请在“工作表”中选择。",
    en: "Automatic: the sheets whose header has the school name and the number of students are read (primary and junior sheets together; the latest year when there are several); to read another, choose it under Sheet.",
  },
  // The 工作表 list's first entry: no sheet chosen, the reader chooses the school sheet(s) as the CLI does without --sheet (pickSchoolSheets: a header with name and students), said in the user's terms.
  addin_sheet_automatic: { zh: "自动（按学校名称、在校生数表头选表）", en: "Automatic (by school name, students)" },
  // A column fix made under 自动 narrows reading to the sheet shown (pane.ts narrowedHint); {sheetList}: the other school sheets read until then.
  addin_fix_narrows_sheet: {
    zh: "列的更正只适用于工作表“{sheet}”：现在只读取该表，不再读取{sheetList}。如需一并评估，请点击“恢复自动识别”（更正随之撤销）。",
    en: "A column fix applies to the sheet “{sheet}” only: only that sheet is read now, no longer {sheetList}. To evaluate them together, click Recognise columns again (which undoes the fixes).",
  },
  addin_sheet_figures_group: { zh: "县级指标表（非学校数据）", en: "County figures sheets (not school data)" },
  addin_sheet_reader_choice_year: {
    zh: "自动：读取 {year} 年表头含学校名称和在校生数的工作表（小学、初中分表时一并读取）；如需其他工作表，请在“工作表”中选择。",
    en: "Automatic: the {year} sheets whose header has the school name and the number of students are read (primary and junior sheets together); to read another, choose it under Sheet.",
  },
  // addin_mapping_read's {range} when the school records came from several sheets (小学 and 初中): the first sheet's extent, then the others.
  addin_mapping_range_and_sheets: { zh: "{range} 及{others}", en: "{range} and {others}" },
  addin_sheet_newer_year_exists: {
    zh: "已按所选读取工作表“{sheet}”（{year} 年的数据）；工作簿中还有更晚的 {latest} 年学校数据表“{newer}”，未读取（如需评估最新年度，请在“工作表”中选择它）",
    en: "Read the sheet “{sheet}” as chosen ({year} data); the workbook also has a later school sheet, “{newer}” ({latest}), which was not read (to evaluate the latest year, choose it under Sheet)",
  },
  addin_sheet_other_school_sheets: {
    zh: "已按所选读取工作表“{sheet}”；工作簿中还有其他学校数据表（{others}），未读取（如需评估其他表，请在“工作表”中选择）",
    en: "Read the sheet “{sheet}” as chosen; the workbook also has other school sheets ({others}), which were not read (to evaluate another, choose it under Sheet)",
  },
  // Reads the workbook again, sheets and columns (pane.ts refresh): after the user changed the sheets; 识别列 named only the columns.
  addin_detect: { zh: "重新读取工作簿", en: "Re-read workbook" },
  addin_detecting: { zh: "正在识别表头…", en: "Recognising the header…" },
  addin_mapping_reset: { zh: "恢复自动识别", en: "Recognise columns again" },
  addin_mapping_reset_hint: { zh: "撤销对各列的手动指定", en: "undo the fields you chose for columns" },
  addin_mapping_hint: { zh: "请核对每列识别为的字段，有误时点击该字段更正。", en: "Check the field each column was recognised as; click a field to correct it." },
  // Above the mapping table: opens every row's field and stage lists, or closes them all again (mappingPanel toggleAll).
  addin_mapping_open_all: { zh: "全部展开更正", en: "Open all to correct" },
  addin_mapping_close_all: { zh: "收起", en: "Close all" },
  // A row's role, shown as a button that opens the row's lists: its accessible name says the column, its header, that it edits, and the role now (_bare: no header text).
  addin_mapping_edit_name: { zh: "更改 {column} 列“{header}”的字段，当前：{role}", en: "Change the field of column {column} “{header}”, now: {role}" },
  addin_mapping_edit_name_bare: { zh: "更改 {column} 列的字段，当前：{role}", en: "Change the field of column {column}, now: {role}" },
  addin_mapping_column: { zh: "列", en: "Column" },
  addin_mapping_header: { zh: "表头", en: "Header" },
  // The one heading over both lists of a row: the field, and beside it the stage it is of (（不分学段）, 小学, 初中).
  addin_mapping_field: { zh: "字段 / 学段", en: "Field / stage" },
  addin_mapping_ignore: { zh: "（不使用）", en: "(not used)" },
  addin_mapping_missing: { zh: "未找到：{fieldList}", en: "Not found: {fieldList}" },
  // A field not found whose name a column's header is close to (the reader's read_column_near_field, said after 评估 with its cell): said under the table before 评估, with the pane's own way to map it.
  addin_mapping_missing_near: {
    zh: "未找到：{fieldList}（{column} 列“{header}”与之相近，可在上表中把 {column} 列设为该项）",
    en: "Not found: {fieldList} (column {column}, “{header}”, is close to it: set column {column} to it in the table above)",
  },
  // The same, where the close header is of a part the field is given by (运动场地面积 for 体育运动场馆面积): the part named.
  addin_mapping_missing_near_part: {
    zh: "未找到：{fieldList}（{column} 列“{header}”与{field}相近，可在上表中把 {column} 列设为{field}）",
    en: "Not found: {fieldList} (column {column}, “{header}”, is close to {field:lower}: set column {column} to {field:lower} in the table above)",
  },
  // The button after addin_mapping_missing_near: gives the column that role at once, as choosing it in the table does.
  addin_mapping_use_near: { zh: "使用 {column} 列", en: "Use column {column}" },
  // {header} is a row or a span of rows (addin_row_span): "header row 2–3" reads either way.
  addin_mapping_read: { zh: "已读取 {range}：表头在第 {header} 行，学校 {count} 条。", en: "Read {range}: header row {header}, {count} school rows." },
  addin_mapping_read_one: { zh: "已读取 {range}：表头在第 {header} 行，学校 {count} 条。", en: "Read {range}: header row {header}, {count} school row." },
  // addin_mapping_read with the school rows the reader left out (rowsNotReadText), listed with the data issues once evaluated; one sentence after the other, as each language writes it.
  addin_mapping_read_not_read: {
    zh: "已读取 {range}：表头在第 {header} 行，学校 {count} 条。{rows}。",
    en: "Read {range}: header row {header}, {count} school rows. {rows}.",
  },
  addin_mapping_read_not_read_one: {
    zh: "已读取 {range}：表头在第 {header} 行，学校 {count} 条。{rows}。",
    en: "Read {range}: header row {header}, {count} school row. {rows}.",
  },
  addin_row_span: { zh: "{first}–{last}", en: "{first}–{last}" },
  addin_mapping_stage_none: { zh: "（不分学段）", en: "(all stages)" },
  // Under a header stating its unit: the values are read in that unit and converted (×10000 alone reads as the values multiplied, wrongly).
  addin_mapping_unit_stated: { zh: "按{unit}读取（×{factor}）", en: "read in {unit} (×{factor})" },
  addin_mapping_unit_factor: { zh: "×{factor}", en: "×{factor}" },
  // Accessible names of a mapping row's two lists (aria-label), so that a screen reader says which column each belongs to; _bare for a column without header text.
  addin_mapping_field_name: { zh: "{column} 列“{header}”的字段", en: "Field of column {column} “{header}”" },
  addin_mapping_field_name_bare: { zh: "{column} 列的字段", en: "Field of column {column}" },
  addin_mapping_stage_name: { zh: "{column} 列“{header}”的学段", en: "Stage of column {column} “{header}”" },
  addin_mapping_stage_name_bare: { zh: "{column} 列的学段", en: "Stage of column {column}" },
  // A part's option in the field list: the part first, so that two parts of one field differ in the few characters a narrow list shows.
  addin_mapping_part_option: { zh: "{part}（{fieldLabel}）", en: "{part} ({fieldLabel})" },
  // A link shown only on keyboard focus, before the mapping table, past its many lists to section 3 and 评估.
  addin_skip_mapping: { zh: "跳过列表，转到规则与评估", en: "Skip the column list: go to rules and Evaluate" },
  addin_mapping_fix_shadowed: {
    zh: "{column} 列设为“{field}”，但同一字段的 {other} 列优先读取（某学段自己的列先于不分学段的列，总数先于分项），{column} 列在那里不被使用；如应读 {column} 列，请把 {other} 列设为“（不使用）”",
    en: "Column {column} is set to {field}, but column {other} of the same field is read first (a stage's own column before one for all stages, a total before its parts), so {column} is not used there; if {column} is the one to read, set {other} to (not used)",
  },
  // A correction whose column's header changed (a column inserted before it), held, not applied, until the user moves or discards it (heldFixes.ts); {role}: what it set the column to, {where}: addin_held_fix_found or _lost.
  addin_held_fix: {
    zh: "{column} 列的表头已由“{was}”变为“{now}”（工作表已被修改），为原表头所做的列更正（{column} 列设为“{role}”）未予使用；{where}",
    en: "The header of column {column} changed from “{was}” to “{now}” (the sheet was edited); the fix made for the old header (column {column} set to “{role}”) is not applied; {where:lower}",
  },
  addin_held_fix_saved: {
    zh: "{column} 列的表头已由“{was}”变为“{now}”，保存的列更正（{column} 列设为“{role}”）是为原表头设置的，未予使用；{where}",
    en: "The header of column {column} changed from “{was}” to “{now}”; the saved column fix (column {column} set to “{role}”) was made for the old header and is not applied; {where:lower}",
  },
  addin_held_fix_found: { zh: "该表头现在在 {to} 列。", en: "That header is now in column {to}." },
  addin_held_fix_lost: { zh: "工作表中已找不到该表头，请在“列对应关系”中重新选择。", en: "No column of the sheet holds that header now: choose again in the column mapping." },
  addin_held_fix_move: { zh: "移到 {to} 列", en: "Move it to column {to}" },
  addin_held_fix_drop: { zh: "放弃该更正", en: "Discard it" },
  addin_saved_fix_column_changed: {
    zh: "{column} 列的表头已由“{was}”变为“{now}”，保存的列更正是为原表头设置的，未予使用，工作表中已找不到原表头",
    en: "The header of column {column} changed from “{was}” to “{now}”; the saved column fix was made for the old header and is not applied, and no column holds that header now",
  },
  addin_saved_fix_column_changed_to: {
    zh: "{column} 列的表头已由“{was}”变为“{now}”，保存的列更正是为原表头设置的，未予使用；原表头现在在 {to} 列",
    en: "The header of column {column} changed from “{was}” to “{now}”; the saved column fix was made for the old header and is not applied; that header is now in column {to}",
  },
  addin_field_part: { zh: "{field}：{part}", en: "{field}: {part:lower}" },
  addin_part_associateUp: { zh: "专科及以上", en: "Associate degree or above" },
  addin_part_bachelorUp: { zh: "本科及以上", en: "Bachelor's degree or above" },
  addin_part_graduate: { zh: "研究生", en: "Graduate degree" },
  addin_part_bachelor: { zh: "本科", en: "Bachelor's degree" },
  addin_part_associate: { zh: "专科", en: "Associate degree" },
  addin_part_levelNational: { zh: "国家级", en: "National level" },
  addin_part_levelProvince: { zh: "省级", en: "Provincial level" },
  addin_part_levelCity: { zh: "市级", en: "City level" },
  addin_part_levelCounty: { zh: "县级", en: "County level" },
  addin_part_levelProvinceCity: { zh: "省市级", en: "Provincial and city level" },
  addin_part_levelProvinceUp: { zh: "省级及以上", en: "Provincial level or above" },
  addin_part_levelCityUp: { zh: "市级及以上", en: "City level or above" },
  addin_part_pe: { zh: "体育", en: "PE" },
  addin_part_music: { zh: "音乐", en: "Music" },
  addin_part_art: { zh: "美术", en: "Art" },
  addin_part_arts: { zh: "艺术（音乐、美术）", en: "Arts (music and art)" },
  addin_part_musicArt: { zh: "音乐美术合计", en: "Music and art together" },
  // A range past the sheet's edge (A1:XFE10: XFE typed for XE), refused as the CLI's --range is: Excel would refuse it too, deep in a read.
  addin_range_column_beyond: { zh: "“{range}”超出了工作表的最后一列 XFD，请检查列字母", en: "“{range}” reaches past the sheet's last column, XFD: check the column letters" },
  addin_range_row_beyond: { zh: "“{range}”超出了工作表的最后一行 1048576，请检查行号", en: "“{range}” reaches past the sheet's last row, 1048576: check the row numbers" },
  addin_range_invalid: { zh: "“{range}”不是有效的单元格区域（应为 A1:K40 这样的形式）", en: "“{range}” is not a valid cell range (write it like A1:K40)" },
  addin_range_not_data_sheet: {
    zh: "当前工作表“{sheet}”不是数据表（例如评估结果表），数据区域未更改。",
    en: "The active sheet “{sheet}” is not a data sheet (e.g. a result sheet); the data range is unchanged.",
  },
  addin_range_active_not_school: {
    zh: "当前工作表“{sheet}”中没有学校数据表，已改为读取工作表“{found}”。",
    en: "The active sheet “{sheet}” holds no school table; reading the sheet “{found}” instead.",
  },
  addin_saved_sheet_not_school: {
    zh: "保存的设置使用工作表“{sheet}”，其中没有学校数据表，已改为读取工作表“{found}”。",
    en: "The saved settings use the sheet “{sheet}”, which holds no school table; reading the sheet “{found}” instead.",
  },
  // read_no_header as the pane says it (forPane), after “无法读取学校数据：”: what the sheet is, then what to do, rather than the reader's paragraph.
  // read_no_header as the pane says it: several sheets ({sheetList}), or one (`_one`).
  addin_no_school_table: {
    zh: "工作表{sheetList}中都没有学校数据表（“{sheet}”第 {foundRow} 行为 {found}，其中没有 {fieldList} 列）。请在上方“工作表”中选择学校数据所在的工作表。",
    en: "The sheets {sheetList} hold no school table. Row {foundRow} of “{sheet}” ({found}) names none the reader takes for {fieldList}; it looks for the Chinese headers of the statistics forms, such as 学校名称 and 在校生数. Choose the school sheet under Sheet above.",
  },
  addin_no_school_table_one: {
    zh: "工作表“{sheet}”中没有学校数据表（第 {foundRow} 行为 {found}，其中没有 {fieldList} 列）。请在上方“工作表”中选择学校数据所在的工作表。",
    en: "The sheet “{sheet}” holds no school table. Its row {foundRow} ({found}) names none the reader takes for {fieldList}; it looks for the Chinese headers of the statistics forms, such as 学校名称 and 在校生数. Choose the school sheet under Sheet above.",
  },
  // read_sheets_empty as the pane says it (forPane): what a school table needs, which an empty workbook's user has yet to make.
  addin_sheets_empty: {
    zh: "工作表{sheetList}都是空的。学校数据表需要一行表头，至少含“学校名称”和“在校生数”两列，其下每所学校一行：请填入数据，或在上方“工作表”中选择学校数据所在的工作表。",
    en: "The sheets {sheetList} are empty. A school table needs a header row with at least 学校名称 (school name) and 在校生数 (students), and one row per school under it: enter the data, or choose the school sheet under Sheet above.",
  },
  addin_sheets_empty_one: {
    zh: "工作表“{sheet}”是空的。学校数据表需要一行表头，至少含“学校名称”和“在校生数”两列，其下每所学校一行：请填入数据，或在上方“工作表”中选择学校数据所在的工作表。",
    en: "The sheet “{sheet}” is empty. A school table needs a header row with at least 学校名称 (school name) and 在校生数 (students), and one row per school under it: enter the data, or choose the school sheet under Sheet above.",
  },
  // The reading problem shown under the mapping (detect): not an evaluation's result.
  // The sheet the pane read is gone (renamed or deleted in the grid): the 工作表 list, refreshed, shows the sheets as they are now.
  // A range typed with a sheet the workbook does not have (不存在!A1:B2): a typo, not a sheet renamed since the list was filled.
  addin_range_sheet_unknown: {
    zh: "没有名为“{sheet}”的工作表（现有：{sheetList}），区域未更改；请检查工作表名称，或在上方“工作表”中选择。",
    en: "There is no sheet named “{sheet}” (the sheets are: {sheetList}); the range was not changed. Check the sheet's name, or choose the sheet in the Sheet list above.",
  },
  addin_sheet_gone_relisted: {
    zh: "工作表“{sheet}”已不存在（可能已改名或删除），上方“工作表”列表已更新：请选择学校数据所在的工作表，再点“评估”。",
    en: "The sheet “{sheet}” is no longer there (it may have been renamed or deleted); the Sheet list above has been refreshed: choose the school sheet in it, then click “Evaluate”.",
  },
  // A typed range or a selection below its sheet's school header (draftReader.ts sheetHeaderAbove): the sheet has a school table, the range left its header out.
  // The pane opened on a selection of school rows without their header (readShown): the whole sheet read instead, and how to read only some schools.
  addin_selection_without_header: {
    zh: "打开时的选区 {range} 不含表头，已改为读取工作表“{sheet}”的整张表；如只评估所选的学校，请点“使用当前选区”。",
    en: "The selection the pane opened on, {range}, leaves out the header, so the whole sheet “{sheet}” is read instead; to evaluate only the schools selected, click “Use selection”.",
  },
  // School rows selected without their header, read under the header above them (read_range_header_above).
  addin_range_header_above: { zh: "已使用第 {headerRows} 行的表头（{header}）读取所选的 {count} 行（{range}）。", en: "The {count} rows selected ({range}) are read under the header {header} (header rows: {headerRows})." },
  addin_range_header_above_one: { zh: "已使用第 {headerRows} 行的表头（{header}）读取所选的 {count} 行（{range}）。", en: "The {count} row selected ({range}) is read under the header {header} (header rows: {headerRows})." },
  addin_range_without_header: {
    zh: "所选区域 {range} 不含表头：工作表“{sheet}”中学校数据的表头在第 {row} 行（{header}）。请把表头行包括在区域内，或点“使用整张表”。",
    en: "The range {range} leaves out the header: the school table on the sheet “{sheet}” has its header in row {row} ({header}). Include the header row in the range, or click “Use whole sheet”.",
  },
  addin_read_problem: { zh: "无法读取学校数据：{reason}", en: "Cannot read the school data: {reason:lower}" },
  // read_missing_columns as the pane says it (forPane): the table above shows the header, so the field missing and where to choose it, not every header found.
  addin_missing_columns: {
    zh: "未识别出必需的列：{fieldList}。请在上表中逐项找到存放该数据的列（未识别的列已展开），在该列的“字段”下拉框中选择它。",
    en: "No column was recognised for {fieldList} (required): in the table above, find the column that holds each (the columns not recognised are open) and choose it in that column's Field list.",
  },
  // One field missing (params.count 1, set by forPane): the choice named as the Field list shows it.
  addin_missing_columns_one: {
    zh: "未识别出必需的列：{fieldList}。请在上表中找到存放该数据的列（未识别的列已展开），在其“字段”下拉框中选择“{fieldList}”。",
    en: "No column was recognised as {fieldList}, which is required: in the table above, find the column that holds it (the columns not recognised are open) and choose {fieldList} in its Field list.",
  },
  addin_mapping_header_found: { zh: "找到表头 {range}，但未能读取学校数据。", en: "Header found at {range}, but the school data could not be read." },
  // A header without a required column (extentText's `lacking`), said above the table, where the user starts reading; the line under it says what to do.
  addin_mapping_header_lacks: {
    zh: "找到表头 {range}，但其中没有识别出必需的列：{fieldList}，未能读取学校数据（见表下说明）。",
    en: "Header found at {range}, but no column of it was recognised as {fieldList}, which is required: the school data could not be read (see under the table).",
  },
  addin_mapping_nothing_read: { zh: "未读取任何数据。", en: "Nothing was read." },
  addin_sheets_not_read: { zh: "规则表、县级指标表：读取学校数据后再查找。", en: "Rule sheet and county figures sheet: looked for once the school data reads." },
  addin_mapping_required_unset: {
    zh: "{column} 列“{header}”已设为“（不使用）”，但{field}是必需的列：请把 {column} 列设回“{field}”，或为另一列选择“{field}”。",
    en: "Column {column} (“{header}”) was set to (not used), but {field} is a required column: set column {column} back to {field}, or choose {field} for another column.",
  },
  addin_mapping_required_moved: {
    zh: "{column} 列“{header}”已设为“{now}”，但{field}是必需的列：请把 {column} 列设回“{field}”，或为另一列选择“{field}”。",
    en: "Column {column} (“{header}”) was set to {now}, but {field} is a required column: set column {column} back to {field}, or choose {field} for another column.",
  },
  addin_mapping_taken: {
    zh: "{column} 列“{header}”原为“{was}”，现为“{now}”。",
    en: "Column {column} (“{header}”) was {was} and is now {now}.",
  },
  addin_role_stage: { zh: "{role}（{stage}）", en: "{role} ({stage})" },
  // The column table's button: the stage first, kept when a long label is cut to two lines (mappingTable.ts buttonRole).
  addin_role_stage_first: { zh: "{stage} · {role}", en: "{stage} · {role}" },
  addin_saved_sheet_missing: {
    zh: "保存的设置使用工作表“{sheet}”，该表已不存在（可能已改名），请核对所选工作表。",
    en: "The saved settings use the sheet “{sheet}”, which no longer exists (renamed?); check the sheet chosen.",
  },
  addin_saved_profile_unknown: {
    zh: "保存的设置使用评估规则“{profile}”，本版本没有该规则；请在“评估设置”中选择评估规则后再评估。",
    en: "The saved settings use the rule profile “{profile}”, which this version does not have; choose a profile in the Evaluation pane (评估设置), then evaluate.",
  },
  addin_profile: { zh: "评估规则", en: "Rule profile" },
  addin_year: { zh: "评估年度", en: "Year" },
  // The year list's first entry (ruleLists.ts): the year of the sheet's title; without one, the profile's latest target year, named (none when the profile sets no targets).
  addin_year_latest: { zh: "按表格标题", en: "From the sheet title" },
  addin_year_latest_target: { zh: "按表格标题（无则按 {year} 年目标）", en: "From the sheet title (else the {year} target)" },
  addin_rule_sheet: { zh: "规则表：{sheet}", en: "Rule sheet: {sheet}" },
  // The rule sheet's entries 评估 will not apply (unreadable, or refused by the profile chosen), said before evaluating, by their cells.
  addin_rule_sheet_entries_unused: {
    zh: "规则表：{sheet}（{count} 项设置不采用：{cells}；评估后列入“数据问题”）",
    en: "Rule sheet: {sheet} ({count} entries not applied: {cells}; listed in Data issues once evaluated)",
  },
  addin_rule_sheet_entries_unused_one: {
    zh: "规则表：{sheet}（{count} 项设置不采用：{cells}；评估后列入“数据问题”）",
    en: "Rule sheet: {sheet} ({count} entry not applied: {cells}; listed in Data issues once evaluated)",
  },
  addin_rule_rows_more: { zh: " 等", en: " and more" },
  addin_rule_sheet_unusable: {
    zh: "规则表：{sheet}（所选评估规则无法采用此表，评估时将说明原因）",
    en: "Rule sheet: {sheet} (the chosen profile cannot take this sheet; evaluating says why)",
  },
  addin_figures_sheet: { zh: "县级指标表：{sheet}", en: "County figures sheet: {sheet}" },
  addin_no_rule_sheet: { zh: "未找到规则表（使用所选规则）", en: "No rule sheet (the chosen profile applies)" },
  addin_figures_sheet_other_year: {
    zh: "县级指标表不是所选评估年度的，未采用：{sheet}（政府保障与质量部分项目待评估）",
    en: "County figures of another year than the one chosen, not used: {sheet} (some guarantee and quality items are not yet assessed)",
  },
  addin_no_figures_sheet: { zh: "未找到县级指标表（政府保障与质量部分项目待评估）", en: "No county figures sheet (some guarantee and quality items are not yet assessed)" },
  addin_evaluate: { zh: "评估", en: "Evaluate" },
  addin_progress_reading: { zh: "正在读取数据…", en: "Reading the data…" },
  addin_progress_evaluating: { zh: "正在计算…", en: "Evaluating…" },
  addin_progress_writing: { zh: "正在写入结果工作表…", en: "Writing the result sheets…" },
  addin_progress_done: { zh: "完成：已写入 {count} 张结果工作表。", en: "Done: {count} result sheets written." },
  // The same when the write replaced result sheets of an earlier run (SheetsWritten.replaced), counted by {replaced} (doneLine.ts).
  addin_progress_done_replaced: {
    zh: "完成：已写入 {count} 张结果工作表，已替换上次评估的 {replaced} 张结果表。",
    en: "Done: {count} result sheets written; they replaced the {replaced} result sheets of the last evaluation.",
  },
  addin_progress_done_replaced_one: {
    zh: "完成：已写入 {count} 张结果工作表，已替换上次评估的 {replaced} 张结果表。",
    en: "Done: {count} result sheets written; they replaced the {replaced} result sheet of the last evaluation.",
  },
  // Said after either closing line when earlier results the user renamed were kept, not updated (doneLine.ts): {pairs} of addin_done_renamed_pair.
  // Renamed or copied (Excel's copy, 汇总 (2), carries the marker too), and of any earlier run, not only the last: said on every run that keeps them.
  addin_done_renamed_kept: {
    zh: "您改过名或复制的早先结果表已保留，未随本次评估更新：{pairs}。",
    en: "The earlier result sheets you renamed or copied were kept and not updated: {pairs}.",
  },
  addin_done_renamed_kept_one: {
    zh: "您改过名或复制的早先结果表已保留，未随本次评估更新：{pairs}。",
    en: "The earlier result sheet you renamed or copied was kept and not updated: {pairs}.",
  },
  // One kept sheet ({kept}) with the sheet of its role this evaluation wrote ({name}).
  addin_done_renamed_pair: { zh: "“{kept}”（本次结果见“{name}”）", en: "“{kept}” (this evaluation's is “{name}”)" },
  addin_excel_busy: {
    zh: "Excel 正忙，或仍在编辑单元格：如正在编辑，请按 Enter 或 Esc 结束编辑；评估会在 Excel 空闲后继续。",
    en: "Excel is busy, or a cell is still being edited: if you are editing a cell, press Enter or Esc to finish; the evaluation goes on once Excel is free.",
  },
  addin_excel_busy_detect: {
    zh: "Excel 正忙，或仍在编辑单元格：如正在编辑，请按 Enter 或 Esc 结束编辑；识别会在 Excel 空闲后继续。",
    en: "Excel is busy, or a cell is still being edited: if you are editing a cell, press Enter or Esc to finish; the recognition goes on once Excel is free.",
  },
  addin_write_queued: {
    zh: "正在等待上一次评估（例如从功能区点击的“评估”）写完结果工作表；写完后即写入本次结果。如仍在编辑单元格，请按 Enter 或 Esc 结束编辑。",
    en: "Waiting for an earlier evaluation (such as one started from the ribbon) to finish writing its result sheets; this evaluation's results are written as soon as it has. If you are editing a cell, press Enter or Esc to finish.",
  },
  addin_result: { zh: "评估结果", en: "Result" },
  addin_county: { zh: "县区：{county}", en: "County: {county}" },
  addin_county_all: { zh: "全县", en: "The county" },
  addin_areas_met: { zh: "达标领域", en: "Areas met" },
  addin_areas_met_value: { zh: "{met} / {total} 达标", en: "{met} / {total} met" },
  addin_areas_not_met: { zh: "未达标：{areaList}", en: "not met: {areaList:lowerItems}" },
  addin_areas_pending: { zh: "待评估：{areaList}", en: "not yet assessed: {areaList:lowerItems}" },
  // One line per area not met or pending, with its reasons in short (areaReasonsShort); 汇总's 说明 says them at length.
  addin_area_not_met_why: { zh: "未达标：{area}（{reasons}）", en: "Not met: {area:lower} ({reasons})" },
  addin_area_pending_why: { zh: "待评估：{area}（{reasons}）", en: "Not yet assessed: {area:lower} ({reasons})" },
  addin_schools_passing: { zh: "达标学校（学段）", en: "School sections passing" },
  // Under the tiles: the sections read but out of scope, which 33 / 37 leaves out without a word (39 read); by reason in the schools sheet's words (scope_…), a few names each (renderResult.ts leftOutLine).
  addin_left_out: {
    zh: "另有 {count} 个学校（学段）未计入，见工作表“{sheet}”：{groups}",
    en: "{count} school sections not counted (see the sheet {sheet}): {groups}",
  },
  addin_left_out_one: {
    zh: "另有 {count} 个学校（学段）未计入，见工作表“{sheet}”：{groups}",
    en: "{count} school section not counted (see the sheet {sheet}): {groups}",
  },
  addin_left_out_group: { zh: "{names}（{reason}）", en: "{names} ({reason})" },
  addin_schools_passing_value: { zh: "{passing} / {evaluated}（{share}）", en: "{passing} / {evaluated} ({share})" },
  addin_target: { zh: "目标 {year} 年 {share}", en: "Target {year}: {share}" },
  // Beside the target, with sections not judged (the tile's value is then the range the share lies in).
  addin_unjudged: { zh: "；已判定 {evaluated} 个，其中 {passing} 个达标；另有 {unjudged} 个无法评估", en: "; {passing} of the {evaluated} judged pass; {unjudged} more could not be evaluated" },
  addin_no_target: { zh: "规则未设年度目标", en: "No yearly target in the profile" },
  addin_no_target_year: { zh: "规则未设{year}年的年度目标", en: "No target for {year} in the profile" },
  addin_no_students: { zh: "；另有 {n} 个在校生数为 0，不计入", en: "; {n} more with no students, not counted" },
  // The schools tile when failing sections are a reason 资源配置 is not met: not neutral beside it.
  addin_failing_fail_resources: { zh: "{n} 个未达标，资源配置因此未达标", en: "{n} fail, so resource allocation is not met" },
  addin_failing_fail_resources_one: { zh: "{n} 个未达标，资源配置因此未达标", en: "{n} fails, so resource allocation is not met" },
  // The schools tile's value with no section judged (0.0% 至 100.0% would read as 0%), and with fewer judged than not (the count first).
  addin_share_unjudgeable: { zh: "无法判定（{n} 个无法评估）", en: "Not judged ({n} could not be evaluated)" },
  addin_share_few: { zh: "已判定 {evaluated} / {inScope}：{range}", en: "{evaluated} of {inScope} judged: {range}" },
  addin_cv_over: { zh: "差异系数超限", en: "CVs over the limit" },
  addin_cv_over_none: { zh: "无", en: "None" },
  // With some coefficients undefined: none over among those computed is not "none over".
  addin_cv_over_none_computed: { zh: "已算出的均未超限", en: "None over among those computed" },
  addin_cv_undefined: { zh: "{count} 项不可计算（有数值的学校（学段）不足 2 个，或数值均为 0）", en: "{count} cannot be computed (values for fewer than 2 school sections, or all 0)" },
  addin_cv_partial: { zh: "{count} 项缺少部分学校的数值，仅按有数值的学校计算", en: "{count} computed without some schools, whose values are missing" },
  addin_cv_over_item: { zh: "{stage} {code}：{cv}（限 {limit}）", en: "{stage} {code}: {cv} (limit {limit})" },
  addin_recognised_yes: { zh: "达到优质均衡", en: "Recognised as quality-balanced" },
  addin_recognised_no: { zh: "未达到优质均衡", en: "Not recognised as quality-balanced" },
  addin_recognised_pending: { zh: "尚有项目待评估", en: "Some items not yet assessed" },
  addin_sheets: { zh: "结果工作表", en: "Result sheets" },
  addin_issues: { zh: "数据问题（{counts}）", en: "Data issues ({counts})" },
  addin_issues_none: { zh: "未发现数据问题。", en: "No data issues found." },
  addin_issues_more: { zh: "另有 {count} 条，见“数据问题”工作表。", en: "{count} more on the issues sheet." },
  // The pane's issues list (issueWording.ts): the second and later issue of one school without the advice its first gives, ending as the issue does.
  addin_issue_whole_school_only_again: {
    zh: "{school}（{stage}）：“{field}”只有全校数 {value}，没有分学段数，指标 {indicator} 无法计算（{row}；补充方法同上）",
    en: "{school} ({stage:lower}): {field} is given only for the whole school ({value}), not per stage, so {indicator} cannot be computed ({row}; for what to add, see above)",
  },
  addin_issue_no_stage_data_again: {
    zh: "{school}为一贯制 / 完全中学，但没有分学段数据（在校生数只有全校数），{stage}学段无法评估（{row}；补充方法同上）",
    en: "{school} is a combined school without per-stage numbers (its students are given for the whole school only); its {stage:lower} section cannot be evaluated ({row}; for what to add, see above)",
  },
  // A list of many schools cut to its first three (issueWording.ts): the last item, and the button that shows the list whole.
  addin_issue_more_schools: { zh: "另 {count} 所", en: "and {count} more" },
  addin_issue_more_sections: { zh: "另 {count} 个", en: "and {count} more" },
  addin_issue_show_all: { zh: "展开全部", en: "Show all" },
  // read_item_columns_missing in the pane's list (issueWording.ts SAID_ABOVE): the items by code, what each lacks being the line under the mapping table.
  addin_issue_item_columns_above: {
    zh: "工作表“{sheet}”中没有找到 {items} 所需的列，这些项目为待评估；各项所缺的列和可识别的表头见上方“列对应关系”表下",
    en: "Sheet “{sheet}” has no column for what {items} need, so they are not yet assessed; what each lacks, and the headers recognised, are under the Column mapping table above",
  },
  addin_issue_item_columns_above_one: {
    zh: "工作表“{sheet}”中没有找到 {items} 所需的列，该项目为待评估；所缺的列和可识别的表头见上方“列对应关系”表下",
    en: "Sheet “{sheet}” has no column for what {items} needs, so it is not yet assessed; what it lacks, and the headers recognised, are under the Column mapping table above",
  },
  // After the first few issues of one kind (3,000 rows lacking one column): the rest counted, so that the other kinds show.
  addin_issues_more_of_kind: { zh: "同类问题另有 {count} 条，见“数据问题”工作表。", en: "{count} more of this kind on the issues sheet." },
  // {reason} is an issue's text, a sentence of its own in the issues list: inside this one English lowers its capital.
  addin_not_evaluable: { zh: "无法评估：{reason}", en: "Cannot evaluate: {reason:lower}" },
  addin_not_evaluable_see_mapping: { zh: "无法评估：学校数据未能读取，原因见上方“{step}”。", en: "Cannot evaluate: the school data could not be read; see {step} above for why." },
  addin_not_evaluable_unknown: { zh: "原因未明，请点击“重新读取工作簿”重试", en: "no reason given; click Re-read workbook to try again" },
  addin_result_basis: { zh: "评估规则：{profile}；评估年度：{year}", en: "Rule profile: {profile}; year: {year}" },
  // The year box left at 按表格标题 (addin_year_latest) and no year read from the title: said as that, where 未指定 read as if the box said nothing (R2 of s46, 8).
  addin_result_year_latest: { zh: "未从表格标题读出年度（按最新年度目标）", en: "none read from the sheet title (latest target applies)" },
  addin_result_year_none: { zh: "未从表格标题读出年度（本规则未设年度目标）", en: "none read from the sheet title (this profile sets no yearly targets)" },
  addin_result_stale: { zh: "设置已更改，请重新评估", en: "Settings changed; evaluate again" },
  // The same over a list of issues: they were found with the settings before, and may be dealt with already (a column just chosen).
  addin_result_stale_issues: {
    zh: "设置已更改，请重新评估（下列数据问题为上次评估所得，可能已不适用）",
    en: "Settings changed; evaluate again (the issues below are from the previous evaluation and may no longer apply)",
  },
  // Under the result's basis (resultNotes.ts): the 规则 entries the reader left out, then a link to the issues sheet by its written name.
  addin_rule_entries_ignored: {
    zh: "规则表“{sheet}”中有 {count} 项设置未采用（已忽略，这几项仍按所选评估规则），原因和单元格见工作表：",
    en: "{count} entries of the rule sheet “{sheet}” were not applied (ignored: the chosen profile's settings stand for them); for why and where, see the sheet ",
  },
  addin_rule_entries_ignored_one: {
    zh: "规则表“{sheet}”中有 {count} 项设置未采用（已忽略，该项仍按所选评估规则），原因和单元格见工作表：",
    en: "{count} entry of the rule sheet “{sheet}” was not applied (ignored: the chosen profile's setting stands for it); for why and where, see the sheet ",
  },
  // Result sheets the sink named anew beside the user's own sheets of their names ({pairs}: 汇总 → 汇总 (2)).
  addin_results_renamed: {
    zh: "以下结果工作表与您自己的工作表同名，已改用新名称写入（您的工作表未作任何改动）：{pairs}",
    en: "These result sheets share a name with sheets of your own and were written under new names (your sheets are left untouched): {pairs}",
  },
  addin_results_renamed_one: {
    zh: "以下结果工作表与您自己的工作表同名，已改用新名称写入（您的工作表未作任何改动）：{pairs}",
    en: "This result sheet shares its name with a sheet of your own and was written under a new name (your sheet is left untouched): {pairs}",
  },
  // Result sheets written anew beside earlier results the user changed after they were written, which are kept ({pairs}: 汇总 → 汇总 (2)).
  addin_results_beside_edited: {
    zh: "以下结果工作表在上次评估后被修改过，已原样保留（其中的修改不会丢失，但不再随评估更新）；本次结果改用新名称写入：{pairs}",
    en: "These result sheets were changed after the last evaluation and are kept as they are (your changes are not lost, but they no longer update); this evaluation's results were written under new names: {pairs}",
  },
  addin_results_beside_edited_one: {
    zh: "以下结果工作表在上次评估后被修改过，已原样保留（其中的修改不会丢失，但不再随评估更新）；本次结果改用新名称写入：{pairs}",
    en: "This result sheet was changed after the last evaluation and is kept as it is (your changes are not lost, but it no longer updates); this evaluation's result was written under a new name: {pairs}",
  },
  // Result sheets written anew beside results of an earlier version of the add-in, which stamped nothing of their values: kept, since nothing shows the user left them unchanged ({pairs}: 汇总 → 汇总 (2)).
  addin_results_beside_older: {
    zh: "以下结果工作表由本加载项的早期版本写入，无法判断您是否修改过，已原样保留（不再随评估更新，不需要时可自行删除）；本次结果改用新名称写入：{pairs}",
    en: "These result sheets were written by an earlier version of this add-in; as this version cannot tell whether you changed them, they are kept as they are (they no longer update; delete them when you no longer need them); this evaluation's results were written under new names: {pairs}",
  },
  addin_results_beside_older_one: {
    zh: "以下结果工作表由本加载项的早期版本写入，无法判断您是否修改过，已原样保留（不再随评估更新，不需要时可自行删除）；本次结果改用新名称写入：{pairs}",
    en: "This result sheet was written by an earlier version of this add-in; as this version cannot tell whether you changed it, it is kept as it is (it no longer updates; delete it when you no longer need it); this evaluation's result was written under a new name: {pairs}",
  },
  addin_result_stale_data: {
    zh: "数据已修改，结果可能已过期，请重新评估（下列问题所指的单元格可能已移位）",
    en: "The data changed after this evaluation; evaluate again (the cells the issues point to may have moved)",
  },
  // A sheet the result was read from (the school sheet, 县级指标, 规则) deleted since (worksheets.onDeleted).
  addin_result_stale_deleted: {
    zh: "评估所读取的工作表已被删除，结果可能已过期，请重新评估（下列问题所指的单元格可能已不存在）",
    en: "A sheet this evaluation read has been deleted; evaluate again (the cells the issues point to may no longer exist)",
  },
  // The same two lines over a result with no data issues listed (未发现数据问题): no cells to speak of.
  addin_result_stale_data_no_issues: { zh: "数据已修改，结果可能已过期，请重新评估", en: "The data changed after this evaluation; evaluate again" },
  addin_result_stale_deleted_no_issues: { zh: "评估所读取的工作表已被删除，结果可能已过期，请重新评估", en: "A sheet this evaluation read has been deleted; evaluate again" },
  // The host failed while the pane set up the watch of the sheets read (dataWatch.ts): the stale lines above cannot be shown.
  addin_result_unwatched: {
    zh: "未能监视所读取的工作表：此后修改数据，这里不会提示结果已过期；修改数据后请重新评估。",
    en: "The sheets read could not be watched: edits made now will not mark this result out of date; evaluate again after changing the data.",
  },
  addin_optional_missing: {
    zh: "以下项目所需的列未找到，将为待评估（县级指标表给出的除外）：{items}",
    en: "Columns these items need were not found, so they are not yet assessed (unless the county figures sheet gives them): {items}",
  },
  // After addin_optional_missing, behind its button (addin_optional_headers_show): a header the reader recognises for each field lacked, and where to say a column holds one.
  addin_optional_headers_show: { zh: "可识别的表头", en: "Headers recognised" },
  addin_optional_headers: {
    zh: "（可识别的表头如{pendingHeaders}；如表中已有这些列而表头不同，请在上表中为该列选择其字段）",
    en: " (headers recognised include {pendingHeaders}; if the sheet has these columns under other headers, choose each one's field in the table above)",
  },
  addin_no_value: { zh: "—", en: "n/a" },
  addin_error: { zh: "出错：{detail}", en: "Error: {detail}" },
  addin_failed_reading: { zh: "读取工作簿失败：{detail}", en: "Reading the workbook failed: {detail}" },
  addin_failed_evaluating: { zh: "计算失败：{detail}", en: "Evaluating failed: {detail}" },
  addin_failed_writing: { zh: "写入结果工作表失败：{detail}", en: "Writing the result sheets failed: {detail}" },
  addin_failed_saving: { zh: "保存评估设置失败：{detail}", en: "Saving the settings failed: {detail}" },
  // {detail}: addin_result_sheet_gone / addin_cell_sheet_gone (goToSheet.ts), a sentence of its own, or the host's message.
  addin_failed_navigating: { zh: "无法转到该工作表或单元格：{detail}", en: "Cannot go to that sheet or cell: {detail:lower}" },
  // A link of the pane to a sheet the user renamed or deleted since the evaluation (goToSheet.ts): Excel's ItemNotFound said in words.
  addin_result_sheet_gone: {
    zh: "结果工作表“{sheet}”已改名或删除（改名后的表作为您的副本保留，不再更新）；请重新评估，以写出新的结果工作表",
    en: "The result sheet “{sheet}” has been renamed or deleted (a renamed one stays as your copy and is not updated); evaluate again to write the result sheets anew",
  },
  addin_cell_sheet_gone: {
    zh: "{cell} 所在的工作表“{sheet}”已改名或删除；请重新评估，数据问题将指向工作表现在的位置",
    en: "The sheet “{sheet}” of {cell} has been renamed or deleted; evaluate again for the data issues to point to the sheets as they are now",
  },
  addin_rule_sheet_problem: { zh: "规则表有误：{path}：{profileProblem}", en: "Rule sheet problem: {path}: {profileProblem}" },
  addin_settings_saved: { zh: "已保存本工作簿的评估设置，功能区“评估”按钮将直接使用。", en: "Settings saved in this workbook; the ribbon's Evaluate button uses them." },
  addin_command_no_settings: {
    zh: "本工作簿还没有确认过的评估设置。请在“开始”选项卡点击“评估设置”，确认数据区域、列对应关系和规则后点击“评估”；之后功能区的“评估”按钮会直接使用这些设置。",
    en: "This workbook has no confirmed settings yet. On the Home tab, click Evaluation pane, confirm the data range, the column mapping and the rules, then click Evaluate; after that the ribbon's Evaluate button uses those settings.",
  },
  // A problem with its cell, set in a sentence: the cell first, as the issue lists show it.
  addin_problem_at: { zh: "{cell}：{text}", en: "at {cell}, {text:lower}" },
  addin_command_problems: {
    zh: "未能评估：发现 {count} 个问题，第一个是：{first}。请点击“评估设置”查看并更正。",
    en: "Could not evaluate: {count} problems, the first: {first:lower}. Click Evaluation pane (评估设置) to see and fix them.",
  },
  addin_command_problems_one: {
    zh: "未能评估：发现 {count} 个问题：{first}。请点击“评估设置”查看并更正。",
    en: "Could not evaluate: {count} problem: {first:lower}. Click Evaluation pane (评估设置) to see and fix it.",
  },
  addin_command_failed: { zh: "{reason}。请点击“评估设置”重试。", en: "{reason}. Click Evaluation pane (评估设置) to try again." },
  addin_command_done: { zh: "评估完成，已更新结果工作表。", en: "Evaluation done; result sheets updated." },
  addin_command_done_replaced: {
    zh: "评估完成，已更新结果工作表：已替换上次评估的 {replaced} 张结果表。",
    en: "Evaluation done; result sheets updated: they replaced the {replaced} result sheets of the last evaluation.",
  },
  addin_command_done_replaced_one: {
    zh: "评估完成，已更新结果工作表：已替换上次评估的 {replaced} 张结果表。",
    en: "Evaluation done; result sheets updated: they replaced the {replaced} result sheet of the last evaluation.",
  },
  addin_notice_title: { zh: "优质均衡评估", en: "Quality-balance evaluation" },
  addin_notice_ok: { zh: "确定", en: "OK" },
  addin_missing_features: { zh: "此版本 Excel 不支持：{features}。结果仍会写出，但缺少这些功能。", en: "This Excel lacks: {features}. Results are still written without them." },
  addin_feature_calculationSuspend: { zh: "写入时暂停计算", en: "pausing calculation while writing" },
  addin_feature_conditionalFormats: { zh: "数据条", en: "data bars" },
  addin_feature_screenUpdatingSuspend: { zh: "写入时暂停屏幕刷新", en: "pausing screen updates while writing" },
  addin_feature_visibleCells: { zh: "一次读取隐藏行（改为逐行读取）", en: "reading hidden rows at once (read row by row instead)" },
  // Below ExcelApi 1.12 the markers are hidden sheet-scoped names (sheetTags.ts addMarker); the settings list is only read, for older versions' results.
  addin_feature_customProperties: { zh: "工作表标记（改用隐藏的工作表级名称标记结果表）", en: "sheet tags (result sheets are marked with hidden sheet-level names instead)" },
  addin_feature_pageLayout: { zh: "打印设置（横向、按页宽缩放）", en: "print setup (landscape, fitted to the page width)" },
  addin_feature_mergedAreas: { zh: "读取合并单元格", en: "reading merged cells" },
  // The pane header's link to help.html.
  addin_help_link: { zh: "帮助", en: "Help" },
  addin_help_title: { zh: "优质均衡评估 — 帮助", en: "Quality-balance evaluation — Help" },
  addin_help_text: {
    zh: "在“开始”选项卡点击“评估设置”，确认数据区域、列对应关系、规则和年度后点击“评估”。结果写入新的工作表（汇总、差异系数、学校达标、缺口测算、政府保障与质量、数据问题），不会改动您的数据表。每次“评估”都会替换上次的结果工作表：您在其上设置的格式、添加的批注不会保留，引用这些工作表的公式（如 =汇总!C5）将显示 #REF! 错误。如需保留某张结果工作表，请在再次评估前将其改名：改名后的工作表原样保留（引用它的公式随之指向新名称），不再更新。",
    en: "On the Home (开始) tab, click Evaluation pane (评估设置), confirm the data range, the column mapping, the rules and the year, then click Evaluate. Results go to new sheets (Summary, Coefficients, Schools, Shortfalls, Guarantee & quality, Data issues); your own sheets are never changed. Each Evaluate replaces the result sheets of the last one: formatting and comments you added to them are not kept, and formulas referring to them (such as =汇总!C5) show #REF! errors. To keep a result sheet, rename it before you evaluate again: a renamed result sheet is kept as it is (formulas referring to it follow the new name) and is no longer updated.",
  },
  addin_browser_unsupported: {
    zh: "此 Office 显示加载项所用的浏览器内核过旧（如 Internet Explorer 11、旧版 Microsoft Edge，或未更新的 macOS 中的 Safari），无法运行本加载项。请使用 Microsoft 365 或 Office 2021 及以上版本（Windows 上装有 Microsoft Edge WebView2 运行时），在 Mac 上更新 macOS，或使用 Excel 网页版。",
    en: "The browser engine this Office shows add-ins with is too old to run this add-in (Internet Explorer 11, the old Microsoft Edge, or Safari on a macOS not updated). Use Microsoft 365 or Office 2021 or later (on Windows with the Microsoft Edge WebView2 Runtime), update macOS on a Mac, or use Excel on the web.",
  },
  addin_needs_excel: { zh: "请在 Excel 中打开此加载项（需要 ExcelApi 1.7 或更高版本）。", en: "Open this add-in in Excel (ExcelApi 1.7 or later is needed)." },
};
