import type { MessageTable } from "./types";

/**
 * Issues raised by the workbook reader (src/workbook/read) and the labels of its meta keys.
 * Common params: {header} the column's header as written, {text} the cell as written,
 * {sheet} a sheet name, {field} a FieldKey or meta key (shown by its field_ label).
 * {fieldHeader} (not a param: see catalogue.ts) a cell's column, from {header} and, when the
 * column has a recognised field, {field} / {stage} / {part}: the header in Chinese, the field's
 * label and the header in English.
 */
export const READER_MESSAGES: MessageTable = {
  // {fieldHeader}'s label of a per-stage column in a sentence: "Students, junior secondary (初中在校生)", not two bracket pairs.
  read_field_stage: { zh: "{field}（{stageInText}）", en: "{field}, {stageInText}" },
  read_stage_in_text_primary: { zh: "小学", en: "primary" },
  read_stage_in_text_junior: { zh: "初中", en: "junior secondary" },
  // The type a single-stage school of both stages would be (read_single_stage_other_stage {wholeType}): as the type column takes it, in English too.
  read_whole_type_nine_year: { zh: "九年一贯制学校", en: "九年一贯制学校 (nine-year school)" },
  read_whole_type_twelve_year: { zh: "十二年一贯制学校", en: "十二年一贯制学校 (twelve-year school)" },
  field_name: { zh: "学校名称", en: "School name" },
  field_county: { zh: "县区", en: "County" },
  field_type: { zh: "办学类型", en: "School type" },
  field_stage: { zh: "学段", en: "Stage" },
  field_counted: { zh: "是否计校数", en: "Counted as a school" },
  field_private: { zh: "办学性质（民办）", en: "Private (民办)" },
  field_countyRun: { zh: "是否县属", en: "Run by the county" },
  field_sponsor: { zh: "举办者", en: "Sponsor (举办者)" },
  field_rural: { zh: "城乡分类（乡村）", en: "Rural" },
  field_boarding: { zh: "是否寄宿制", en: "Boarding school" },
  field_builtYear: { zh: "建成年份", en: "Year built" },
  field_builtBy2016: { zh: "2016年及以前建成", en: "Built in 2016 or earlier" },
  field_builtBy2010: { zh: "2010年及以前建成", en: "Built in 2010 or earlier" },

  read_no_sheets: { zh: "工作簿中没有工作表", en: "The workbook has no sheets" },
  read_result_workbook: {
    zh: "这是本工具写出的评估结果工作簿（工作表：{sheets}），不是学校数据；请给出原始的学校数据工作簿",
    en: "This is a result workbook this tool wrote (sheets: {sheets}), not school data; give the bureau's own school workbook",
  },
  read_earlier_results_skipped: {
    zh: "以下工作表是本工具以前写出的评估结果（按表头标题和“评估规则”“评估年度”行识别，或是写入中途留下的 ~yzjh~ 工作表），未作为学校数据或县级指标读取：{sheets}；如其中有要评估的数据，请把数据放到自己的工作表中",
    en: "These sheets are results this tool wrote earlier (known by their title and the Rule profile and Year lines, or a ~yzjh~ sheet left by an unfinished write) and were not read as school data or county figures: {sheets}; if one holds data to evaluate, put that data on a sheet of your own",
  },
  read_sheet_not_found: { zh: "找不到工作表“{sheet}”（现有：{sheets}）", en: "Sheet “{sheet}” not found (sheets: {sheets})" },
  // read_no_header, read_sheets_empty, read_no_header_texts: {sheetList} the sheets looked in, each by itself; `_one` for one sheet ({sheet}); {sheet} the one whose row {foundRow}, the likeliest header, reads {found}.
  // Said as a row, not as headers found: it may be a note line (本表为填报说明).
  read_no_header: {
    zh: "在工作表{sheetList}中都找不到学校数据的表头：缺少 {fieldList} 列。“{sheet}”第 {foundRow} 行为：{found}",
    en: "No school header found in the sheets {sheetList}: no column is headed as the reader expects for {fieldList}; it reads the Chinese headers of the statistics forms (学校名称 for the school name, 在校生数 for the students, and their usual variants). Row {foundRow} of “{sheet}” reads: {found}",
  },
  read_no_header_one: {
    zh: "在工作表“{sheet}”中找不到学校数据的表头：缺少 {fieldList} 列。该表第 {foundRow} 行为：{found}",
    en: "No school header found in the sheet “{sheet}”: no column is headed as the reader expects for {fieldList}; it reads the Chinese headers of the statistics forms (学校名称 for the school name, 在校生数 for the students, and their usual variants). Its row {foundRow} reads: {found}",
  },
  read_missing_columns: {
    zh: "工作表“{sheet}”的表头缺少必需的列：{fieldList}。找到的列为：{found}",
    en: "The header of “{sheet}” has no column the reader recognises as {fieldList}; it reads the Chinese headers of the statistics forms (学校名称 for the school name, 在校生数 for the students, and their usual variants). Columns found: {found}",
  },
  read_year_from_title: { zh: "评估年度按表格标题取 {year} 年（可用命令行的 --year 或任务窗格的“评估年度”另行指定）", en: "Year {year} taken from the sheet's title (choose another with --year on the command line, or under Year in the task pane)" },
  read_year_from_sheet_name: {
    zh: "评估年度按工作表名“{sheet}”取 {year} 年（表格标题未写年度；可用命令行的 --year 或任务窗格的“评估年度”另行指定）",
    en: "Year {year} taken from the sheet's name “{sheet}” (its title names no year; choose another with --year on the command line, or under Year in the task pane)",
  },
  read_no_rows: { zh: "工作表“{sheet}”第 {headerRow} 行表头下没有学校数据行", en: "Sheet “{sheet}” has no school rows under its header (row {headerRow})" },
  read_other_school_sheets: {
    zh: "已读取工作表“{sheet}”；以下工作表也像学校数据表，未读取：{others}（可在选项中指定工作表）",
    en: "Read sheet “{sheet}”; these sheets also look like school sheets and were not read: {others} (choose a sheet in the options)",
  },
  read_hidden_sheet_read: {
    zh: "工作表“{sheet}”是隐藏的工作表；工作簿中没有可见的学校数据表，因此读取了它。请确认它就是要评估的数据（可取消隐藏，或在选项中指定工作表）",
    en: "Sheet “{sheet}” is hidden; no visible sheet holds school data, so it was read. Please check that it is the data to evaluate (unhide it, or choose a sheet in the options)",
  },
  read_hidden_school_sheets: {
    zh: "以下隐藏的工作表也像学校数据表，未读取：{others}（如需评估，请取消隐藏或在选项中指定工作表）",
    en: "These hidden sheets also look like school sheets and were not read: {others} (to evaluate one, unhide it or choose it in the options)",
  },
  read_stage_sheet: {
    zh: "小学、初中分表填报：工作表“{sheet}”按{stage}读取（{count} 所学校）；行中未注明学段或办学类型的学校按{stage}读取",
    en: "Primary and junior secondary schools are on separate sheets: sheet “{sheet}” was read as {stage:lower} ({count} schools); a row that states neither its stage nor its type is read as {stage:lower}",
  },
  read_stage_sheet_one: {
    zh: "小学、初中分表填报：工作表“{sheet}”按{stage}读取（{count} 所学校）；行中未注明学段或办学类型的学校按{stage}读取",
    en: "Primary and junior secondary schools are on separate sheets: sheet “{sheet}” was read as {stage:lower} ({count} school); a row that states neither its stage nor its type is read as {stage:lower}",
  },
  read_class_buckets_sum: {
    zh: "班级数 {classes} 与各班额段班数之和 {sum}（{bucketCells}）不一致：音乐、美术教室所需间数按班级数 {classes} 计算，班额（超班额、大班额班数）按各班额段班数计算，请核对",
    en: "Classes ({classes}) differ from the sum of the class-size buckets ({sum}, {bucketCells}): music and art rooms needed were counted from the {classes} classes, class sizes (classes over the cap, large classes) from the buckets; please check",
  },
  // A merged bucket beside the finer ones it covers, their sum differing (checkFields.ts checkMergedBuckets).
  read_merged_bucket_sum: {
    zh: "“{field}”为 {value}，与其涵盖的各班额段班数之和 {sum}（{bucketCells}）不一致：班额（超班额、大班额班数）按各分段计算，采用 {sum}，本格未采用，请核对",
    en: "{field} is {value}, but the class-size buckets it covers add up to {sum} ({bucketCells}): classes over the cap and large classes were counted from those buckets ({sum}), not from this cell; please check",
  },
  // 最大班额 against the class-size buckets (checkFields.ts checkLargestClass).
  read_largest_class_buckets: {
    zh: "最大班额 {largest} 人与各班额段班数不符（{range} 人段没有班级，或更大的段有班级）：超班额、大班额班数按各班额段班数计算，请核对",
    en: "The largest class ({largest}) does not fit the class-size buckets (none in the {range} bucket, or classes in a larger one): classes over the cap and large classes were counted from the buckets; please check",
  },
  read_rooms_area_disagree: {
    zh: "“{field}”为 0，而“{otherField}”为 {value}（{otherCell}），二者矛盾，无法判断哪一个有误，该项未采用（按缺少数据处理）",
    en: "The {field:lower} figure is 0 while the {otherField:lower} figure is {value} ({otherCell}): they contradict each other and which one is wrong is not known, so the 0 was not used (treated as missing)",
  },
  read_sheet_part: {
    zh: "工作表“{sheet}”与其他同格式的学校表没有重复的学校，作为同一名单的一部分一并读取（{count} 所学校）",
    en: "Sheet “{sheet}” shares no school with the other school sheets of its layout and was read with them as part of one list ({count} schools)",
  },
  read_sheet_county_unknown: {
    zh: "工作表“{sheet}”没有县区列，其标题或表名也没有写明所属县区，而本工作簿有多个县区的学校表（{counties}）：无法判断其中学校属于哪个县区，未读取；请在此表加一列“县区”逐行填写，或在标题或表名中写明县区（如“北山县教学点”）",
    en: "Sheet “{sheet}” has no county (县区) column and neither its title nor its name states its county, while this workbook holds several counties' school sheets ({counties}): which county its schools belong to is not known, so it was not read. Add a 县区 column filled on each row, or state the county in its title or name (e.g. 北山县教学点)",
  },
  read_sheet_copy: {
    zh: "工作表“{sheet}”中的学校与已读取的工作表（{original}）完全相同，两表都填写的数值也相同，视为其副本（或备份），未读取；如“{sheet}”才是要评估的表，请删除或隐藏另外的表，或在选项中指定工作表",
    en: "Sheet “{sheet}” holds exactly the schools of the sheets read in its place ({original}), with the same numbers wherever both give one: it was taken as a copy (or backup) and not read. If “{sheet}” is the one to evaluate, delete or hide the others, or choose the sheet in the options",
  },
  // A copy whose numbers differ from those read (sheetCopies.copyIssues with copyDifferences): an older or a newer version.
  read_sheet_copy_differs: {
    zh: "工作表“{sheet}”中的学校与已读取的工作表（{original}）相同，但有 {count} 个数值不同（如 {cell} 为 {value}，{originalCell} 为 {originalValue}），视为其旧版或备份，未读取；如“{sheet}”才是要评估的数据（例如较新的版本），请删除或隐藏另外的表，或在选项中指定工作表",
    en: "Sheet “{sheet}” holds the schools of the sheets read in its place ({original}), but {count} of its numbers differ (e.g. {cell} holds {value} where {originalCell} holds {originalValue}): it was taken as an older version or a backup and not read. If “{sheet}” holds the data to evaluate (a newer version, say), delete or hide the others, or choose the sheet in the options",
  },
  read_sheet_part_one: {
    zh: "工作表“{sheet}”与其他同格式的学校表没有重复的学校，作为同一名单的一部分一并读取（{count} 所学校）",
    en: "Sheet “{sheet}” shares no school with the other school sheets of its layout and was read with them as part of one list ({count} school)",
  },
  read_county_sheet: {
    zh: "工作表“{sheet}”按其标题（或表名、县区列）为{county}的学校表，已读取（{count} 所学校），{county}与工作簿中其他县区分别评估、并列显示；如它不是{county}的学校名单，请在选项中指定要评估的工作表",
    en: "Sheet “{sheet}” holds {county}'s schools by its title (or name, or county column) and was read ({count} schools); {county} is evaluated separately, side by side with the workbook's other counties. If it is not {county}'s school list, choose the sheet to evaluate in the options",
  },
  read_county_sheet_one: {
    zh: "工作表“{sheet}”按其标题（或表名、县区列）为{county}的学校表，已读取（{count} 所学校），{county}与工作簿中其他县区分别评估、并列显示；如它不是{county}的学校名单，请在选项中指定要评估的工作表",
    en: "Sheet “{sheet}” holds {county}'s schools by its title (or name, or county column) and was read ({count} school); {county} is evaluated separately, side by side with the workbook's other counties. If it is not {county}'s school list, choose the sheet to evaluate in the options",
  },
  read_combined_sheet: {
    zh: "工作表“{sheet}”（九年一贯制等学校）与小学、初中分表一并读取（{count} 行）；每行按其学段、办学类型或校名读取为整校或学部",
    en: "Sheet “{sheet}” (nine-year and other combined schools) was read together with the primary and junior secondary sheets ({count} rows); each row is read as a whole school or a section by its stage, type or name",
  },
  read_sheets_kept_apart: {
    zh: "已读取工作表：{sheet}；以下工作表的年份或县区与之不同，未合并读取：{others}（原因见各表标题处的说明）",
    en: "Sheets read: {sheet}; these sheets are of another year or county and were not read with them: {others} (see the note at each one's title)",
  },
  read_sheet_older_year: {
    zh: "工作表“{sheet}”是 {year} 年的数据，早于已读取的 {latest} 年工作表（{read}），未读取（如需评估它，请在选项中指定工作表）",
    en: "Sheet “{sheet}” holds {year} data, older than the {latest} sheets read ({read}); it was not read (to evaluate it, choose it in the options)",
  },
  read_sheet_not_chosen_year: {
    zh: "工作表“{sheet}”是 {year} 年的数据，不是所选评估年度 {chosen} 年的，未读取（已读取 {chosen} 年的工作表：{read}）；如需评估 {year} 年，请改选评估年度为 {year}（命令行 --year，或任务窗格的“评估年度”）",
    en: "Sheet “{sheet}” holds {year} data, not data of the year chosen, {chosen}; it was not read (the {chosen} sheets read: {read}). To evaluate {year}, choose the year {year} (--year on the command line, or the task pane's year)",
  },
  read_no_school_sheet_of_year: {
    zh: "所选评估年度是 {year} 年，但没有 {year} 年的学校工作表：各学校工作表的年度为 {years}（{sheets}），未读取任何一张。请改选其中一个年度（命令行 --year，或任务窗格的“评估年度”），或指定要读的工作表（命令行 --sheet，或任务窗格的“工作表”）；如某表其实是 {year} 年的，请改正其标题或表名中的年度",
    en: "The year chosen is {year}, but no school sheet is of {year}: the school sheets are of {years} ({sheets}), and none was read. Choose one of those years (--year on the command line, or the task pane's year), or name the sheet to read (--sheet on the command line, or the task pane's Sheet); if a sheet is truly of {year}, correct the year in its title or name",
  },
  read_sheet_year_differs: {
    zh: "工作表“{sheet}”是 {year} 年的数据，与已读取的 {latest} 年工作表（{read}）年份不同，不能合并为同一年的学校名单，未读取；因此本次未评估{stage}学校（请补齐 {latest} 年的{stage}数据，或在选项中指定工作表）",
    en: "Sheet “{sheet}” holds {year} data, not the {latest} of the sheets read ({read}); sheets of different years are not one year's school list, so it was not read and the {stage} schools are not evaluated (add the {latest} {stage} data, or choose a sheet in the options)",
  },
  read_sheet_other_county: {
    zh: "工作表“{sheet}”的名称或标题写的是{county}，与已读取的工作表（{read}，{chosen}）不是同一县区，且没有县区列可按行区分，未合并读取（如需评估它，请在选项中指定工作表，或为各表加一列县区）",
    en: "Sheet “{sheet}” names {county} in its name or title, another county than the sheets read ({read}, {chosen}), and has no county column to tell the rows apart; it was not read with them (to evaluate it, choose it in the options, or add a county column to the sheets)",
  },
  read_range_applied: {
    zh: "区域 {range} 已用于工作表“{sheet}”（未指定工作表时，区域用于所选的学校数据表）",
    en: "The range {range} was applied to sheet “{sheet}” (with no sheet given, the range applies to the school sheet chosen)",
  },
  read_range_empty: { zh: "工作表“{sheet}”的区域 {range} 中没有任何数据，请检查区域", en: "Range {range} of sheet “{sheet}” holds no data: check the range" },
  // A range holding no school header (rangeNoHeader.ts); {sheetList}: the sheets searched, each by itself.
  read_range_empty_sheets: { zh: "区域 {range} 在工作表{sheetList}中都没有任何数据，请检查区域", en: "Range {range} holds no data in any of the sheets {sheetList}: check the range" },
  read_range_header_outside: {
    zh: "区域 {range} 中没有学校数据的表头行：工作表“{sheet}”的表头在第 {headerRows} 行，位于区域之外。区域必须包含表头行，例如 {suggestion}",
    en: "No school header row lies inside the range {range}: the header of sheet “{sheet}” is in rows {headerRows}, outside it. The range must include the header rows, for example {suggestion}",
  },
  // A range of school rows under the sheet's header, read with it (rangeUnderHeader): {count} rows selected.
  read_range_header_above: {
    zh: "所选区域 {range} 不含表头：已使用工作表“{sheet}”第 {headerRows} 行的表头（{header}）读取所选的 {count} 行",
    en: "The range {range} leaves out the header: the {count} rows selected were read under the header {header} of sheet “{sheet}” (header rows: {headerRows})",
  },
  read_range_header_above_one: {
    zh: "所选区域 {range} 不含表头：已使用工作表“{sheet}”第 {headerRows} 行的表头（{header}）读取所选的 {count} 行",
    en: "The range {range} leaves out the header: the {count} row selected was read under the header {header} of sheet “{sheet}” (header rows: {headerRows})",
  },
  read_range_no_header: {
    zh: "区域 {range} 在工作表{sheetList}中都没有学校数据的表头行，这些工作表的其他位置也没有。区域必须包含表头行（学校名称、在校生数等统计表的表头）",
    en: "No school header row lies inside the range {range} in the sheets {sheetList}, nor elsewhere in them. The range must include the header rows, headed as the statistics forms head them (学校名称 for the school name, 在校生数 for the students)",
  },
  read_range_ends_above_schools: {
    zh: "区域 {range} 之下还有学校（工作表“{sheet}”的“{name}”起），未读取：若它们也应参评，请扩大区域或不指定区域",
    en: "Schools go on under the range {range} (from “{name}” on sheet “{sheet}”) and were not read: if they are to be evaluated, widen the range or give none",
  },
  read_sheets_empty: { zh: "工作表{sheetList}都是空的，没有任何数据", en: "The sheets {sheetList} are empty: they hold no data" },
  read_sheets_empty_one: { zh: "工作表“{sheet}”是空的，没有任何数据", en: "The sheet “{sheet}” is empty: it holds no data" },
  // Grid.cellsLeftOut (dataArea.ts): a value beyond a thousand blank rows or a hundred blank columns, or past the cells a grid may hold.
  read_cells_far: {
    zh: "工作表“{sheet}”中有 {count} 个单元格（按行依次首个为 {address}，末个为 {last}）远离数据区 {area}，中间隔着上千空行或上百空列，未读取：若不是数据，请删去；若要读取的正是它们（例如另一张表），请在任务窗格的“数据区域”中填写包括它们的区域（命令行：--range），或把它们移到表格旁",
    en: "{count} cells of sheet “{sheet}” (row by row, the first {address} and the last {last}) lie far from its data ({area}), across a thousand blank rows or a hundred blank columns, and were not read: delete them if they are no data; if they are what should be read (another table, say), give a range that holds them under “Data range” in the task pane (command line: --range), or move them next to the table",
  },
  read_cells_far_one: {
    zh: "工作表“{sheet}”的 {address} 有内容，但远离数据区 {area}，中间隔着上千空行或上百空列，未读取：若不是数据，请删去；若要读取的正是它，请在任务窗格的“数据区域”中填写包括它的区域（命令行：--range），或把它移到表格旁",
    en: "Sheet “{sheet}” holds something at {address}, far from its data ({area}) across a thousand blank rows or a hundred blank columns; it was not read: delete it if it is no data; if it is what should be read, give a range that holds it under “Data range” in the task pane (command line: --range), or move it next to the table",
  },
  // Far cells inside the range the user gave (cellsLeftOutIssues): a range that holds them did not help; one around them alone does.
  read_cells_far_in_range: {
    zh: "工作表“{sheet}”中有 {count} 个单元格（按行依次首个为 {address}，末个为 {last}）在所给区域 {range} 之内，但远离数据区 {area}，中间隔着上千空行或上百空列，未读取：若不是数据，请删去；若要读取的正是它们（例如另一张表），请在任务窗格的“数据区域”中另填只围住它们的区域（命令行：--range），或把它们移到表格旁",
    en: "{count} cells of sheet “{sheet}” (row by row, the first {address} and the last {last}) lie inside the range given ({range}) but far from its data ({area}), across a thousand blank rows or a hundred blank columns, and were not read: delete them if they are no data; if they are what should be read (another table, say), give a range around them alone under “Data range” in the task pane (command line: --range), or move them next to the table",
  },
  read_cells_far_in_range_one: {
    zh: "工作表“{sheet}”的 {address} 有内容，在所给区域 {range} 之内，但远离数据区 {area}，中间隔着上千空行或上百空列，未读取：若不是数据，请删去；若要读取的正是它，请在任务窗格的“数据区域”中另填围住它的区域（命令行：--range），或把它移到表格旁",
    en: "Sheet “{sheet}” holds something at {address}, inside the range given ({range}) but far from its data ({area}) across a thousand blank rows or a hundred blank columns; it was not read: delete it if it is no data; if it is what should be read, give a range around it under “Data range” in the task pane (command line: --range), or move it next to the table",
  },
  read_cells_too_many: {
    zh: "工作表“{sheet}”的数据超过一次可读取的 {max} 个单元格，只读取了 {area}；自 {address} 起的其余单元格（至多 {count} 个）未读取：请把数据分到几个工作表，或只读取其中一个区域",
    en: "Sheet “{sheet}” holds more than the {max} cells that can be read at once: only {area} was read, and the cells from {address} on (at most {count}) were not: split the data over several sheets, or read one range of it",
  },
  read_no_header_texts: {
    zh: "在工作表{sheetList}中都找不到学校数据的表头：缺少 {fieldList} 列，表中也没有像表头的文字",
    en: "No school header found in the sheets {sheetList}: the columns {fieldList} are missing, and no text there looks like a header",
  },
  read_no_header_texts_one: {
    zh: "在工作表“{sheet}”中找不到学校数据的表头：缺少 {fieldList} 列，表中也没有像表头的文字",
    en: "No school header found in the sheet “{sheet}”: the columns {fieldList} are missing, and no text there looks like a header",
  },
  read_hidden_column_read: {
    zh: "第 {column} 列“{header}”是隐藏列，已照常读取；请取消隐藏核对其中的数据，如不应读取，请加 --ignore {column}",
    en: "Column {column} “{header}” is hidden and was read all the same; unhide it to check what it holds, and add --ignore {column} if it should not be read",
  },
  read_duplicate_column_hidden: {
    zh: "第 {column} 列“{header}”是隐藏列，与可见的第 {first} 列含义相同，未使用（读取的是第 {first} 列）",
    en: "Column {column} “{header}” is hidden and means the same as the visible column {first}; not used (column {first} is read)",
  },
  read_formula_no_result: {
    zh: "“{fieldHeader}”是公式，文件中没有保存它的计算结果，按空白读取；如 Excel 在此处显示的是数值，请在 Excel 中打开此文件、保存后再评估",
    en: "{fieldHeader}: the cell holds a formula with no stored result and is read as blank; if Excel shows a number here, open the file in Excel, save it and evaluate again",
  },
  // An unread header one slip from a missing field's name (nearField.ts): suggested, not read; {fieldMap} the field as --map takes it.
  read_column_near_field: {
    zh: "工作表“{sheet}”中没有找到“{field}”列；{column} 列的表头“{header}”与之相近，是否为该列？如是，请指定（命令行：--map {fieldMap}={column}；或任务窗格的“列对应关系”），否则相关指标将无法计算",
    en: "Sheet “{sheet}” has no column for {field:lower}; column {column} is headed “{header}”, which is close to it: is that the column? If so, map it (command line: --map {fieldMap}={column}; or the task pane's Column mapping); otherwise the indicators that need it cannot be computed",
  },
  // The sections a column missing from their sheet leaves without an indicator, said once in the run's list (src/report/missingColumnGroups.ts); {sections} one per line as school@stage.
  read_column_missing_sections: {
    zh: "工作表“{sheet}”中没有“{field}”列，以下 {count} 个学校（学段）的指标 {indicator} 因此无法计算：{sections}",
    en: "Sheet “{sheet}” has no column for {field:lower}, so {indicator} cannot be computed for {count} school sections: {sections}",
  },
  read_column_missing_sections_one: {
    zh: "工作表“{sheet}”中没有“{field}”列，以下 {count} 个学校（学段）的指标 {indicator} 因此无法计算：{sections}",
    en: "Sheet “{sheet}” has no column for {field:lower}, so {indicator} cannot be computed for {count} school section: {sections}",
  },
  read_columns_missing: {
    zh: "工作表“{sheet}”中没有找到以下列，相关指标将无法计算：{fieldList}",
    en: "Sheet “{sheet}” has no column for: {fieldList}; the indicators that need them cannot be computed",
  },
  // The words needsText joins what an item lacks with (the pane's line under the mapping table, read_item_columns_missing).
  needs_or: { zh: "或", en: " or " },
  // The other ways of meeting a need, after the first (G5: 最大班额（或各班额段班数）): in brackets, so that the needs' list separator stays unambiguous.
  needs_alternatives: { zh: "（或{alternatives}）", en: " (or {alternatives:lowerItems})" },
  needs_and: { zh: "和", en: " and " },
  needs_class_buckets: { zh: "各班额段班数", en: "class counts by size" },
  // A header the reader recognises for a field an item lacks (neededHeadersText), its English name beside it in English.
  needs_header: { zh: "“{header}”（{field}）", en: "“{header}” ({field:lower})" },
  needs_header_class_buckets: { zh: "“{header}”等各班额段", en: "“{header}” and the other class-size buckets (class counts by size)" },
  needs_header_separator: { zh: "、", en: ", " },
  // The items school columns decide, left 待评估 as the sheet has none of the columns they read (itemColumnIssues); {pendingItems} lists each with what it lacks (pendingItemsText), {pendingHeaders} a header recognised for each (neededHeadersText).
  read_item_columns_missing: {
    zh: "工作表“{sheet}”中没有找到以下项目所需的列，这些项目为待评估：{pendingItems}。请补充这些列（可识别的表头如{pendingHeaders}），或在县级指标表中给出这些项目；如表中已有这些列而表头不同，请指定其对应的字段（命令行 --map，如 --map 公用经费=K；或任务窗格的“列对应关系”）",
    en: "Sheet “{sheet}” has no column for what these items need, so they are not yet assessed: {pendingItems}. Add the columns (headed e.g. {pendingHeaders}), or give the items on the county figures sheet; if the sheet has them under other headers, say which field each column holds (--map on the command line, e.g. --map publicFunding=K, or the task pane's Column mapping)",
  },
  read_item_columns_missing_one: {
    zh: "工作表“{sheet}”中没有找到以下项目所需的列，该项目为待评估：{pendingItems}。请补充这些列（可识别的表头如{pendingHeaders}），或在县级指标表中给出该项目；如表中已有这些列而表头不同，请指定其对应的字段（命令行 --map，如 --map 公用经费=K；或任务窗格的“列对应关系”）",
    en: "Sheet “{sheet}” has no column for what this item needs, so it is not yet assessed: {pendingItems}. Add the columns (headed e.g. {pendingHeaders}), or give the item on the county figures sheet; if the sheet has them under other headers, say which field each column holds (--map on the command line, e.g. --map publicFunding=K, or the task pane's Column mapping)",
  },
  read_item_pending: { zh: "{code} {itemName}：缺{needs}", en: "{code} {itemName}: needs columns for {needs:lowerItems}" },
  read_unit_assumed: {
    zh: "第 {column} 列“{header}”未注明金额单位，按“元”读取（如以万元填报，请在表头注明“（万元）”）",
    en: "Column {column} “{header}” states no money unit; read as yuan (元); if it is in 10 000 yuan (万元), add “（万元）” to the header",
  },
  // L1 degree columns that give one stage's numerator only (qualifiedStageIssues.ts).
  read_qualified_junior_needs_bachelor: {
    zh: "第 {column} 列“{header}”只能计算小学的 L1（小学按专科及以上学历计）；初中的 L1 按本科及以上学历专任教师计，表中没有本科及以上（或研究生、本科分列）的列，初中学校的 L1 无法计算。请补充该列；如表中已有，可在任务窗格中指定其含义（命令行：--map）",
    en: "Column {column} “{header}” gives the primary L1 only (primary counts teachers with an associate degree or above); the junior secondary L1 counts teachers with a bachelor's degree or above, and the sheet has no such column (nor 研究生 and 本科 columns), so no junior secondary school's L1 can be computed. Add the column; if the sheet has it, map it in the task pane (command line: --map)",
  },
  read_qualified_primary_needs_associate: {
    zh: "第 {column} 列“{header}”不能计算小学的 L1：小学按专科及以上学历专任教师计，表中没有专科及以上（或本科及以上加专科、或研究生、本科、专科分列）的列，小学学校的 L1 无法计算。请补充该列；如表中已有，可在任务窗格中指定其含义（命令行：--map）",
    en: "Column {column} “{header}” cannot give the primary L1: primary counts teachers with an associate degree or above, and the sheet has no such column (nor bachelor's-or-above plus associate, nor 研究生, 本科 and 专科 columns), so no primary school's L1 can be computed. Add the column; if the sheet has it, map it in the task pane (command line: --map)",
  },
  // A header's unit against the table's unit line (matchColumns.ts lineUnitDiffering): the header's is read.
  read_unit_line_differs: {
    zh: "第 {column} 列“{header}”的表头注明单位“{unit}”，而表格的单位行“{unitLine}”写的是“{lineUnit}”：两者不一致，已按表头的“{unit}”读取。请核对；如该列实为“{lineUnit}”，请改正表头",
    en: "Column {column} “{header}” states the unit “{unit}” in its header, while the table's unit line “{unitLine}” says “{lineUnit}”: they disagree, and the header's “{unit}” was used. Please check; if the column is in fact in “{lineUnit}”, correct the header",
  },
  read_duplicate_whole_school: {
    zh: "“{name}”的全校行与已读取的该校学部（{first}）重复，此行未读取（学部行已按学段读取）",
    en: "The whole-school row of “{name}” repeats its sections already read ({first}): this row was not read (the sections are read by stage)",
  },
  read_duplicate_school_section: {
    zh: "“{name}”是“{school}”的学部，与已读取的该校全校行（{first}，已按学段读取）重复，此行未读取",
    en: "“{name}” is a section of “{school}”, whose whole-school row ({first}) was already read by stage: this row duplicates it and was not read",
  },
  read_figures_other_year: {
    zh: "县级指标表“{sheet}”（按表名或标题）是 {named} 年的，本次评估 {year} 年，未采用；如其数据确为 {year} 年的，请改正表名或标题中的年度",
    en: "County figures sheet “{sheet}” is for {named} (by its name or title) and this evaluation for {year}: not used; if its figures are truly of {year}, correct the year in its name or title",
  },
  read_year_chosen_differs: {
    zh: "所选的评估年度是 {year} 年，而表格写的是 {stated} 年：达标比例对照所选评估规则 {target} 年的目标。如表中数据是 {stated} 年的，请改选 {stated} 年；如确为 {year} 年的，请改正表格标题中的年度",
    en: "The year chosen is {year}, but the workbook states {stated}: the share passing is judged against the chosen profile's target for {target}. If the data are of {stated}, choose {stated}; if they are truly of {year}, correct the year in the sheet's title",
  },
  read_year_chosen_differs_no_target: {
    zh: "所选的评估年度是 {year} 年，而表格写的是 {stated} 年（所选评估规则未设 {year} 年的目标，达标比例不对照目标）。如表中数据是 {stated} 年的，请改选 {stated} 年；如确为 {year} 年的，请改正表格标题中的年度",
    en: "The year chosen is {year}, but the workbook states {stated} (the chosen profile sets no target for {year}: the share passing is not judged against one). If the data are of {stated}, choose {stated}; if they are truly of {year}, correct the year in the sheet's title",
  },
  read_year_name_differs: {
    zh: "工作表名“{sheet}”写的是 {named} 年，标题写的是 {year} 年；按标题取 {year} 年，如不对请核对（或用 --year、任务窗格指定）",
    en: "Sheet “{sheet}” is named for {named} while its title says {year}: {year} is taken, from the title; please check (or choose the year with --year or in the task pane)",
  },
  // A number typed with a unit of another kind than its column's (cellUnit.ts foreignCellUnit: 20间 of teachers): not read.
  read_unit_mismatch: {
    zh: "“{fieldHeader}”填写为“{text}”，单位是{typedUnit}，而该列应以{baseUnit}计；该项未读取。请核对此单元格，填写以{baseUnit}计的数，不带“{unit}”",
    en: "{fieldHeader}: “{text}” is in {typedUnit}, but this column holds {baseUnit}; not read. Check the cell and enter a number in {baseUnit}, without “{unit}”",
  },
  read_number_with_unit: {
    zh: "“{fieldHeader}”填写为“{text}”（数字带单位），已按单元格自身的单位换算为 {amount} {baseUnit}",
    en: "{fieldHeader}: “{text}” was typed with its unit and read in that unit as {amount} {baseUnit}",
  },
  // A special school whose 学段, name and student columns name no stage (rowMeta.ts rowStage).
  read_special_stage_unknown: {
    zh: "特殊教育学校“{name}”未填学段，名称也看不出学段：按学段未知处理，生均公用经费（G7）须同时达到小学和初中的标准（按较高者判断）；学校明细中列为小学，不参与资源配置评估。如只设一个学段，请在学段列填写",
    en: "Special-education school “{name}” gives no stage and its name does not tell it: its stage is taken as unknown, so its per-student funding (G7) must meet both the primary and the junior norm (judged at the higher); the school table lists it under primary, outside the resource evaluation. If it teaches one stage only, give it in the stage column",
  },
  // A students column headed as the whole school's on a sheet with senior students (wholeStudents.ts).
  read_students_whole_senior: {
    zh: "第 {column} 列“{header}”是全校在校生数，而此表有高中学生（{cell}：“{text}”）：完全中学、十二年一贯制等学校的全校在校生含高中学生，不能作为义务教育学段的在校生数，未读取；如此列不含高中学生，请在任务窗格中手动指定其为在校生数（命令行：--map students={column}）",
    en: "Column {column} “{header}” gives the whole school's students, and this sheet has senior high students ({cell}: “{text}”): a complete middle or twelve-year school's whole-school count includes its senior students, which are no compulsory stage's, so it was not read; if the column holds no senior students, map it as the students by hand in the task pane (command line: --map students={column})",
  },
  read_type_point_sheet_over_name: {
    zh: "“{name}”没有填写办学类型，名称像小学（村小），但它列在教学点表“{sheet}”中，按工作表取为教学点；如它是小学，请在“学校类型”列填写“小学”",
    en: "“{name}” gives no school type and its name reads as a primary school (村小), but it is listed on the teaching-point sheet “{sheet}”: it is taken as a teaching point (教学点) from its sheet; if it is a primary school, enter 小学 in its school type column",
  },
  read_type_from_sheet: {
    zh: "{count} 所学校（如“{name}”）没有填写办学类型，名称也看不出类型，按所在工作表“{sheet}”取为{type}",
    en: "{count} schools (e.g. “{name}”) give no school type and their names do not tell it: each is taken as a {type:lower} from their sheet “{sheet}”",
  },
  read_type_from_sheet_one: {
    zh: "{count} 所学校（如“{name}”）没有填写办学类型，名称也看不出类型，按所在工作表“{sheet}”取为{type}",
    en: "{count} school (“{name}”) gives no school type and its name does not tell it: it is taken as a {type:lower} from its sheet “{sheet}”",
  },
  read_type_from_stage: {
    zh: "{count} 所学校（如“{name}”）没有填写办学类型，名称也看不出类型，按“学段”列取为小学或初中；九年一贯制、教学点等请填写办学类型",
    en: "{count} schools (e.g. “{name}”) give no school type and their names do not tell it: each is taken as a primary (小学) or junior secondary (初中) school by its stage (学段) column; give the school type of nine-year schools, teaching points and the like",
  },
  read_type_from_stage_one: {
    zh: "{count} 所学校（如“{name}”）没有填写办学类型，名称也看不出类型，按“学段”列取为小学或初中；九年一贯制、教学点等请填写办学类型",
    en: "{count} school (“{name}”) gives no school type and its name does not tell it: it is taken as a primary (小学) or junior secondary (初中) school by its stage (学段) column; give the school type of a nine-year school, teaching point or the like",
  },
  read_type_from_stage_text: {
    zh: "“{name}”的办学类型“{text}”不是可识别的学校类型，按学段“{stageText}”取为{type}；如不是，请填写办学类型（如九年一贯制学校、教学点）",
    en: "“{name}”: the school type “{text}” is no type the reader knows; taken as a {type:lower} from its stage (学段) “{stageText}”; if it is not one, fill in the school type (nine-year school, teaching point …)",
  },
  read_type_word_from_name: {
    zh: "“{name}”的办学类型“{text}”不是可识别的学校类型，按校名读作{type}；如不是，请填写办学类型（如九年一贯制学校、教学点）",
    en: "“{name}”: the school type “{text}” is no type the reader knows; taken as a {type:lower} from its name; if it is not one, fill in the school type (nine-year school, teaching point …)",
  },
  read_type_center_school: {
    zh: "“{name}”：“{text}”是乡镇中心校的叫法，未写明学段，按乡镇中心校的通常含义读作小学；如该校也设初中（九年一贯制学校），请填写办学类型或学段",
    en: "“{name}”: “{text}” is what a township's central school (乡镇中心校) is called, and no stage (学段) is given: read as a primary school, as such schools usually are; if it teaches junior secondary too (a nine-year school), fill in its school type or stage",
  },
  read_sections_shared_repeated: {
    zh: "“{name}”两个学段行的“{header}”都填了 {value}（另见 {otherCell}），按全校共用数读取一次，由两个学段按加权在校生数分摊，避免重复计入；如确为各学段各自的数，请改填各学段的数",
    en: "Both stage rows of “{name}” give {value} for {header} (see also {otherCell}): read once as the whole school's, split between the stages by weighted students so that it is not counted twice; if each stage really has that much, give each stage's own figure",
  },
  read_sections_shared_repeated_partly: {
    zh: "“{name}”两个学段行的“{header}”相同（{value}，另见 {otherCell}），但其他共用项各不相同，两行仍按各自学段读取，此数在两个学段都全额计入；如是全校数，请合并这两行的单元格或分别填写各学段的数",
    en: "Both stage rows of “{name}” give the same {header} ({value}, see also {otherCell}) while their other shared figures differ: each row is still read as its stage, so this figure counts in full for both; if it is the whole school's, merge the two cells or give each stage's own figure",
  },
  read_area_heading_row: {
    zh: "“{text}”是乡镇（片区）分组标题行（无数字），已跳过",
    en: "“{text}” is a township (area) heading with no numbers on the row; skipped",
  },
  read_name_with_township: {
    zh: "有多所学校名为“{name}”，此校在报告中称为“{shown}”（名称前加所在乡镇）",
    en: "Several schools are named “{name}”; this one is reported as “{shown}” (its township put before the name)",
  },
  read_private_unreadable_sponsor_used: {
    zh: "“{header}”的值“{text}”无法识别为公办或民办，已按“{sponsorHeader}”的“{sponsorText}”判断；请在“{header}”中填写“公办”或“民办”",
    en: "{header}: “{text}” is not recognisably public or private; {sponsorHeader} (“{sponsorText}”) was used instead; write 公办 (public) or 民办 (private) in {header}",
  },
  read_sponsor_unreadable: {
    zh: "“{header}”的值“{text}”不是统计报表的举办者类别，未用于判断是否民办或县属；请改为其中之一（如县级教育部门、县级其他部门、地级教育部门、省级其他部门、地方企业、事业单位、部队、集体、民办）",
    en: "{header}: “{text}” is not one of the statistics' sponsor (举办者) categories and was not used to tell private or county-run schools; write one of them (e.g. 县级教育部门, 县级其他部门, 地级教育部门, 省级其他部门, 地方企业, 事业单位, 部队, 集体, 民办)",
  },
  read_sponsor_private_conflict: {
    zh: "“{header}”为“{text}”，而“{sponsorHeader}”为“{sponsorText}”，两列对是否民办的说法矛盾；已按“{header}”的“{text}”处理，请核对并改正其中一列",
    en: "{header} says “{text}” but {sponsorHeader} says “{sponsorText}”: the two disagree on whether the school is private; {header} (“{text}”) was used; check the school and correct one of them",
  },
  read_sponsor_county_conflict: {
    zh: "“{header}”为“{text}”，而“{sponsorHeader}”为“{sponsorText}”，两列对是否县属的说法矛盾；已按“{header}”的“{text}”处理，请核对并改正其中一列",
    en: "{header} says “{text}” but {sponsorHeader} says “{sponsorText}”: the two disagree on whether the county runs the school; {header} (“{text}”) was used; check the school and correct one of them",
  },
  read_private_unreadable: {
    zh: "“{header}”的值“{text}”无法识别为公办或民办，因此按公办学校处理，纳入评估；如为民办学校，请填写“民办”",
    en: "{header}: “{text}” is not recognisably public or private, so the school was treated as public (公办) and included; if it is private, write 民办 (private)",
  },
  read_campuses_separate: {
    zh: "“{name}”与 {otherCell}“{other}”只差校区名称，按两所学校分别读取和评估；如是同一学校的两个校区（不计校数），请在“是否计校数”列对不计校数的校区填“否”",
    en: "“{name}” and “{other}” ({otherCell}) differ only by their campus name and are read as two schools; if they are two campuses of one school, mark the one not counted as a school with 否 (no) in a “counted as a school” column (是否计校数)",
  },
  read_columns_unmatched: {
    zh: "工作表“{sheet}”中以下列的表头未对应到任何指标项，未读取：{unreadColumns}；如其中有需要读取或缺少的列，可在任务窗格中指定其含义（命令行：--map 字段=列）",
    en: "Sheet “{sheet}”: these columns' headers were not matched to anything and were not read: {unreadColumns}; if one of them should be read or is a missing column, map it in the task pane (command line: --map field=column)",
  },
  read_bare_degrees_staff: {
    zh: "工作表“{sheet}”中 {staffDegreeColumns} 紧跟在 {column}“{header}”之后，是全体教职工的学历，不是专任教师的，未作为专任教师学历（L1）读取；L1 按 {degreeColumns} 计算。如这些列确是专任教师的学历，请在任务窗格中指定（命令行：--map 字段=列）",
    en: "Sheet “{sheet}”: {staffDegreeColumns} follow {column} “{header}” and give all staff's degrees, not the full-time teachers', so they were not read as the teachers' degrees (L1); L1 is counted from {degreeColumns}. If these columns are the teachers' degrees, map them in the task pane (command line: --map field=column)",
  },
  read_bare_degrees_staff_only: {
    zh: "工作表“{sheet}”中 {staffDegreeColumns} 紧跟在 {column}“{header}”之后，是全体教职工的学历，不是专任教师的，未作为专任教师学历（L1）读取；表中没有专科及以上 / 本科及以上学历专任教师数列，L1 因此缺数。如这些列确是专任教师的学历，请在任务窗格中指定（命令行：--map 字段=列）",
    en: "Sheet “{sheet}”: {staffDegreeColumns} follow {column} “{header}” and give all staff's degrees, not the full-time teachers', so they were not read as the teachers' degrees (L1); the sheet has no column of teachers with 专科及以上 / 本科及以上 degrees, so L1 lacks its count. If these columns are the teachers' degrees, map them in the task pane (command line: --map field=column)",
  },
  read_class_bucket_merged: {
    zh: "第 {column} 列“{header}”是合并的班额分段，涵盖统计口径的 {fieldList}，但与本表其他班额分段列重叠或衔接不上，无法与它们拼成从最小到最大班额不重不漏的分段，未读取；各校的班额分段因此可能不全，不全的不用于班额判断（请使各分段列首尾相接、互不重叠）",
    en: "Column {column} “{header}” is a merged class-size bucket covering {fieldList} of the statistics, but it overlaps the sheet's other class-size bucket columns or leaves a gap beside them, so that with them it cannot cover every class size exactly once; it was not read, so the schools' class-size buckets may be incomplete, and incomplete ones are not used for the class-size check (make the bucket columns meet end to end without overlapping)",
  },
  // Merged bucket columns left unread, by why (mergedBucketIssues.ts, bucketColumnProblem.ts); {sizes} as ≤45 / 51–55 / ≥66.
  read_class_bucket_merged_overlap: {
    zh: "第 {column} 列“{header}”是合并的班额分段，涵盖统计口径的 {fieldList}，但本表第 {overlapColumn} 列“{overlapHeader}”与第 {otherColumn} 列“{otherHeader}”的分段重叠（{sizes} 人的班级两列都计入），各分段列拼不成从最小到最大班额不重不漏的分段，本列未读取；各校的班额分段因此可能不全，不全的不用于班额判断（请使各分段列首尾相接、互不重叠）",
    en: "Column {column} “{header}” is a merged class-size bucket covering {fieldList} of the statistics, but columns {overlapColumn} “{overlapHeader}” and {otherColumn} “{otherHeader}” overlap (classes of {sizes} are counted in both), so the bucket columns cannot cover every class size exactly once; this column was not read, so the schools' class-size buckets may be incomplete, and incomplete ones are not used for the class-size check (make the bucket columns meet end to end without overlapping)",
  },
  read_class_bucket_merged_missing: {
    zh: "第 {column} 列“{header}”是合并的班额分段，涵盖统计口径的 {fieldList}，但本表的班额分段列缺少 {sizes} 人的分段，拼不成从最小到最大班额不重不漏的分段，本列未读取；各校的班额分段因此不全，不用于班额判断（请补上缺少的分段列）",
    en: "Column {column} “{header}” is a merged class-size bucket covering {fieldList} of the statistics, but no class-size bucket column of the sheet covers classes of {sizes}, so the bucket columns do not cover every class size; this column was not read, so the schools' class-size buckets are incomplete and not used for the class-size check (add the missing bucket columns)",
  },
  read_class_bucket_merged_unsupported: {
    zh: "第 {column} 列“{header}”是合并的班额分段，涵盖统计口径的 {fieldList}，但本表第 {otherColumn} 列“{otherHeader}”的合并方式无对应的指标项（可读取的合并分段：45人及以下、46-55人、56-65人、56人及以上），其班数无法拆分到所涵盖的各分段，各分段列拼不成从最小到最大班额不重不漏的分段，本列未读取；各校的班额分段因此可能不全，不全的不用于班额判断（请按统计口径的分段填写）",
    en: "Column {column} “{header}” is a merged class-size bucket covering {fieldList} of the statistics, but column {otherColumn} “{otherHeader}” merges buckets in a way no field stands for (merged buckets read: 45 or fewer, 46–55, 56–65, 56 or more), and its count cannot be split between the buckets it covers, so the bucket columns cannot cover every class size exactly once; this column was not read, so the schools' class-size buckets may be incomplete, and incomplete ones are not used for the class-size check (give the buckets of the statistics)",
  },
  // One cell far from its column's median (unitPlausibilityIssues.ts outlierCode): the direction the numbers show.
  read_value_outlier_wan_in_yuan: {
    zh: "“{field}”折合每生只有 {perStudent} 元，约为各校中位数（{median} 元）的数百分之一或更少：本列按“元”读取，此格看来是把以“万元”计的数填进了元列。单位与数字矛盾，此格未使用，该校需要它的指标不计算。请核对此单元格：如是万元，请换算成元（乘以 10000）后填写；如确为元，请改正数字；然后重新评估",
    en: "{field} comes to only {perStudent} yuan per student, a few hundredths of the schools' median ({median} yuan) or less: the column is read in yuan (元), and this cell looks like a figure in 10 000 yuan (万元) typed into it. With the unit and the number contradicting each other the cell was not used, and the school's indicators that need it are not computed. Check the cell: if it is in 万元, convert it to yuan (× 10 000); if it really is in yuan, correct the number; then evaluate again",
  },
  read_value_outlier_yuan_in_wan: {
    zh: "“{field}”折合每生 {perStudent} 元，约为各校中位数（{median} 元）的数百倍或更多：本列按“{unit}”读取，此格看来是把以“元”计的数填进了{unit}列。单位与数字矛盾，此格未使用，该校需要它的指标不计算。请核对此单元格：如是元，请换算成{unit}后填写（万元即除以 10000）；如确为{unit}，请改正数字；然后重新评估",
    en: "{field} comes to {perStudent} yuan per student, hundreds of times the schools' median ({median} yuan) or more: the column is read in {unit}, and this cell looks like a figure in yuan (元) typed into the {unit} column. With the unit and the number contradicting each other the cell was not used, and the school's indicators that need it are not computed. Check the cell: if it is in yuan, convert it to {unit} (for 万元, ÷ 10 000); if it really is in {unit}, correct the number; then evaluate again",
  },
  read_value_outlier_mu_in_m2: {
    zh: "“{field}”折合每生只有 {perStudent} 平方米，约为各校中位数（{median} 平方米）的数百分之一或更少：本列按“平方米”读取，此格很可能是以“亩”或“万平方米”计的数，请核对此单元格",
    en: "{field} comes to only {perStudent} m² per student, a few hundredths of the schools' median ({median} m²) or less: the column is read in m², and this cell most likely holds a figure in 亩 (mu) or 万平方米 (10 000 m²); please check the cell",
  },
  read_value_outlier_m2_in_mu: {
    zh: "“{field}”折合每生 {perStudent} 平方米，约为各校中位数（{median} 平方米）的数百倍或更多：本列按“{unit}”读取，此格很可能是把以“平方米”计的数填进了{unit}列，请核对此单元格",
    en: "{field} comes to {perStudent} m² per student, hundreds of times the schools' median ({median} m²) or more: the column is read in {unit}, and this cell most likely holds a figure in m² typed into the {unit} column; please check the cell",
  },
  read_value_outlier_small: {
    zh: "“{field}”折合每生只有 {perStudent} {baseUnit}，约为各校中位数（{median} {baseUnit}）的数百分之一或更少：此格可能填错了单位或少写了几位数，请核对此单元格",
    en: "{field} comes to only {perStudent} {baseUnit} per student, a few hundredths of the schools' median ({median} {baseUnit}) or less: the cell may be in another unit or short of some digits; please check it",
  },
  read_value_outlier_large: {
    zh: "“{field}”折合每生 {perStudent} {baseUnit}，约为各校中位数（{median} {baseUnit}）的数百倍或更多：此格可能填错了单位或多写了几位数，请核对此单元格",
    en: "{field} comes to {perStudent} {baseUnit} per student, hundreds of times the schools' median ({median} {baseUnit}) or more: the cell may be in another unit or have extra digits; please check it",
  },
  // One cell under a fifth of its column's median per student (unitPlausibilityIssues.ts belowMedianIssue): read as typed, the cell named.
  read_value_below_median: {
    zh: "“{field}”折合每生只有 {perStudent} {baseUnit}，约为各校中位数（{median} {baseUnit}）的 1/{times}：此格可能少写了一位数（如把 95 写成 9.5）或填错了单位。仍按所填读取，该校此项可能因此不达标，请核对此单元格",
    en: "{field} comes to only {perStudent} {baseUnit} per student, about 1/{times} of the schools' median ({median} {baseUnit}): the cell may be short of a digit (9.5 typed for 95) or in another unit. It was read as given, and the school may fail this indicator because of it; please check the cell",
  },
  // A money cell typed 0 among schools with values (unitPlausibilityIssues.ts zeroIssue): read as 0, the cell named.
  read_value_zero: {
    zh: "“{field}”填为 0，而各校中位数为每生 {median} {baseUnit}：可能是不知道数值时填了 0。仍按 0 读取，该校此项可能因此不达标；请核对此单元格，有数请填写，不知道请留空",
    en: "{field} is 0 while the schools' median is {median} {baseUnit} per student: perhaps a 0 typed for a value not known. It was read as 0, and the school may fail this indicator because of it; please check the cell: enter the value, or leave it blank if it is not known",
  },
  // read_value_zero where too few schools have a value above 0 for a median (3 schools, one of them 0): the 0 said all the same.
  read_value_zero_no_median: {
    zh: "“{field}”填为 0，而其他学校填有数值：可能是不知道数值时填了 0。仍按 0 读取，该校此项可能因此不达标；请核对此单元格，有数请填写，不知道请留空",
    en: "{field} is 0 while other schools give a value: perhaps a 0 typed for a value not known. It was read as 0, and the school may fail this indicator because of it; please check the cell: enter the value, or leave it blank if it is not known",
  },
  // A teacher count above the row's students (checkFields.checkTeachersOverStudents): read, but most likely a wrong cell.
  read_value_outlier_teachers_over_students: {
    zh: "“{field}”{value} 人多于本校在校生数 {students} 人（{studentsCell}）：此格很可能填错了（特殊教育学校等除外），仍按所填读取，请核对此单元格",
    en: "The count of {field:lower} ({value}) is more than the school's students ({students}, {studentsCell}): the cell is most likely wrong (unless, say, it is a special school); it was read as given; please check it",
  },
  // Students more than classes × the largest class (checkFields.checkStudentsOverClasses): read, but no school can hold them.
  read_value_outlier_students_over_classes: {
    zh: "在校生数 {value} 人多于班级数 {classes} 个（{classesCell}）× 最大班额 {largest} 人（{largestCell}）= {most} 人，各班容纳不下：此格很可能多写了一位数（也可能是班级数或最大班额填错），仍按所填读取，请核对这几个单元格",
    en: "The students ({value}) are more than the classes ({classes}, {classesCell}) times the largest class ({largest}, {largestCell}) = {most}, more than the classes can hold: the cell most likely has an extra digit (or the class count or the largest class is wrong); it was read as given; please check these cells",
  },
  // The same, students under 5 times what the classes hold: no extra digit, any of the three cells may be wrong.
  read_value_outlier_students_over_classes_slightly: {
    zh: "在校生数 {value} 人多于班级数 {classes} 个（{classesCell}）× 最大班额 {largest} 人（{largestCell}）= {most} 人，各班容纳不下：在校生数、班级数或最大班额有一处填错，仍按所填读取，请核对这几个单元格",
    en: "The students ({value}) are more than the classes ({classes}, {classesCell}) times the largest class ({largest}, {largestCell}) = {most}, more than the classes can hold: the students, the class count or the largest class is wrong; it was read as given; please check these cells",
  },
  // A 班级数 or 最大班额 of 0 in a row with students (checkFields.checkZeroClasses): read, but pupils sit in a class of one pupil at least.
  read_value_outlier_zero_classes: {
    zh: "“{field}”为 0，但本行在校生数为 {students} 人（{studentsCell}）：有学生就至少有 1 个班、最大班额至少 1 人，此格很可能填错了，仍按所填读取（音乐、美术专用教室和大班额按此计算），请核对此单元格",
    en: "{field} is 0, but the row has {students} students ({studentsCell}): a school with students has at least one class, and its largest class at least one pupil, so the cell is most likely wrong; it was read as given (the music and art rooms needed and the large classes are reckoned from it); please check it",
  },
  read_county_from_title: {
    zh: "学校表没有县区列，县区按工作表“{sheet}”的标题（或表名）取为“{county}”",
    en: "The school sheet has no county column: the county is taken as “{county}” from the title (or name) of sheet “{sheet}”",
  },
  read_fix_per_student: {
    zh: "第 {column} 列“{header}”按指定读作“{field}”，但表头看是生均值（或每百名学生的值），不是总量：若确为生均值，计算结果将不正确",
    en: "Column {column} “{header}” is read as {field}, as mapped, but its header says it is a value per student (or per 100 students), not a total: if it is, the results will be wrong",
  },
  read_per_student_column: {
    zh: "第 {column} 列“{header}”是生均值（或每百名学生的值），不能代替总量“{field}”：差异系数按在校生数加权、缺口按总量测算，该列未读取（请补充该项的总量列，或在任务窗格中指定）",
    en: "Column {column} “{header}” is a value per student (or per 100 students) and cannot stand for the total “{field}”: the difference coefficients (CV) weigh each school section by its students and the shortfalls are totals, so the column was not read (add the item's total column, or map one in the task pane)",
  },
  read_unit_unsupported: {
    zh: "第 {column} 列“{header}”是{field}，但单位“{unit}”无法换算，该列未读取（请改为该项的常用单位后再评估）",
    en: "Column {column} “{header}” is {field}, but its unit “{unit}” cannot be converted; the column was not read (state the item's usual unit and evaluate again)",
  },
  // A money column stated 元 whose values look like 万元, or converted from 万元 whose values look like 元 (unitPlausibilityIssues.ts unreadMoneyColumns): not read.
  read_money_unit_suspect: {
    zh: "第 {column} 列“{header}”注明的单位是“元”，但按元读取，各校生均{field}的中位数只有 {perStudent} 元，约为标准（每生数百至数千元）的万分之一：该列的数字看来是以“万元”填报的。单位与数字矛盾，该列未读取，需要它的指标不计算。请核对后重新评估：如是万元，把表头单元格 {headerCell}（或表格上方的单位行）中的单位改为“万元”；如确为元，请改正数字；任务窗格和命令行（--map）只能指定列的含义，不能指定单位",
    en: "Column {column} “{header}” states its unit as yuan, but read in yuan its median {field} is only {perStudent} yuan per student, about 1/10 000 of the standards (hundreds to thousands of yuan per student): its numbers look like 万元 (10 000 yuan). With its unit and its numbers contradicting each other the column was not read, and the indicators that need it are not computed. Check and evaluate again: if it is in 万元, change the unit in header cell {headerCell} (or in the unit line above the table) to “万元”; if it really is in yuan, correct the numbers; the task pane and the command line (--map) set what a column means, not its unit",
  },
  read_money_unit_already_yuan: {
    zh: "第 {column} 列“{header}”注明的单位是“{unit}”，但按{unit}换算成元后，各校生均{field}的中位数达 {perStudent} 元，远超任何学校的实际水平（标准为每生数百至数千元）：该列的数字看来已经是“元”。单位与数字矛盾，该列未读取，需要它的指标不计算。请核对后重新评估：如是元，把表头单元格 {headerCell}（或表格上方的单位行）中的“{unit}”改为“元”；如确为{unit}，请改正数字；任务窗格和命令行（--map）只能指定列的含义，不能指定单位",
    en: "Column {column} “{header}” states its unit as {unit}, but converted from {unit} its median {field} is {perStudent} yuan per student, far beyond any real school (the standards ask hundreds to thousands of yuan per student): its numbers look like yuan already. With its unit and its numbers contradicting each other the column was not read, and the indicators that need it are not computed. Check and evaluate again: if it is in yuan, change “{unit}” in header cell {headerCell} (or in the unit line above the table) to “元”; if it really is in {unit}, correct the numbers; the task pane and the command line (--map) set what a column means, not its unit",
  },
  // A money column stating no unit anywhere that looks like 万元 (unitPlausibilityIssues.ts unreadMoneyColumns): not read.
  read_money_unit_unstated: {
    zh: "第 {column} 列“{header}”的表头和表格的单位行都没有注明金额单位；如按“元”读取，各校生均{field}的中位数只有 {perStudent} 元，约为标准（每生数百至数千元）的万分之一，该列很可能以“万元”填报。单位不明，该列未读取，需要它的指标不计算。请注明单位后重新评估：在表头单元格 {headerCell} 的文字后加上“（万元）”（如确为元，则加上“（元）”），或在表头上方加一行“单位：万元”；任务窗格和命令行（--map）只能指定列的含义，不能指定单位",
    en: "Column {column} “{header}” states no money unit, neither in its header nor on a unit line of the table; read in yuan, its median {field} would be only {perStudent} yuan per student, about 1/10 000 of the standards (hundreds to thousands of yuan per student), so it is most likely in 万元 (10 000 yuan). With its unit unknown the column was not read, and the indicators that need it are not computed. State the unit and evaluate again: add “（万元）” after the text of header cell {headerCell} (or “（元）” if it really is in yuan), or put a line “单位：万元” above the header; the task pane and the command line (--map) set what a column means, not its unit",
  },
  read_area_unit_suspect: {
    zh: "第 {column} 列“{header}”按“平方米”读取后，各校生均{field}的中位数只有 {perStudent} 平方米，不到 {limit} 平方米，远低于任何学校的实际水平（标准为每生数平方米）：该列很可能以“亩”或“万平方米”填报。请核对；如是，请在表头注明单位，如“（亩）”",
    en: "Column {column} “{header}” read in m² gives a median {field} of only {perStudent} m² per student, under {limit} m², far below any real school (the standards ask several m² per student): the column looks like 亩 (mu) or 万平方米 (10 000 m²). Please check; if so, state the unit in the header, e.g. “（亩）” for mu",
  },
  read_unit_converted_suspect: {
    zh: "第 {column} 列“{header}”按所注单位（表头或表上方的单位行）换算后，各校生均{field}的中位数达 {perStudent} {baseUnit}，远超任何学校的实际水平：该列的数字很可能已经以{baseUnit}为单位。请核对单位",
    en: "Column {column} “{header}” converted by its stated unit (in the header or the unit line above the table) gives a median {field} of {perStudent} {baseUnit} per student, far beyond any real school: its numbers are most likely in {baseUnit} already. Please check the unit",
  },
  read_backbone_total_county_up: {
    zh: "第 {column} 列“{header}”是骨干教师合计，未使用：L2 只计县级及以上骨干教师，按第 {useColumn} 列“{use}”读取",
    en: "Column {column} “{header}” is a total of backbone teachers and is not used: L2 counts county level or above only, read from column {useColumn} “{use}”",
  },
  read_backbone_total_levels: {
    zh: "第 {column} 列“{header}”未分级别，是全部骨干教师（可能含校级等县级以下），未使用：L2 只计县级及以上骨干教师，改为各级相加（{levels}）",
    en: "Column {column} “{header}” names no level: it counts all backbone teachers (possibly school level and other levels below the county too) and is not used: L2 counts county level or above only, the levels are added up instead ({levels})",
  },
  read_backbone_total_below_county: {
    zh: "第 {column} 列“{header}”是骨干教师合计，含县级以下骨干教师（第 {belowColumn} 列“{below}”），L2 只计县级及以上：未使用合计，改为各级相加（{levels}）",
    en: "Column {column} “{header}” is a total of backbone teachers that counts levels below the county too (column {belowColumn} “{below}”), while L2 counts county level or above only: the total is not used, the levels are added up instead ({levels})",
  },
  read_backbone_total_below_county_unused: {
    zh: "第 {column} 列“{header}”是骨干教师合计，含县级以下骨干教师（第 {belowColumn} 列“{below}”），L2 只计县级及以上，合计未使用；表中没有县级及以上骨干教师数，也没有可相加的省级、市级、县级各列，L2 无法计算：请补充其中之一",
    en: "Column {column} “{header}” is a total of backbone teachers that counts levels below the county too (column {belowColumn} “{below}”), while L2 counts county level or above only, so the total is not used; the sheet has no county-level-or-above column and no full set of provincial, city and county-level columns (省级, 市级, 县级) to add up, so L2 cannot be computed: please add one of them",
  },
  read_backbone_levels_incomplete: {
    zh: "“{header}”下的骨干教师各级（{levels}）缺少{missing}列，相加会少算县级及以上骨干教师，未使用，L2 无法计算：请补上{missing}列（该县没有时填 0），或增加一列县级及以上骨干教师数",
    en: "The backbone levels under “{header}” ({levels}) have no {missing} column, so their sum would undercount county level or above; they are not used and L2 cannot be computed: please add the {missing} column (0 where the county has none) or a county-level-or-above column",
  },
  read_backbone_level_overlap: {
    zh: "第 {column} 列“{header}”所计的骨干教师已计入第 {overlap} 列，未使用，以免重复计算：L2 按 {levels} 列相加。如该列并非这几列的小计，请核对表头，或在列对应关系中更正",
    en: "Column {column} “{header}” counts backbone teachers already counted in column {overlap}; it is not used, so that none is counted twice: L2 adds up columns {levels}. If it is not their subtotal, check the headers or correct the column mapping",
  },
  read_pe_art_overlap: {
    zh: "第 {column} 列“{header}”所计的音乐、美术教师已计入第 {overlap} 列，未使用，以免重复计算：L3 按 {levels} 列相加。如该列并非这几列的小计，请核对表头，或在列对应关系中更正",
    en: "Column {column} “{header}” counts music and art teachers already counted in column {overlap}; it is not used, so that none is counted twice: L3 adds up columns {levels}. If it is not their subtotal, check the headers or correct the column mapping",
  },
  read_fix_drops_part: {
    zh: "第 {column} 列“{header}”原作为“{field}”的分项相加，现因第 {fixColumn} 列被指定为“{field}”（整项），不再读取。如第 {fixColumn} 列只是其中一项（如省市级），请把它指定为相应分项，第 {column} 列即照旧相加",
    en: "Column {column} “{header}” was added up as a part of {field}; since column {fixColumn} is now set to {field} as a whole, it is no longer read. If column {fixColumn} holds only one part (e.g. one level), set it to that part instead, and column {column} is added up as before",
  },
  // A whole field mapped onto a column whose header names one of its parts (partFix.ts partOfFixedColumn).
  read_fix_whole_on_part: {
    zh: "第 {column} 列“{header}”被指定为“{field}”（整项），但表头只是其中一项：已按分项“{takenPart}”读取，其余分项照旧相加。如该列确为整项合计，请把表头改为整项名称（如“体育、艺术专任教师数”）",
    en: "Column {column} “{header}” was set to {field} as a whole, but its header names one part only ({takenPart:lower}): it is read as that part, and the other parts are added to it as before. If the column really holds the whole total, rename its header to the whole field's name (e.g. 体育、艺术专任教师数)",
  },
  // A field of parts read with some parts and not the others (partFix.ts partGapIssues).
  read_parts_incomplete: {
    zh: "“{field}”按分项相加，已读取第 {column} 列“{header}”等分项，但缺少“{missingPart}”列，各校该项无法计算。如表中有该列，请在“列对应关系”中把它指定为“{field}：{missingPart}”（命令行：--map \"{field}：{missingPart}=列字母\"）；如有整项合计列，请指定为“{field}”",
    en: "{field} is added up from its parts; column {column} “{header}” and other parts are read, but no column gives the part “{missingPart:lower}”, so the item cannot be computed for any school. If the sheet has that column, set it to {field}: {missingPart:lower} in the column mapping (command line: --map \"{field}: {missingPart:lower}=column letter\"); if a column gives the whole total, set it to {field}",
  },
  // The same for one stage's parts (初中体育 read, 初中音乐美术 not): the stage named, and the --map key the CLI takes for it (roleOfName: peArtTeachers@junior#musicArt).
  read_parts_incomplete_stage: {
    zh: "“{field}”按分项相加，已读取第 {column} 列“{header}”等{stage}分项，但缺少{stage}的“{missingPart}”列，各校{stage}该项无法计算。如表中有该列，请在“列对应关系”中把它指定为“{field}：{missingPart}（{stage}）”（命令行：--map \"{mapKey}=列字母\"）；如有{stage}整项合计列，请指定为“{field}（{stage}）”",
    en: "{field} is added up from its parts; column {column} “{header}” and other {stage:lower} parts are read, but no column gives the {stage:lower} part “{missingPart:lower}”, so the item cannot be computed for any school's {stage:lower} stage. If the sheet has that column, set it to {field}: {missingPart:lower} ({stage}) in the column mapping (command line: --map \"{mapKey}=column letter\"); if a column gives the {stage:lower} total, set it to {field} ({stage})",
  },
  read_duplicate_column: {
    zh: "第 {column} 列“{header}”与第 {first} 列含义相同，未使用",
    en: "Column {column} “{header}” means the same as column {first}; not used",
  },
  // A --map / pane fix naming a column with nothing under the header (emptyFixColumn.ts): said once, instead of a missing value per school row.
  read_mapping_empty_column: {
    zh: "“{field}”指定的第 {column} 列在工作表“{sheet}”的表头（第 {row} 行）以下没有任何数据，未按此读取，该字段视为缺少；请核对列字母（命令行 --map，或任务窗格的“列对应关系”）",
    en: "Column {column}, given for {field:lower}, holds nothing under the header (row {row}) of sheet “{sheet}”, so it was not read and the field counts as missing; check the column letter (--map on the command line, or the task pane's Column mapping)",
  },
  // An --ignore naming a column with no header and nothing under it (matchColumns emptyIgnoreIssues): it changes nothing, and the column meant is still read.
  read_ignore_empty_column: {
    zh: "--ignore {column}：工作表“{sheet}”的第 {column} 列没有表头（表头在第 {row} 行），其下也没有数据，忽略它不影响读取；如想不读取某列，请核对列字母",
    en: "--ignore {column}: column {column} of sheet “{sheet}” has no header (the header is on row {row}) and nothing under it, so ignoring it changes nothing; if a column should not be read, check the letter",
  },
  read_mapping_bad_column: { zh: "“{field}”指定的列 {column} 无效", en: "The column {column} given for {field} is not valid" },

  read_formula_error: {
    zh: "“{fieldHeader}”的值是公式错误 {text}，该项未读取；请修正公式（或填入数值）后重新评估",
    en: "{fieldHeader}: the cell holds a formula error {text}; not read. Correct the formula (or enter the value) and evaluate again",
  },
  read_not_a_number: {
    zh: "“{fieldHeader}”的值“{text}”不是数字，该项未读取；请改为数字后重新评估",
    en: "{fieldHeader}: “{text}” is not a number; not read. Enter it as a number and evaluate again",
  },
  // A number in a date-formatted cell ({text} as Excel shows it, {number} what the cell holds); _dates: a column of them, said once (columnNotes.ts).
  read_date_in_number: {
    zh: "“{fieldHeader}”的单元格设为日期格式，显示为“{text}”，实际存的是数字 {number}；该项未读取。如果 {number} 就是要填的数，请把单元格格式改为“常规”或“数值”",
    en: "{fieldHeader}: the cell is formatted as a date and shows “{text}”, but holds the number {number}; not read. If {number} is the value meant, set the cell's format to General or Number",
  },
  read_dates_in_number: {
    zh: "第 {column} 列中“{fieldHeader}”的 {count} 个单元格设为日期格式（{cells} 等），存的数字未读取。如果这些数字就是要填的数，请把该列格式改为“常规”或“数值”",
    en: "{fieldHeader}: {count} cells in column {column} are formatted as dates ({cells} and others); the numbers they hold were not read. If those numbers are the values meant, set the column's format to General or Number",
  },
  read_dates_in_number_few: {
    zh: "第 {column} 列中“{fieldHeader}”的 {count} 个单元格设为日期格式（{cells}），存的数字未读取。如果这些数字就是要填的数，请把该列格式改为“常规”或“数值”",
    en: "{fieldHeader}: {count} cells in column {column} are formatted as dates ({cells}); the numbers they hold were not read. If those numbers are the values meant, set the column's format to General or Number",
  },
  read_dash_as_zero: {
    zh: "“{fieldHeader}”填写为“{text}”，按 0 读取（如实际缺数据，请留空或填入数字）",
    en: "{fieldHeader}: “{text}” read as 0 (if the value is unknown, leave the cell blank; otherwise enter the number)",
  },
  read_blank_part_as_zero: {
    zh: "“{fieldHeader}”列有 {count} 个单元格空白而同行其他部分有数，均按 0 计入合计（第一个即此单元格）；如实际不为 0，请填写",
    en: "{fieldHeader}: {count} cells are blank while other parts of their row are given; each was counted as 0 in the sum (this is the first); if one is not 0, fill it in",
  },
  read_blank_part_as_zero_one: {
    zh: "“{fieldHeader}”此单元格空白而同行其他部分有数，按 0 计入合计；如实际不为 0，请填写",
    en: "{fieldHeader}: the cell is blank while other parts of its row are given; counted as 0 in the sum; if it is not 0, fill it in",
  },
  read_blank_part_not_met: {
    zh: "{school}（{stage}）{indicator} 未达标，所依据的“{header}”（单元格 {at}）为空白，已按 0 计；如实际不为 0，请填写",
    en: "{school} ({stage:lower}): {indicator} is not met and rests on “{header}” (cell {at}), which is blank and was counted as 0; if it is not 0, fill it in",
  },
  read_dash_not_met: {
    zh: "{school}（{stage}）{indicator} 未达标，所依据的“{header}”（单元格 {at}）填写为“{text}”，已按 0 计；如实际不为 0，请填写数字",
    en: "{school} ({stage:lower}): {indicator} is not met and rests on “{header}” (cell {at}), which holds “{text}” and was read as 0; if it is not 0, enter the number",
  },
  read_dash_as_missing: {
    zh: "“{fieldHeader}”填写为“{text}”，按本表填表说明（{noteCell}）视为无数据，该项缺失",
    en: "{fieldHeader}: “{text}” is read as no data (missing), as this sheet's note ({noteCell}) says",
  },
  read_no_data_notes_contradict: {
    zh: "本表填表说明相互矛盾：{noteCell} 说“{mark}”表示无数据，{otherCell} 说它表示没有（0）；“{mark}”仍按 0 读取，请核对说明",
    en: "This sheet's notes contradict each other: {noteCell} makes “{mark}” mean no data, {otherCell} makes it mean none (0); “{mark}” is still read as 0, please check the notes",
  },
  read_figure_read_as: { zh: "“{fieldHeader}”填写为“{text}”，已按 {readValue} 读取", en: "{fieldHeader}: “{text}” was read as {readValue}" },
  read_figure_no_value_column: {
    zh: "县级指标表的表头有项目列，但没有可识别的数值列（表头：{found}）：各项取项目右侧第一个能读取的值（不取标准、目标列），请核对，或把数值列的表头写作“数值”或“本县现状”",
    en: "The county figures header has an item column but no recognisable value column (header: {found}): each item's value is taken from the first readable cell to its right (not a standard or target column); please check, or head the value column 数值 (value) or 本县现状 (the county's current level)",
  },
  // A figures header whose rows name no item read (sheetItems.ts: noItemRead).
  read_figures_no_item: {
    zh: "此表的表头（{found}）是县级指标表的表头，但各行均未识别出县级指标项目（如：{names}），此表未读取任何数值：请核对项目名称所在的列",
    en: "This header ({found}) is a county figures header, but no row names a county item that is recognised (e.g. {names}); no figure was read from this sheet: please check the column holding the item names",
  },
  read_figure_latest_year: { zh: "县级指标按最新年份 {year} 年的列读取", en: "County figures are read from the latest year's column, {year}" },
  read_figure_inverted: {
    zh: "“{item}”与指标“{countyItem}”的说法相反：“{text}”已按相反的意思读取",
    en: "“{item}” is worded the opposite way to “{countyItem}”: “{text}” was read with the opposite meaning",
  },
  read_figure_quantity_not_yes_no: {
    zh: "“{item}”是数量或比例，而指标“{countyItem}”应填“是”或“否”：未读取，请填写该指标是否达标",
    en: "“{item}” is a number or share, while “{countyItem}” is answered yes or no: not read; please state whether the item is met",
  },
  read_figure_pay_amount: {
    zh: "“{item}”是工资金额，不是教师与公务员平均工资之比：未读取（如同时填写教师和公务员的平均工资，可算出比值）",
    en: "“{item}” is an amount of pay, not the ratio of teachers' to civil servants' pay: not read (with both average pays given, the ratio is computed)",
  },
  // A share item's bare number in (1, 100] with no % said anywhere, read as a percentage (barePercent.ts).
  read_figure_bare_percent: {
    zh: "县级指标“{item}”填写为 {text}，未写 % 号；该项是比例，已按 {percent}（即 {fraction}）读取。如有误请改正；为免歧义，请写作 {percent} 或小数 {fraction}",
    en: "County item “{item}” is given as {text}, without a % sign; as the item is a share, it was read as {percent} ({fraction}). Correct it if that is wrong; to leave no doubt, write {percent} or the fraction {fraction}",
  },
  // A pay ratio of 2 or more, a difference rate of 1 or more: a percentage written without its % (credibleNumber.ts).
  read_figure_number_not_credible: {
    zh: "县级指标“{item}”填写为 {text}，作为比值不可信（{expected}），未采用，该项待评估；如为百分数，请写作 {percent} 或 {fraction}",
    en: "County item “{item}” is given as {text}, which cannot be the ratio itself ({expected}): not used, the item is not yet assessed; if it is a percentage, write {percent} or {fraction}",
  },
  // A 是 / 否 stating G8 beside the two amounts of pay: the amounts' ratio is judged (payDeclared.ts).
  read_figure_pay_declared_contradicted: {
    zh: "“{item}”填写为“{text}”，但按工资金额 {teacherCell} ÷ {civilCell} 计算的教师与公务员平均工资之比为 {computed}（标准为不低于 {threshold}），与所填不符：按计算的比值判定，未采用“{text}”，请核对",
    en: "“{item}” is answered “{text}”, but the amounts of pay ({teacherCell} ÷ {civilCell}) give teachers' to civil servants' pay of {computed} (the standard: at least {threshold}), which says otherwise: the item is judged by that ratio, not by “{text}”; please check",
  },
  read_figure_pay_declared_by_amounts: {
    zh: "“{item}”填写为“{text}”；同时填写了工资金额，按 {teacherCell} ÷ {civilCell} 计算的比值为 {computed}，按此比值判定",
    en: "“{item}” is answered “{text}”; the amounts of pay are given too ({teacherCell} ÷ {civilCell}: a ratio of {computed}), and the item is judged by that ratio",
  },
  read_figure_pay_ratio_computed: {
    zh: "教师与公务员平均工资之比按“{item}”÷ {civilCell} 计算为 {value}",
    en: "The ratio of teachers' to civil servants' pay is computed as “{item}” ÷ {civilCell}: {value}",
  },
  // A stage-less special-education funding figure (stagelessFigures.ts): what it was taken for.
  read_figure_both_stages: {
    zh: "“{item}”未分学段：按同一生均标准同时用于小学和初中（{value} 元），两个学段分别按各自的标准判断",
    en: "“{item}” names no stage: taken for both primary and junior secondary ({value} yuan), each judged against its own threshold",
  },
  read_figure_one_stage: {
    zh: "“{item}”未分学段：另一学段已在 {stageCell} 单独填写并以其为准，此值（{value} 元）只用于{stageInText}",
    en: "“{item}” names no stage: the other stage is given on its own at {stageCell} and that figure is used for it; this one ({value} yuan) is taken for {stageInText} only",
  },
  // G13's rate named for both stages (or none): stagelessFigures.ts.
  read_figure_nearby_both_stages: {
    zh: "“{item}”未分学段：比例为 100%，小学和初中的比例都不会低于它，因此同时用于两个学段",
    en: "“{item}” names no one stage: at 100%, neither primary's nor junior secondary's rate can be lower, so it is taken for both",
  },
  read_figure_nearby_one_stage: {
    zh: "“{item}”未分学段：比例为 100%，另一学段已在 {stageCell} 单独填写并以其为准，此值只用于{stageInText}",
    en: "“{item}” names no one stage: at 100% it is taken for {stageInText} only, the other stage being given on its own at {stageCell}",
  },
  read_figure_nearby_stages_given: {
    zh: "“{item}”未分学段，而小学、初中已分别填写（{primaryCell}、{juniorCell}）：此值未使用",
    en: "“{item}” names no one stage, and primary and junior secondary are each given on their own ({primaryCell}, {juniorCell}): this value is not used",
  },
  read_figure_nearby_combined: {
    zh: "“{item}”（{value}）是小学、初中合计的比例，无法分出各学段的比例（小学、初中的标准不同），未读取；请分学段填写就近划片入学比例",
    en: "“{item}” ({value}) is the rate of primary and junior secondary together, which cannot be split by stage (their thresholds differ): not read; please give the nearby-enrolment rate per stage",
  },
  // Two rows giving one stage-less G7 / G13 item of a county with other values (stagelessFigures.ts: disagreement).
  read_figure_stageless_differs: {
    zh: "“{item}”未分学段，此处填 {value}，与 {otherCell} 填的 {other} 不一致：两个值都已读取，各学段按其中较低的判断；如只有一个是对的，请删去另一个",
    en: "“{item}” names no stage and gives {value} here, unlike {other} at {otherCell}: both were read, and each stage is judged on the lower; if only one is right, delete the other",
  },
  read_figure_nearby_differs: {
    zh: "“{item}”未分学段，此处填 {value}，与 {otherCell} 填的 {other} 不一致，无法确定各学段的就近划片入学比例：未读取；请分学段填写",
    en: "“{item}” names no stage and gives {value} here, unlike {other} at {otherCell}, so no stage's nearby-enrolment rate can be told: not read; please give it per stage",
  },
  // A row of a figures list whose value nothing was read from nor said of (unreadRows.ts).
  read_figure_row_no_item: {
    zh: "此行填了值“{text}”，但没有项目名称（{itemCell} 为空，上方也没有合并或分组的项目名称）：未读取；请填写项目名称",
    en: "This row gives the value “{text}” but no item name ({itemCell} is blank, with no name merged or grouped above it): not read; please name the item",
  },
  read_figure_row_not_read: {
    zh: "此行的值“{text}”未读取：无法判断它是哪个县级指标的值（此行其他内容：{cells}）",
    en: "The value “{text}” here was not read: which county item it gives cannot be told (the other cells of its row: {cells})",
  },
  // A ratio item whose 单位 cell says a count (figureOf.ts: countedNotRatio).
  read_figure_unit_not_ratio: {
    zh: "“{item}”是比例，而此行单位为“{unit}”，“{text}”是人数或个数而不是比例：未读取；请填写比例，或分别填写人数以便计算",
    en: "“{item}” is a ratio, but this row's unit is “{unit}”: “{text}” is a count, not the ratio; not read. Give the ratio, or the counts it is computed from",
  },
  read_figure_stages_given: {
    zh: "“{item}”未分学段，而小学、初中已分别填写（{primaryCell}、{juniorCell}）：此值未使用",
    en: "“{item}” names no stage, and primary and junior secondary are each given on their own ({primaryCell}, {juniorCell}): this value is not used",
  },
  read_figure_no_value: {
    zh: "“{item}”所在行没有能读取的值（{text}）：该项应填{expected}，未读取",
    en: "“{item}”: no readable value on its row ({text}); the item needs {expected}; not read",
  },
  // A row whose sentence names a two-part item whole (twoPartFigures.ts): each value taken for its part.
  read_figure_two_parts: {
    zh: "“{item}”含两项，“{text}”已分别读取：“{countyItem}”为“{firstText}”，“{secondItem}”为“{secondText}”",
    en: "“{item}” holds two items; “{text}” was read as {countyItem}: “{firstText}” and {secondItem}: “{secondText}”",
  },
  read_figure_two_parts_one: {
    zh: "“{item}”含两项，“{text}”只有一个值，已作为“{countyItem}”读取；“{secondItem}”未填写，请另起一行填写",
    en: "“{item}” holds two items and “{text}” gives one value, read as {countyItem}; {secondItem} is not given: enter it on a row of its own",
  },
  read_figure_two_parts_unsplit: {
    zh: "“{item}”含两项（“{countyItem}”和“{secondItem}”），“{text}”无法分开读取，未读取：请分两行填写，每行一项一个值；或在本格按该项文字的顺序写两个值，用“；”隔开",
    en: "“{item}” holds two items ({countyItem} and {secondItem}) and “{text}” cannot be split between them; not read: enter them on two rows, one value each, or write both values in this cell in the order the item names them, separated by “;”",
  },
  // The same for a sentence naming no order of its parts (G7's 特殊教育学校生均公用经费: twoParts.ts namesBothParts): its values are asked labelled, never in an order (reviewer R3 of s46, finding 1).
  // read_figure_two_parts_unsplit_labelled for a rate (G13's 义务教育就近入学比例): not 金额 / amounts (reviewer R2 of s49).
  read_figure_two_parts_unsplit_labelled_ratio: {
    zh: "“{item}”含两项（“{countyItem}”和“{secondItem}”），“{text}”无法分开读取，未读取：该项文字未写明各值属于哪一学段，请在本格为每个比例写明学段，如“小学100%，初中96.8%”，或分两行填写",
    en: "“{item}” holds two items ({countyItem} and {secondItem}) and “{text}” cannot be split between them, as the item does not say which value is whose; not read: write each rate with its stage in this cell, such as 小学100%，初中96.8%, or enter each stage on a row of its own",
  },
  // A 全县 cell beside a stage-less G7 or G13 row read by stage (小学100%，初中96.8% | 98%): not used, said (reviewer R2 of s49).
  read_figure_whole_beside_stages: {
    zh: "县级指标“{item}”已按各学段的值读取（见 {usedCell}）；此处全县列的“{text}”未使用",
    en: "County item “{item}” was read per stage (see {usedCell}); “{text}” here, in the whole-county column, is not used",
  },
  // Two labelled stage values read from a cell that also gives the whole county's (小学100%，初中96.8%，全县98.5%).
  read_figure_two_parts_whole_unused: {
    zh: "“{item}”按学段读取，“{text}”中全县的值“{extra}”未使用",
    en: "“{item}” is read per stage; the whole county's value in “{text}”, “{extra}”, is not used",
  },
  read_figure_two_parts_unsplit_labelled: {
    zh: "“{item}”含两项（“{countyItem}”和“{secondItem}”），“{text}”无法分开读取，未读取：该项文字未写明各值属于哪一学段，请在本格为每个金额写明学段，如“小学6500元，初中7000元”，或分两行填写",
    en: "“{item}” holds two items ({countyItem} and {secondItem}) and “{text}” cannot be split between them, as the item does not say which value is whose; not read: write each amount with its stage in this cell, such as 小学6500元，初中7000元, or enter each stage on a row of its own",
  },
  read_number_as_text: {
    zh: "“{fieldHeader}”的数字以文本形式存储（“{text}”），已按 {readValue} 读取；Excel 的求和会跳过此类单元格",
    en: "{fieldHeader}: the number is stored as text (“{text}”) and was read as {readValue}; Excel's SUM skips such cells",
  },
  // read_number_as_text at two or more cells of one column, said once at the first (columnNotes.ts); _few: all of them listed.
  // A total's rows ({fromRows}, catalogue.ts): from row {first} down to a total under them; rows {first}–{last} under a total above them, which must say where they end.
  read_rows_from: { zh: "第 {first} 行起", en: "from row {first} down" },
  read_rows_span: { zh: "第 {first}–{last} 行", en: "in rows {first}–{last}" },
  read_rows_span_one: { zh: "第 {first} 行", en: "in row {first}" },
  // Rows named in a sentence ({rowList}, {hiddenRowList}): one row in the singular.
  read_row_list: { zh: "第 {rows} 行", en: "rows {rows}" },
  read_row_list_one: { zh: "第 {rows} 行", en: "row {rows}" },
  // A total row (the sheet's grand total or a part's, such as 甲县小计) against the school rows read from row {first} to the row above it (totalRowChecks): {totalColumns} as D“header” total / sum, one per line, shown as clauses (；, "; ").
  read_total_row_mismatch_few: {
    zh: "第 {row} 行“{label}”与{fromRows}读取的学校行相加不符（合计行 / 学校行相加）：{totalColumns}。可能有隐藏、筛选掉或未读取的学校行，有以文本存储、Excel 求和时跳过的数字，有未能读取的数值（见其他问题），或合计行本身有误，请核对",
    en: "Row {row} ({label}) does not match the school rows read {fromRows}, added up (the total row / the rows' sum): {totalColumns}. School rows may be hidden, filtered out or not read, numbers stored as text are skipped by Excel's SUM, values may not have been readable (see the other problems), or the total itself is wrong; please check",
  },
  read_total_row_mismatch: {
    zh: "第 {row} 行“{label}”与{fromRows}读取的学校行相加不符（合计行 / 学校行相加），共 {count} 列，如：{totalColumns}。可能有隐藏、筛选掉或未读取的学校行，有以文本存储、Excel 求和时跳过的数字，有未能读取的数值（见其他问题），或合计行本身有误，请核对",
    en: "Row {row} ({label}) does not match the school rows read {fromRows}, added up (the total row / the rows' sum) in {count} columns, among them: {totalColumns}. School rows may be hidden, filtered out or not read, numbers stored as text are skipped by Excel's SUM, values may not have been readable (see the other problems), or the total itself is wrong; please check",
  },
  // A plain total over a senior high school's row (out of scope), which it may count or not, agreeing neither way (plainSums.ts): {seniorRowList} names them (catalogue.ts), the columns the total / the sum with them / without them.
  read_total_row_mismatch_open_few: {
    zh: "第 {row} 行“{label}”与{fromRows}的学校行相加不符，无论是否计入{seniorRowList}都对不上（合计行 / 计入后相加 / 不计入相加）：{totalColumns}。可能有以文本存储、Excel 求和时跳过的数字，有未能读取的数值（见其他问题），或合计行本身有误，请核对",
    en: "Row {row} ({label}) does not match the school rows {fromRows}, added up, whether or not it counts {seniorRowList} (the total row / the sum including senior high schools / excluding them): {totalColumns}. Numbers stored as text are skipped by Excel's SUM, values may not have been readable (see the other problems), or the total itself is wrong; please check",
  },
  read_total_row_mismatch_open: {
    zh: "第 {row} 行“{label}”与{fromRows}的学校行相加不符，无论是否计入{seniorRowList}都对不上（合计行 / 计入后相加 / 不计入相加），共 {count} 列，如：{totalColumns}。可能有以文本存储、Excel 求和时跳过的数字，有未能读取的数值（见其他问题），或合计行本身有误，请核对",
    en: "Row {row} ({label}) does not match the school rows {fromRows}, added up, whether or not it counts {seniorRowList} (the total row / the sum including senior high schools / excluding them), in {count} columns, among them: {totalColumns}. Numbers stored as text are skipped by Excel's SUM, values may not have been readable (see the other problems), or the total itself is wrong; please check",
  },
  // The same with hidden school rows left unread in its range too ({hiddenRowList}): the sums with all of them and with none.
  read_total_row_mismatch_open_hidden_few: {
    zh: "第 {row} 行“{label}”与{fromRows}的学校行相加不符，无论是否计入{seniorRowList}以及隐藏或筛选掉、未读取的学校行（{hiddenRowList}）都对不上（合计行 / 全部计入相加 / 都不计入相加）：{totalColumns}。可能合计行只计入了其中几行，有以文本存储、Excel 求和时跳过的数字，有未能读取的数值（见其他问题），或合计行本身有误，请核对",
    en: "Row {row} ({label}) does not match the school rows {fromRows}, added up, whether or not it counts {seniorRowList}, and the hidden or filtered-out school rows that were not read, {hiddenRowList} (the total row / the sum including them all / excluding them all): {totalColumns}. The total may count only some of those rows, numbers stored as text are skipped by Excel's SUM, values may not have been readable (see the other problems), or the total itself is wrong; please check",
  },
  read_total_row_mismatch_open_hidden: {
    zh: "第 {row} 行“{label}”与{fromRows}的学校行相加不符，无论是否计入{seniorRowList}以及隐藏或筛选掉、未读取的学校行（{hiddenRowList}）都对不上（合计行 / 全部计入相加 / 都不计入相加），共 {count} 列，如：{totalColumns}。可能合计行只计入了其中几行，有以文本存储、Excel 求和时跳过的数字，有未能读取的数值（见其他问题），或合计行本身有误，请核对",
    en: "Row {row} ({label}) does not match the school rows {fromRows}, added up, whether or not it counts {seniorRowList}, and the hidden or filtered-out school rows that were not read, {hiddenRowList} (the total row / the sum including them all / excluding them all), in {count} columns, among them: {totalColumns}. The total may count only some of those rows, numbers stored as text are skipped by Excel's SUM, values may not have been readable (see the other problems), or the total itself is wrong; please check",
  },
  // {seniorRowList} (catalogue.ts): the senior high schools' rows a plain total may count or not, as a sentence names them.
  read_senior_row_list: { zh: "第 {rows} 行不参评的高级中学", en: "the senior high schools in rows {rows}, which are not evaluated" },
  read_senior_row_list_one: { zh: "第 {rows} 行不参评的高级中学", en: "the senior high school in row {rows}, which is not evaluated" },
  // A stage's subtotal (小学小计, 初中部合计) against the rows of that stage read from row {first} (stageSums.ts): columns as above.
  read_total_row_mismatch_stage_few: {
    zh: "第 {row} 行“{label}”与{fromRows}读取的该学段学校行相加不符（合计行 / 该学段学校行相加）：{totalColumns}。可能有隐藏、筛选掉或未读取的学校行，有学段填写有误或未能识别的学校行，有以文本存储、Excel 求和时跳过的数字，有未能读取的数值（见其他问题），或合计行本身有误，请核对",
    en: "Row {row} ({label}) does not match the school rows of its stage read {fromRows}, added up (the total row / the sum of that stage's rows): {totalColumns}. School rows may be hidden, filtered out or not read, a row's stage may be wrong or not recognised, numbers stored as text are skipped by Excel's SUM, values may not have been readable (see the other problems), or the total itself is wrong; please check",
  },
  read_total_row_mismatch_stage: {
    zh: "第 {row} 行“{label}”与{fromRows}读取的该学段学校行相加不符（合计行 / 该学段学校行相加），共 {count} 列，如：{totalColumns}。可能有隐藏、筛选掉或未读取的学校行，有学段填写有误或未能识别的学校行，有以文本存储、Excel 求和时跳过的数字，有未能读取的数值（见其他问题），或合计行本身有误，请核对",
    en: "Row {row} ({label}) does not match the school rows of its stage read {fromRows}, added up (the total row / the sum of that stage's rows) in {count} columns, among them: {totalColumns}. School rows may be hidden, filtered out or not read, a row's stage may be wrong or not recognised, numbers stored as text are skipped by Excel's SUM, values may not have been readable (see the other problems), or the total itself is wrong; please check",
  },
  // A stage's subtotal whose range holds rows it may count or not (stageSums.ts: a one-row 九年一贯制's whole-school numbers, 中学合计's 高中部 rows, hidden rows left unread; rows {rows}): each column listed agrees with no reading, its numbers the total / the sum with all of them / without them.
  read_total_row_mismatch_stage_open_few: {
    zh: "第 {row} 行“{label}”与{fromRows}读取的该学段学校行相加不符，计不计可能另计的学校行（{rowList}：一行填写的一贯制学校的整校数值、高中部或不参评的高级中学，或隐藏、筛选掉未读取的行）都不符（合计行 / 含这些行相加 / 不含这些行相加）：{totalColumns}。可能有学段填写有误或未能识别的学校行，合计行只计入了其中几行，有以文本存储、Excel 求和时跳过的数字，有未能读取的数值（见其他问题），或合计行本身有误，请核对",
    en: "Row {row} ({label}) does not match the school rows of its stage read {fromRows}, added up, with or without {rowList}, which may hold a combined school's whole-school numbers on one row, a senior part or a senior high school, which are not evaluated, or hidden or filtered-out rows that were not read (the total row / the sum with them / without them): {totalColumns}. A row's stage may be wrong or not recognised, the total may count only some of those rows, numbers stored as text are skipped by Excel's SUM, values may not have been readable (see the other problems), or the total itself is wrong; please check",
  },
  read_total_row_mismatch_stage_open: {
    zh: "第 {row} 行“{label}”与{fromRows}读取的该学段学校行相加不符，计不计可能另计的学校行（{rowList}：一行填写的一贯制学校的整校数值、高中部或不参评的高级中学，或隐藏、筛选掉未读取的行）都不符（合计行 / 含这些行相加 / 不含这些行相加），共 {count} 列，如：{totalColumns}。可能有学段填写有误或未能识别的学校行，合计行只计入了其中几行，有以文本存储、Excel 求和时跳过的数字，有未能读取的数值（见其他问题），或合计行本身有误，请核对",
    en: "Row {row} ({label}) does not match the school rows of its stage read {fromRows}, added up, with or without {rowList}, which may hold a combined school's whole-school numbers on one row, a senior part or a senior high school, which are not evaluated, or hidden or filtered-out rows that were not read (the total row / the sum with them / without them), in {count} columns, among them: {totalColumns}. A row's stage may be wrong or not recognised, the total may count only some of those rows, numbers stored as text are skipped by Excel's SUM, values may not have been readable (see the other problems), or the total itself is wrong; please check",
  },
  // A kind of school's subtotal (九年一贯制小计, 教学点合计) against the rows of that kind read from row {first} (typeSums.ts): columns as above.
  read_total_row_mismatch_type_few: {
    zh: "第 {row} 行“{label}”与{fromRows}读取的该类学校行相加不符（合计行 / 该类学校行相加）：{totalColumns}。可能有隐藏、筛选掉或未读取的学校行，有学校类型填写有误或未能识别的学校行，有以文本存储、Excel 求和时跳过的数字，有未能读取的数值（见其他问题），或合计行本身有误，请核对",
    en: "Row {row} ({label}) does not match the school rows of its kind read {fromRows}, added up (the total row / the sum of that kind's rows): {totalColumns}. School rows may be hidden, filtered out or not read, a row's school type may be wrong or not recognised, numbers stored as text are skipped by Excel's SUM, values may not have been readable (see the other problems), or the total itself is wrong; please check",
  },
  read_total_row_mismatch_type: {
    zh: "第 {row} 行“{label}”与{fromRows}读取的该类学校行相加不符（合计行 / 该类学校行相加），共 {count} 列，如：{totalColumns}。可能有隐藏、筛选掉或未读取的学校行，有学校类型填写有误或未能识别的学校行，有以文本存储、Excel 求和时跳过的数字，有未能读取的数值（见其他问题），或合计行本身有误，请核对",
    en: "Row {row} ({label}) does not match the school rows of its kind read {fromRows}, added up (the total row / the sum of that kind's rows) in {count} columns, among them: {totalColumns}. School rows may be hidden, filtered out or not read, a row's school type may be wrong or not recognised, numbers stored as text are skipped by Excel's SUM, values may not have been readable (see the other problems), or the total itself is wrong; please check",
  },
  // The same, in a range holding hidden school rows left unread (readSchoolRows' skippedRows): each column listed agrees neither with the rows read nor with them and the hidden rows, its numbers the total / both / the rows read alone.
  read_total_row_mismatch_hidden_few: {
    zh: "第 {row} 行“{label}”与{fromRows}的学校行相加不符，计不计隐藏或筛选掉、未读取的学校行（{hiddenRowList}）都不符（合计行 / 含隐藏行相加 / 不含隐藏行相加）：{totalColumns}。可能合计行只计入了其中几行，有以文本存储、Excel 求和时跳过的数字，有未能读取的数值（见其他问题），或合计行本身有误，请核对",
    en: "Row {row} ({label}) does not match the school rows {fromRows}, added up, with or without the hidden or filtered-out rows that were not read, {hiddenRowList} (the total row / the sum with them / without them): {totalColumns}. The total may count only some of those rows, numbers stored as text are skipped by Excel's SUM, values may not have been readable (see the other problems), or the total itself is wrong; please check",
  },
  read_total_row_mismatch_hidden: {
    zh: "第 {row} 行“{label}”与{fromRows}的学校行相加不符，计不计隐藏或筛选掉、未读取的学校行（{hiddenRowList}）都不符（合计行 / 含隐藏行相加 / 不含隐藏行相加），共 {count} 列，如：{totalColumns}。可能合计行只计入了其中几行，有以文本存储、Excel 求和时跳过的数字，有未能读取的数值（见其他问题），或合计行本身有误，请核对",
    en: "Row {row} ({label}) does not match the school rows {fromRows}, added up, with or without the hidden or filtered-out rows that were not read, {hiddenRowList} (the total row / the sum with them / without them), in {count} columns, among them: {totalColumns}. The total may count only some of those rows, numbers stored as text are skipped by Excel's SUM, values may not have been readable (see the other problems), or the total itself is wrong; please check",
  },
  // A total some of whose columns count the hidden rows left unread and others (listed, total / the sum with them) leave them out: not one sum of one set of rows.
  read_total_row_mismatch_hidden_mixed_few: {
    zh: "第 {row} 行“{label}”有的列计入了隐藏或筛选掉、未读取的学校行（{rowList}），这些列却未计入（合计行 / 含隐藏行相加）：{totalColumns}。可能这些列用 SUBTOTAL 求和或漏计了这些行，请核对",
    en: "Row {row} ({label}) counts the hidden or filtered-out school rows that were not read ({rowList}) in some columns but not in these (the total row / the sum with them): {totalColumns}. These columns may add up with SUBTOTAL or leave the rows out by mistake; please check",
  },
  read_total_row_mismatch_hidden_mixed: {
    zh: "第 {row} 行“{label}”有的列计入了隐藏或筛选掉、未读取的学校行（{rowList}），有 {count} 列却未计入（合计行 / 含隐藏行相加），如：{totalColumns}。可能这些列用 SUBTOTAL 求和或漏计了这些行，请核对",
    en: "Row {row} ({label}) counts the hidden or filtered-out school rows that were not read ({rowList}) in some columns but not in {count} others (the total row / the sum with them), among them: {totalColumns}. These columns may add up with SUBTOTAL or leave the rows out by mistake; please check",
  },
  // A total that differs from the rows read only by hidden school rows left unread in its range, every column that differs counting them all (totalIssue.ts): a note, not a second warning beside read_hidden_rows_skipped.
  read_total_row_hidden: {
    zh: "第 {row} 行“{label}”与读取的学校行相加的差别，都是隐藏或筛选掉、未读取的学校行（第 {rows} 行）的数值，合计行计入了它们；评估只含读取的学校行",
    en: "Row {row} ({label}) differs from the school rows read, added up, only by the numbers of the hidden or filtered-out school rows {rows}, which were not read and which the total counts; the evaluation holds only the rows read",
  },
  read_total_row_hidden_one: {
    zh: "第 {row} 行“{label}”与读取的学校行相加的差别，都是隐藏或筛选掉、未读取的学校行（第 {rows} 行）的数值，合计行计入了它；评估只含读取的学校行",
    en: "Row {row} ({label}) differs from the school rows read, added up, only by the numbers of the hidden or filtered-out school row {rows}, which was not read and which the total counts; the evaluation holds only the rows read",
  },
  // A part total that agrees only with rows that are not the block the sheet's layout gives it (partialIssue.ts): a later
  // start than its block's (乡镇小计 with 石桥镇中心小学 left out) or a run of schools found by search (城区 under 合计). {fromRows} the rows it
  // agrees with, {rowList} the school rows of its block it leaves out: a note, as the tool cannot know which rows were meant.
  read_total_row_partial: {
    zh: "第 {row} 行“{label}”与{fromRows}的学校行相加相符，未计入{rowList}；如这些行也属于该小计，请核对",
    en: "Row {row} ({label}) matches the school rows {fromRows}, added up, leaving out {rowList}; if those rows belong to it, please check",
  },
  // A 城乡 side under a grand total that agrees with no run of consecutive school rows, the sides checked against the grand total apart (totalRowSides.ts):
  // its schools may not stand together (sorted by 学段), so which it counts cannot be checked: a note.
  read_total_row_side_unmatched: {
    zh: "第 {row} 行“{label}”与任何一段相连的学校行相加都不符，可能它的学校不排在一起（如按学段排序），无法核对它计入了哪些学校；各分项相加是否等于合计另行核对",
    en: "Row {row} ({label}) matches no run of consecutive school rows added up; its schools may not stand together (sorted by stage, say), so which schools it counts cannot be checked; whether the parts add up to the total is checked apart",
  },
  // A 民办 (or 公办) group's subtotal whose block is not written (民办学校小计 after every school, 其中：民办学校 under 合计) against the
  // school rows read as 民办 (公办) by 办学性质 / 举办者 (ownershipGroupIssue.ts): {rowList} those rows. Among the causes, a 办学性质 or a
  // number the tool could not read (each warned at its cell), as the row is then counted nowhere.
  read_total_row_mismatch_private_few: {
    zh: "第 {row} 行“{label}”与办学性质（或举办者）为民办的学校行（{rowList}）相加不符（合计行 / 学校行相加）：{totalColumns}。可能有办学性质漏填、填错或无法识别的学校，有无法读取的数值，有隐藏、筛选掉或未读取的学校行，有以文本存储、Excel 求和时跳过的数字，或该行本身有误，请核对",
    en: "Row {row} ({label}) does not match the school rows read as 民办 (private) by 办学性质 or 举办者, {rowList}, added up (the total row / the rows' sum): {totalColumns}. A school's 办学性质 may be blank, wrong or unreadable, a number may be unreadable, school rows may be hidden, filtered out or not read, numbers stored as text are skipped by Excel's SUM, or the row itself is wrong; please check",
  },
  read_total_row_mismatch_private: {
    zh: "第 {row} 行“{label}”与办学性质（或举办者）为民办的学校行（{rowList}）相加不符（合计行 / 学校行相加），共 {count} 列，如：{totalColumns}。可能有办学性质漏填、填错或无法识别的学校，有无法读取的数值，有隐藏、筛选掉或未读取的学校行，有以文本存储、Excel 求和时跳过的数字，或该行本身有误，请核对",
    en: "Row {row} ({label}) does not match the school rows read as 民办 (private) by 办学性质 or 举办者, {rowList}, added up (the total row / the rows' sum) in {count} columns, among them: {totalColumns}. A school's 办学性质 may be blank, wrong or unreadable, a number may be unreadable, school rows may be hidden, filtered out or not read, numbers stored as text are skipped by Excel's SUM, or the row itself is wrong; please check",
  },
  read_total_row_mismatch_public_few: {
    zh: "第 {row} 行“{label}”与办学性质（或举办者）为公办的学校行（{rowList}）相加不符（合计行 / 学校行相加）：{totalColumns}。可能有办学性质漏填、填错或无法识别的学校，有无法读取的数值，有隐藏、筛选掉或未读取的学校行，有以文本存储、Excel 求和时跳过的数字，或该行本身有误，请核对",
    en: "Row {row} ({label}) does not match the school rows read as 公办 (public) by 办学性质 or 举办者, {rowList}, added up (the total row / the rows' sum): {totalColumns}. A school's 办学性质 may be blank, wrong or unreadable, a number may be unreadable, school rows may be hidden, filtered out or not read, numbers stored as text are skipped by Excel's SUM, or the row itself is wrong; please check",
  },
  read_total_row_mismatch_public: {
    zh: "第 {row} 行“{label}”与办学性质（或举办者）为公办的学校行（{rowList}）相加不符（合计行 / 学校行相加），共 {count} 列，如：{totalColumns}。可能有办学性质漏填、填错或无法识别的学校，有无法读取的数值，有隐藏、筛选掉或未读取的学校行，有以文本存储、Excel 求和时跳过的数字，或该行本身有误，请核对",
    en: "Row {row} ({label}) does not match the school rows read as 公办 (public) by 办学性质 or 举办者, {rowList}, added up (the total row / the rows' sum) in {count} columns, among them: {totalColumns}. A school's 办学性质 may be blank, wrong or unreadable, a number may be unreadable, school rows may be hidden, filtered out or not read, numbers stored as text are skipped by Excel's SUM, or the row itself is wrong; please check",
  },
  // The same group's subtotal, not 0, on a sheet whose 办学性质 / 举办者 reads none of its schools (every school 公办, or no 民办 小学 for a
  // 民办小学小计) and none blank: each column's total against 0 (s52 K5). A right 0 is said nothing.
  read_total_row_mismatch_private_none_few: {
    zh: "第 {row} 行“{label}”不为 0，但本表按办学性质（或举办者）没有该行所计的民办学校（合计行 / 学校行相加）：{totalColumns}。可能有学校的办学性质或学段填错，有隐藏、筛选掉或未读取的学校行，或该行本身有误，请核对",
    en: "Row {row} ({label}) is not 0, yet by 办学性质 or 举办者 this sheet lists no 民办 (private) school of those it counts (the total row / the rows' sum): {totalColumns}. A school's 办学性质 or stage may be wrong, school rows may be hidden, filtered out or not read, or the row itself is wrong; please check",
  },
  read_total_row_mismatch_private_none: {
    zh: "第 {row} 行“{label}”不为 0，但本表按办学性质（或举办者）没有该行所计的民办学校（合计行 / 学校行相加），共 {count} 列，如：{totalColumns}。可能有学校的办学性质或学段填错，有隐藏、筛选掉或未读取的学校行，或该行本身有误，请核对",
    en: "Row {row} ({label}) is not 0, yet by 办学性质 or 举办者 this sheet lists no 民办 (private) school of those it counts (the total row / the rows' sum) in {count} columns, among them: {totalColumns}. A school's 办学性质 or stage may be wrong, school rows may be hidden, filtered out or not read, or the row itself is wrong; please check",
  },
  read_total_row_mismatch_public_none_few: {
    zh: "第 {row} 行“{label}”不为 0，但本表按办学性质（或举办者）没有该行所计的公办学校（合计行 / 学校行相加）：{totalColumns}。可能有学校的办学性质或学段填错，有隐藏、筛选掉或未读取的学校行，或该行本身有误，请核对",
    en: "Row {row} ({label}) is not 0, yet by 办学性质 or 举办者 this sheet lists no 公办 (public) school of those it counts (the total row / the rows' sum): {totalColumns}. A school's 办学性质 or stage may be wrong, school rows may be hidden, filtered out or not read, or the row itself is wrong; please check",
  },
  read_total_row_mismatch_public_none: {
    zh: "第 {row} 行“{label}”不为 0，但本表按办学性质（或举办者）没有该行所计的公办学校（合计行 / 学校行相加），共 {count} 列，如：{totalColumns}。可能有学校的办学性质或学段填错，有隐藏、筛选掉或未读取的学校行，或该行本身有误，请核对",
    en: "Row {row} ({label}) is not 0, yet by 办学性质 or 举办者 this sheet lists no 公办 (public) school of those it counts (the total row / the rows' sum) in {count} columns, among them: {totalColumns}. A school's 办学性质 or stage may be wrong, school rows may be hidden, filtered out or not read, or the row itself is wrong; please check",
  },
  // The same group's subtotal when school rows whose 办学性质 / 举办者 is blank or unreadable ({rowList}) could make up the difference: whether
  // they are of the group is not known, so the total cannot be checked — a note, not a warning that it is wrong (s52 H2).
  read_total_row_private_unchecked: {
    zh: "第 {row} 行“{label}”无法核对：{rowList}的办学性质（或举办者）为空或无法识别，不知其是否为民办学校。请填写这些学校的办学性质",
    en: "Row {row} ({label}) could not be checked: the 办学性质 (or 举办者) of {rowList} is blank or unreadable, so whether those schools are 民办 (private) is not known. Please fill in their 办学性质",
  },
  read_total_row_public_unchecked: {
    zh: "第 {row} 行“{label}”无法核对：{rowList}的办学性质（或举办者）为空或无法识别，不知其是否为公办学校。请填写这些学校的办学性质",
    en: "Row {row} ({label}) could not be checked: the 办学性质 (or 举办者) of {rowList} is blank or unreadable, so whether those schools are 公办 (public) is not known. Please fill in their 办学性质",
  },
  // A group's subtotal named by who runs its schools or where (民办学校小计, 县直学校, 村小及教学点合计), whose block the layout does not give
  // (no total before it bounds its schools, or it stands under the grand total), agreeing with no run of consecutive school rows in any
  // column (looseIssues.ts): {rowList} the school rows it could have counted. A warning, once, at its label: not a sum over every school.
  read_total_row_group_unmatched: {
    zh: "第 {row} 行“{label}”与{rowList}中任何一段相连的学校行相加都不符。如它计入的学校不排在一起，无法核对它计入了哪些学校，请自行核对；如排在一起，则该行或这些学校行的数值有误",
    en: "Row {row} ({label}) matches no run of consecutive school rows among {rowList}, added up. If the schools it counts do not stand together, which ones it counts cannot be checked, so please check it; if they do, the row or those school rows hold a wrong number",
  },
  // The 城乡 sides right under a grand total (合计 | 城区 | 农村, 其中：城区 …) that do not add up to it (totalRowSides): {rowList} the
  // sides' rows, {sideLabels} their labels, {totalColumns} as D“header” grand total / the sides added up.
  read_total_row_sides_mismatch_few: {
    zh: "{rowList}的分项“{sideLabels}”相加与第 {row} 行“{label}”不符（合计行 / 分项相加）：{totalColumns}。可能某一分项漏计或重复计入了学校，或填错了数值，请核对",
    en: "The parts {sideLabels} in {rowList} do not add up to row {row} ({label}) (the total row / the parts added up): {totalColumns}. A part may leave out a school or count one twice, or hold a wrong number; please check",
  },
  read_total_row_sides_mismatch: {
    zh: "{rowList}的分项“{sideLabels}”相加与第 {row} 行“{label}”不符（合计行 / 分项相加），共 {count} 列，如：{totalColumns}。可能某一分项漏计或重复计入了学校，或填错了数值，请核对",
    en: "The parts {sideLabels} in {rowList} do not add up to row {row} ({label}) (the total row / the parts added up) in {count} columns, among them: {totalColumns}. A part may leave out a school or count one twice, or hold a wrong number; please check",
  },
  // A one-stage row's blank stage cell (其中：小学, 小学专任教师专科及以上) read from the row's column of the field without a stage (合计, 专科及以上): rowFields totalForBlankStage.
  read_stage_blank_total: {
    zh: "“{stageHeader}”（{stageCell}）为空，本行只属一个学段，按本行“{fieldHeader}”读取为 {value}",
    en: "{stageHeader} ({stageCell}) is blank; the row is of one stage, so {value} was read from {fieldHeader} in the same row",
  },
  // A one-stage row's blank stage cell NOT read from the row's 合计, because another stage's cell of the field holds a value that
  // cannot be read (约5, -5, #N/A): said at that cell, which is what keeps the row from its number (rowFields totalForBlankStage).
  read_stage_blank_total_blocked: {
    zh: "“{stageHeader}”（{stageCell}）为空，本行只属一个学段，本应按本行“{totalHeader}”（{totalCell}）读取；但另一学段的“{fieldHeader}”填有“{text}”，不是可用的数值（不是数字、为负数或是公式错误），无法确定本行只有一个学段，因此未按“{totalHeader}”读取，该项缺失。如该校没有这一学段，请清空此格或填 0；如有，请填写正确的数值",
    en: "{stageHeader} ({stageCell}) is blank and the row is of one stage, so its number would be read from {totalHeader} ({totalCell}) in the same row; but {fieldHeader}, of the other stage, holds “{text}”, which is no usable number (not a number, negative or a formula error), so the row cannot be taken as one stage's and {totalHeader} was not read: the value is missing. If the school has no such stage, clear this cell or enter 0; if it has, enter the right number",
  },
  // read_stage_blank_total at two or more cells of one column, said once at the first (columnNotes.ts); _few: all of them listed.
  read_stage_blank_totals: {
    zh: "第 {column} 列“{fieldHeader}”：{count} 行只属一个学段（单学段学校，或学校的一个学部），其分学段的列为空，按本列读取（{cells} 等）",
    en: "{fieldHeader}: for {count} rows of one stage (a single-stage school, or one section of a school) whose stage column is blank, the number was read from column {column} ({cells} and others)",
  },
  read_stage_blank_totals_few: {
    zh: "第 {column} 列“{fieldHeader}”：{count} 行只属一个学段（单学段学校，或学校的一个学部），其分学段的列为空，按本列读取（{cells}）",
    en: "{fieldHeader}: for {count} rows of one stage (a single-stage school, or one section of a school) whose stage column is blank, the number was read from column {column} ({cells})",
  },
  read_numbers_as_text: {
    zh: "第 {column} 列中“{fieldHeader}”的 {count} 个单元格是以文本存储的数字（{cells} 等），已按数值读取；Excel 的求和会跳过这类单元格，可用“分列”或“转换为数字”改为数字",
    en: "{fieldHeader}: {count} cells in column {column} hold numbers stored as text ({cells} and others), read as numbers; Excel's SUM skips such cells; convert them with Text to Columns or Convert to Number",
  },
  read_numbers_as_text_few: {
    zh: "第 {column} 列中“{fieldHeader}”的 {count} 个单元格是以文本存储的数字（{cells}），已按数值读取；Excel 的求和会跳过这类单元格，可用“分列”或“转换为数字”改为数字",
    en: "{fieldHeader}: {count} cells in column {column} hold numbers stored as text ({cells}), read as numbers; Excel's SUM skips such cells; convert them with Text to Columns or Convert to Number",
  },
  read_indoor_unreadable: {
    zh: "“{fieldHeader}”未能读取，室内体育用房面积不明：需要它的指标（L5，及规则扣除室内体育用房时的 L4）不计算",
    en: "{fieldHeader} could not be read, so the indoor sports area is unknown: the indicators that need it (L5, and L4 when the rule profile deducts the indoor rooms) are not computed",
  },
  read_indoor_blank: {
    zh: "“{fieldHeader}”为空，按没有室内体育用房处理（L4 不扣除，L5 不计室内体育用房）",
    en: "{fieldHeader} is blank: read as no indoor sports rooms (nothing deducted from L4 or added to L5)",
  },
  read_negative: {
    zh: "“{fieldHeader}”的值 {text} 为负数，该项未读取；请填入正确的数值后重新评估",
    en: "{fieldHeader}: {text} is negative; not read. Enter the right value and evaluate again",
  },
  read_exceeds_students: {
    zh: "“{field}”{value} 多于在校生数 {students} 人（{studentsCell}），该项未读取",
    en: "The count of {field:lower} ({value}) is more than that of students ({students}, {studentsCell}); not read",
  },
  read_school_id_repeated_one_county: {
    zh: "“{name}”的学校标识码 {id} 与 {first} 的“{firstName}”相同；同一标识码只应有一所学校，两行均已读取，请核对标识码和学校名称",
    en: "“{name}” has the school ID code {id} of “{firstName}” at {first}; one code is one school: both rows were read, please check the code and name",
  },
  read_school_id_repeated: {
    zh: "“{name}”（{county}）的学校标识码 {id} 与 {first} 的“{firstName}”（{firstCounty}）相同；同一标识码只应有一所学校，两行均已读取，请核对标识码、县区和学校名称",
    en: "“{name}” ({county}) has the school ID code {id} of “{firstName}” ({firstCounty}) at {first}; one code is one school: both rows were read, please check the code, county and name",
  },
  read_exceeds_teachers: {
    zh: "“{field}”{value} 人多于专任教师数 {teachers} 人（{teachersCell}），该项未读取",
    en: "The count of {field:lower} ({value}) is more than that of full-time teachers ({teachers}, {teachersCell}); not read",
  },
  read_type_unknown: {
    zh: "无法判断“{name}”的办学类型（{text}），按“其他”处理，不参与资源配置评估",
    en: "Cannot tell the type of “{name}” ({text}); treated as other, out of the resource evaluation",
  },
  read_type_unknown_blank: {
    zh: "“{name}”没有填写办学类型（或表中没有办学类型列），学校名称也看不出是小学还是中学，按“其他”处理，不参与资源配置评估（请填写办学类型）",
    en: "“{name}” has no school type (or the sheet has no type column), and its name does not tell primary from junior secondary; treated as other, out of the resource evaluation (fill in the school type)",
  },
  read_county_blank: { zh: "“{name}”的县区为空", en: "“{name}” has no county" },
  // A 县区 written on a block's first school row only (countyDown.ts): the blank rows below it take it.
  read_county_from_above: {
    zh: "第 {rows} 行的县区单元格为空，按上方 {countyCell} 的“{county}”读取（如同该单元格向下合并）；如这些行不属于“{county}”，请填写各行的县区",
    en: "The county cells of rows {rows} are blank: they are read as “{county}”, named above in {countyCell} (as if that cell were merged down); if they are not {county}'s, please fill in each row's county",
  },
  read_flag_unreadable: { zh: "“{header}”的值“{text}”无法识别为是/否，已忽略", en: "{header}: “{text}” is not a recognisable yes / no; ignored" },
  // A row repeating the header (readSchoolRows.ts, headerRepeat.ts): a second table's header in one range, or the header printed again.
  read_header_repeat_row: { zh: "第 {row} 行重复了表头（第 {headerRow} 行），按表头跳过，不作为学校读取", en: "Row {row} repeats the header (row {headerRow}) and was skipped as a header, not read as a school" },
  read_standard_row: { zh: "第 {row} 行为标准（达标值）行，不作为学校读取", en: "Row {row} states standards; not read as a school" },
  read_row_no_name: { zh: "第 {row} 行有数据但没有学校名称，未读取", en: "Row {row} has numbers but no school name; not read" },
  // A school name with nothing in any column read and a remark saying it is closed, 已撤并 / 停办 … (nameOnlyRow.ts): left out, neither evaluated nor missing data; the remark quoted with its header.
  read_row_name_only_remark_column: {
    zh: "第 {row} 行只有学校名称“{name}”，没有任何数据，{column} 列写明“{remark}”，按已撤并或停办的学校不计入评估（不作为参评学校，也不计为缺数据的学校）；如该校仍在办学，请补填数据",
    en: "Row {row} has a school name, “{name}”, and no data at all, and column {column} says “{remark}”: taken for a closed school and left out of the evaluation (not among the schools evaluated, nor among those missing data). If the school still runs, fill in its data",
  },
  read_row_name_only_remark: {
    zh: "第 {row} 行只有学校名称“{name}”，没有任何数据，{header}写明“{remark}”，按已撤并或停办的学校不计入评估（不作为参评学校，也不计为缺数据的学校）；如该校仍在办学，请补填数据",
    en: "Row {row} has a school name, “{name}”, and no data at all, and its {header} says “{remark}”: taken for a closed school and left out of the evaluation (not among the schools evaluated, nor among those missing data). If the school still runs, fill in its data",
  },
  // A row read with data whose remark says the school is closed: read and evaluated, the disagreement said (nameOnlyRow.ts: closedWithDataCheck).
  read_row_closed_remark_with_data: {
    zh: "第 {row} 行“{name}”的{header}写明“{remark}”，但该行填有数据，已按仍在办学的学校读取并参评；如该校已撤并或停办，请删除该行或清空其数据后重新评估（只有名称、没有数据的已撤并学校不计入评估）；如仍在办学，请改正{header}",
    en: "Row {row} (“{name}”): its {header} says “{remark}”, but the row holds data, so it was read and evaluated as a school still running. If the school is closed or merged away, delete the row or clear its data and evaluate again (a closed school's row with a name and no data is left out); if it still runs, correct its {header}",
  },
  read_row_closed_remark_with_data_column: {
    zh: "第 {row} 行“{name}”的 {column} 列写明“{remark}”，但该行填有数据，已按仍在办学的学校读取并参评；如该校已撤并或停办，请删除该行或清空其数据后重新评估（只有名称、没有数据的已撤并学校不计入评估）；如仍在办学，请改正该单元格",
    en: "Row {row} (“{name}”): column {column} says “{remark}”, but the row holds data, so it was read and evaluated as a school still running. If the school is closed or merged away, delete the row or clear its data and evaluate again (a closed school's row with a name and no data is left out); if it still runs, correct that cell",
  },
  // The name cell holds a formula error (#N/A of a lookup): this row was not read (readSchoolRows.ts: noNameIssue).
  read_name_formula_error: {
    zh: "第 {row} 行的学校名称是公式错误 {text}，此行未读取；请修正该单元格的公式",
    en: "Row {row}: the school name is a formula error {text}, so this row was not read; please fix the cell's formula",
  },
  // Every school name a bare number: the name column is likely a 序号 column (readSchoolRows.ts: numberNamesIssue).
  read_names_are_numbers: {
    zh: "学校名称列（{column} 列“{header}”）的 {count} 个值都是数字，可能是序号而不是学校名称；如是，请在任务窗格中改选学校名称所在的列（命令行：--map 学校名称=列）",
    en: "All {count} values of the school name column ({column}, “{header}”) are numbers: it may hold serial numbers, not school names; if so, choose the column that holds the names in the task pane (command line: --map name=column)",
  },
  read_hidden_rows_skipped: {
    zh: "工作表“{sheet}”{ofCounties}有 {count} 个隐藏或筛选掉的学校行未读取：第 {rows} 行。如需读取，请在 Excel 中取消隐藏或筛选（命令行：--include-hidden）",
    en: "{count} hidden or filtered-out school rows of “{sheet}”{ofCounties} were not read: rows {rows}. To read them, unhide them or clear the filter in Excel (command line: --include-hidden)",
  },
  // One row: English says it in the singular (message() takes a code's _one form when params.count is 1).
  read_hidden_rows_skipped_one: {
    zh: "工作表“{sheet}”{ofCounties}有 {count} 个隐藏或筛选掉的学校行未读取：第 {rows} 行。如需读取，请在 Excel 中取消隐藏或筛选（命令行：--include-hidden）",
    en: "{count} hidden or filtered-out school row of “{sheet}”{ofCounties} was not read: row {rows}. To read it, unhide it or clear the filter in Excel (command line: --include-hidden)",
  },
  read_hidden_rows_included: {
    zh: "工作表“{sheet}”的 {count} 个隐藏或筛选掉的学校行已按要求读取：第 {rows} 行",
    en: "{count} hidden or filtered-out school rows of “{sheet}” were read, as asked: rows {rows}",
  },
  read_hidden_rows_included_one: {
    zh: "工作表“{sheet}”的 {count} 个隐藏或筛选掉的学校行已按要求读取：第 {rows} 行",
    en: "{count} hidden or filtered-out school row of “{sheet}” was read, as asked: row {rows}",
  },
  // County-figure rows (hiddenFigureRows.ts): skipped as school rows are, naming what each row gives.
  read_hidden_figure_rows_skipped: {
    zh: "工作表“{sheet}”有 {count} 个隐藏或筛选掉的指标行未读取：第 {rows} 行（{items}）",
    en: "{count} hidden or filtered-out figure rows on “{sheet}” were skipped: rows {rows} ({items})",
  },
  read_hidden_figure_rows_skipped_one: {
    zh: "工作表“{sheet}”有 {count} 个隐藏或筛选掉的指标行未读取：第 {rows} 行（{items}）",
    en: "{count} hidden or filtered-out figure row on “{sheet}” was skipped: row {rows} ({items})",
  },
  read_hidden_figure_rows_included: {
    zh: "工作表“{sheet}”的 {count} 个隐藏或筛选掉的指标行已按要求读取：第 {rows} 行（{items}）",
    en: "{count} hidden or filtered-out figure rows on “{sheet}” were read, as asked: rows {rows} ({items})",
  },
  read_hidden_figure_rows_included_one: {
    zh: "工作表“{sheet}”的 {count} 个隐藏或筛选掉的指标行已按要求读取：第 {rows} 行（{items}）",
    en: "{count} hidden or filtered-out figure row on “{sheet}” was read, as asked: row {rows} ({items})",
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

  read_total_row: {
    zh: "“{text}”是合计、小计、平均或分项汇总行，不作为学校读取",
    en: "“{text}” is a total, subtotal, average or breakdown row; not read as a school",
  },
  read_senior_school_row: {
    zh: "“{name}”的办学类型“{text}”是高级中学（普通高中），没有小学或初中学生，不属于义务教育学校，不参与评估，未作为学校（学段）读取",
    en: "“{name}” has type “{text}”, a senior high school with no primary or junior students: not a compulsory-education school, out of the evaluation, not read as a school section",
  },
  // A row equal to the sum of the school rows beside it (blockTotalRows.ts): a block's subtotal, a whole school over its 学部, a school over its campuses.
  read_block_total_row: {
    zh: "第 {row} 行“{text}”有 5 列以上的数值、且所填各列都等于第 {first}–{last} 行之和，按小计行跳过，不作为学校读取（学校数、学生数等不含此行）；如果它确是一所学校，请核对这几行的数值",
    en: "Row {row} “{text}”: 5 or more number columns, and every column it fills equals the sum of rows {first}–{last}; skipped as a subtotal, not read as a school (the counts of schools, students etc. leave it out); if it is a school, check the numbers of these rows",
  },
  read_block_total_row_sections: {
    zh: "第 {row} 行“{text}”各列等于其学部行（第 {first}–{last} 行）之和，按全校合计行跳过，该校按各学部行读取",
    en: "Row {row} “{text}”: every column equals the sum of its section rows (rows {first}–{last}); skipped as the whole school's total, the school read from its sections",
  },
  read_block_campus_row: {
    zh: "第 {row} 行“{text}”是第 {school} 行“{name}”的校区，第 {first}–{last} 行之和等于该行各列，校区的数值已含在该行中，此行不另行读取",
    en: "Row {row} “{text}” is a campus of “{name}” on row {school}, which equals the sum of rows {first}–{last} in every column: the campus's numbers are in that row, this row is not read again",
  },
  read_county_total_row: {
    zh: "“{text}”是县区或市的名称，该行没有其他学校行都填写的学校标识码、办学类型等（或其学生数等于上方各校之和），按县区（市）小计行跳过，不作为学校读取；如果它确是一所学校，请补填其学校标识码和办学类型",
    en: "“{text}” is the name of a county or city, and the row lacks the school ID, type etc. the other school rows give (or its students are the sum of the schools above): skipped as a county (city) subtotal, not read as a school; if it is a school, fill in its school ID and type",
  },
  read_stage_line: {
    zh: "“{text}”行紧接在“{name}”（{parentCell}）之下，按该校{stage}学段的数据读取（该校所在行的面积、设备等为全校共用数）",
    en: "The row “{text}” right under “{name}” ({parentCell}) was read as that school's {stage} numbers (the areas, equipment and rooms on the school's own row are shared by the whole school)",
  },
  // A stage line of a school row left out afterwards (a duplicate, a whole-school row after its 学部 rows): linesOfRowsNotRead.ts.
  read_stage_line_unused: {
    zh: "“{text}”行紧接在“{name}”（{parentCell}）之下，属于该校；该校这一行未读取（见 {parentCell} 的问题），“{text}”行的数据也未使用",
    en: "The row “{text}” right under “{name}” ({parentCell}) belongs to that school; as the school's row was not read (see the issue at {parentCell}), the numbers of “{text}” were not used either",
  },
  read_senior_part: {
    zh: "“{text}”行按“{name}”（{parentCell}）的高中部读取：其在校生 {students} 人只参与全校共用的面积、设备等按加权学生数的分摊（高中不在义务教育评估范围，该行其余数据不读取）",
    en: "The row “{text}” was read as the senior high part of “{name}” ({parentCell}): its {students} students only weigh in the split of the whole school's shared areas, equipment and rooms by weighted students (senior high is outside the compulsory-education evaluation; the row's other numbers are not read)",
  },
  read_senior_part_alone: {
    zh: "“{name}”是完全中学或十二年一贯制学校的高中部，不在义务教育评估范围，不作为学校读取；它与该校其他学段的行没有跨行合并或相同的共用数，未能合并为一所学校，其他学段按各自所在行的数据评估，请核对",
    en: "“{name}” is the senior high part of a complete middle school or twelve-year school, outside the compulsory-education evaluation, and was not read as a school; it shares no merged or repeated whole-school values with the school's other rows, so they were not joined and the other stages are evaluated on their own rows' numbers; please check",
  },
  read_senior_part_own_values: {
    zh: "“{name}”是完全中学或十二年一贯制学校的高中部，不在义务教育评估范围，不作为学校读取；该校各学段行各自填写了校舍、设备等共用项，各学段按各自所在行的数据评估；如这些数其实是全校共用的，请将该列在该校各行上合并为一个单元格",
    en: "“{name}” is the senior high part of a complete middle school or twelve-year school, outside the compulsory-education evaluation, and was not read as a school; the school's rows each give their own shared figures (buildings, equipment …), so each stage is evaluated on its own row's numbers; if those figures are in fact the whole school's, merge each such column into one cell over the school's rows",
  },
  read_parts_shared_merged: {
    zh: "“{name}”各学段行（含高中部）中，{fieldList}的单元格跨行合并，视为全校共用数，按加权学生数分摊（高中部只参与分摊，不评估）",
    en: "“{name}”: cells merged over its stage rows including the senior high part ({fieldList}) are read as whole-school values, shared by weighted students (the senior high part only takes its share, it is not evaluated)",
  },
  read_stage_lines_incomplete: {
    zh: "“{name}”（{parentCell}）之下的“{lines}”行不是该校每个学段各一行，未作为该校的学段数据读取（按合计行跳过），该校按无分学段数据处理；如属该校，请补齐各学段的行",
    en: "The rows “{lines}” under “{name}” ({parentCell}) are not one row for each of its stages, so they were not read as its stages (skipped as total rows) and the school has no per-stage numbers; if they are its stages, add a row for each stage",
  },
  read_stage_lines_sum: {
    zh: "“{name}”（{parentCell}）之下“{lines}”行的在校生数合计 {sum}，与该校在校生数 {whole} 不符，未作为该校的学段数据读取（按合计行跳过），该校按无分学段数据处理；请核对",
    en: "The rows “{lines}” under “{name}” ({parentCell}) have {sum} students in all, not the school's {whole}, so they were not read as its stages (skipped as total rows) and the school has no per-stage numbers; please check",
  },
  read_senior_remainder: {
    zh: "“{name}”（{parentCell}）在校生 {whole} 人，其下“{lines}”行共 {sum} 人，其余 {students} 人按该校高中部学生计：只参与全校共用的面积、设备等按加权学生数的分摊（高中不在义务教育评估范围）；如该校在校生数不含高中，请核对",
    en: "“{name}” ({parentCell}) has {whole} students and the rows “{lines}” under it {sum}; the other {students} were taken as its senior high students, who only weigh in the split of the whole school's shared areas, equipment and rooms by weighted students (senior high is outside the compulsory-education evaluation); if the school's count leaves senior high out, please check",
  },
  read_stage_line_not_combined: {
    zh: "“{text}”紧接在“{name}”（{parentCell}）之下，写作该校的学段，但该校不是在其下分学段行填写的九年一贯制学校、完全中学等的全校行（是单一学段的学校，或本行已有分学段数据），此行既不作为学校读取，也未计入该校；请核对",
    en: "“{text}” right under “{name}” ({parentCell}) is written as a stage of that school, but that row is no combined school's whole row with its stages on the lines below (it is a single-stage school, or gives its stages' numbers itself), so the line was neither read as a school nor added to that school; please check",
  },
  read_count_not_whole: {
    zh: "“{fieldHeader}”是人数或间数，但值 {value} 不是整数；已按 {value} 读取，请核对",
    en: "{fieldHeader} is a count, but {value} is not a whole number; read as {value}, please check",
  },
  // A count under 1 or typed as a percentage (rowFields.ts rateInCountIssue, percentInCountIssue): a rate in a count's column, not used.
  read_count_share: {
    zh: "“{fieldHeader}”是人数，值 {value} 不是整数，已按走教教师（一名教师由几所学校分担）在本校的份额读取为 {value} 人，请核对；如这是比例或百分比（{percent}），请改填实际人数（整数）后重新评估；如单元格显示为 {percent}，是设了百分比格式，请同时把格式改为“常规”",
    en: "{fieldHeader} is a count, but {value} is not a whole number: read as {value}, a teacher's share at this school of a teacher shared among schools (走教); please check. If it is a rate or percentage ({percent}), enter the actual number (a whole number) and evaluate again; if the cell shows {percent}, it is formatted as a percentage: set its format to General as well",
  },
  // A teacher's share (0.5) read at the 教学点 of its column, here at a school too large to share teachers (reviewer R3 of s49, D1).
  read_count_share_large_school: {
    zh: "“{fieldHeader}”是人数，值 {value} 不是整数：走教教师（一名教师由几所学校分担）的份额只在在校生 {max} 人及以下的学校按份额读取，本校在校生 {students} 人，此格未按份额读取，也未使用，该校需要它的指标不计算。请填写实际人数（整数）后重新评估；如这是比例或百分比（{percent}），请改填人数",
    en: "{fieldHeader} is a count, but {value} is not a whole number: a share of a teacher shared among schools (走教) is read only at schools of {max} pupils or fewer, and this school has {students}, so the cell was not read as a share, nor used; the school's indicators that need it are not computed. Enter the actual number (a whole number) and evaluate again; if it is a rate or percentage ({percent}), enter the number instead",
  },
  read_count_rate: {
    zh: "“{fieldHeader}”是人数或间数，但值 {value} 小于 1，看来是比例或百分比（{percent}）填进了此列；此格未使用，该校需要它的指标不计算。请填写实际人数或间数（整数）后重新评估；如单元格显示为 {percent}，是设了百分比格式，请同时把格式改为“常规”",
    en: "{fieldHeader} is a count, but {value} is under 1: a rate or share ({percent}) seems to have been entered in this column. The cell was not used, and the school's indicators that need it are not computed. Enter the actual number (a whole number) and evaluate again; if the cell shows {percent}, it is formatted as a percentage: set its format to General as well",
  },
  read_count_percent: {
    zh: "“{fieldHeader}”是人数或间数，但填的是百分数“{text}”，看来是比例填进了此列；此格未使用，该校需要它的指标不计算。请填写实际人数或间数（整数）后重新评估",
    en: "{fieldHeader} is a count, but “{text}” is a percentage: a rate seems to have been entered in this column. The cell was not used, and the school's indicators that need it are not computed. Enter the actual number (a whole number) and evaluate again",
  },
  read_count_dot_thousands: {
    zh: "“{fieldHeader}”填写为“{text}”，按 {value} 读取（不是整数）；如“.”是千位分隔符，应填写为不带分隔符的整数",
    en: "{fieldHeader}: “{text}” read as {value} (not a whole number); if the dot separates thousands, enter the whole number without separators",
  },
  read_stage_name_conflict: {
    zh: "“{name}”的学段填为“{text}”，与名称所示的学段不同；按学段列读作{stage}，请核对名称或学段",
    en: "“{name}”: the stage cell says “{text}”, but the name says the other stage; read as {stage} from the stage column, please check the name or the stage",
  },
  read_stage_type_conflict: {
    zh: "“{name}”的学段填为“{text}”，但办学类型为{type}，没有该学段；按学段列读作{stage}，请核对学段或办学类型",
    en: "“{name}”: the stage cell says “{text}”, but a {type} has no such stage; read as {stage} from the stage column, please check the stage or the school type",
  },
  read_stage_whole_school_one_stage: {
    zh: "“{name}”是{type}，学段填为“{text}”，只读作{stage}部分；但该行另一学段也有数据（第 {column} 列“{header}”），这些数据未读，共用的校舍、设备等全部计入{stage}。若此行是整所学校，请清空学段或填“小学、初中”；否则请分成小学、初中两行",
    en: "“{name}” is a {type} whose stage cell says “{text}”: read as its {stage} section only, yet the row has numbers for the other stage too (column {column} “{header}”), which are left out, and the shared areas and equipment all go to the {stage} section. If the row is the whole school, clear the stage cell or write 小学、初中 (primary and junior secondary); else split it into a primary and a junior secondary row",
  },
  read_single_stage_other_stage: {
    zh: "“{name}”是{type}，只读{stage}的列；但该行另一学段的第 {column} 列“{header}”填有 {value}，未读取。如填错了列，请移到本校读取的第 {ownColumn} 列“{ownHeader}”；如该校有小学、初中两个学段，请把办学类型改为{wholeType}，或分成小学、初中两行",
    en: "“{name}” is a {type:lower}, read from its {stage:lower} columns only; yet column {column} “{header}”, of the other stage, holds {value}, which was not read. If it was typed one column over, move it to column {ownColumn} “{ownHeader}”, which the school is read from; if the school has both a primary and a junior secondary stage, set its type to {wholeType} or split it into a primary and a junior secondary row",
  },
  // The same when the sheet has no column of the school's own stage for that number (a 小学专任教师 block, no 初中 one nor the whole row's).
  read_single_stage_other_stage_no_column: {
    zh: "“{name}”是{type}，只读{stage}的列；但该行另一学段的第 {column} 列“{header}”填有 {value}，未读取（本表没有可移入的{stage}的这一列）。如该校有小学、初中两个学段，请把办学类型改为{wholeType}，或分成小学、初中两行",
    en: "“{name}” is a {type:lower}, read from its {stage:lower} columns only; yet column {column} “{header}”, of the other stage, holds {value}, which was not read (the sheet has no {stage:lower} column of it to move it to). If the school has both a primary and a junior secondary stage, set its type to {wholeType} or split it into a primary and a junior secondary row",
  },
  // A value that cannot be read (约5, -5, #N/A) in the other stage's column of a field with no column for the whole row (骨干教师(小学) / (初中)).
  read_stage_whole_school_one_stage_unreadable: {
    zh: "“{name}”是{type}，学段填为“{stageText}”，只读作{stage}部分；但该行另一学段的第 {column} 列“{header}”填有“{text}”，不是可用的数值（不是数字、为负数或是公式错误），未读取。若此行是整所学校，请填写正确的数值，并清空学段或填“小学、初中”；否则请分成小学、初中两行；如该校没有另一学段的数据，请清空此格或填 0",
    en: "“{name}” is a {type} whose stage cell says “{stageText}”: read as its {stage} section only; yet column {column} “{header}”, of the other stage, holds “{text}”, which is no usable number (not a number, negative or a formula error) and was not read. If the row is the whole school, enter the right number and clear the stage cell or write 小学、初中 (primary and junior secondary); else split it into a primary and a junior secondary row; if the school has nothing to enter there, clear this cell or enter 0",
  },
  read_single_stage_other_stage_unreadable: {
    zh: "“{name}”是{type}，只读{stage}的列；但该行另一学段的第 {column} 列“{header}”填有“{text}”，不是可用的数值（不是数字、为负数或是公式错误），未读取。如该校没有另一学段，请清空此格或填 0；如有小学、初中两个学段，请填写正确的数值，并把办学类型改为{wholeType}，或分成小学、初中两行",
    en: "“{name}” is a {type:lower}, read from its {stage:lower} columns only; yet column {column} “{header}”, of the other stage, holds “{text}”, which is no usable number (not a number, negative or a formula error) and was not read. If the school has no other stage, clear this cell or enter 0; if it has both a primary and a junior secondary stage, enter the right number and set its type to {wholeType} or split it into a primary and a junior secondary row",
  },
  read_stage_column_unread_mapped: {
    zh: "第 {column} 列“{header}”在列对应关系中指定为{stageInText}的列，只在{stageInText}的行读取；但有 {count} 个{missingStage}学校（学段）在此列填有数值（如 {firstCell} 的 {value}），未读取，它们的“{field}”因此缺失。如此列是各校（学段）自己的数值，请在任务窗格“列对应关系”中把此列的学段改回“（不分学段）”（命令行：--map {fieldMap}={column}，不写学段）；如{missingStage}的数值另有来源，请另设一列填写",
    en: "Column {column} “{header}” was given the stage {stageInText} in the column mapping, so it is read on {stageInText} rows only; yet {count} {missingStage:lower} schools (sections) have numbers in it (such as {value} at {firstCell}), which were not read: their {field} is missing. If the column holds each school's (section's) own numbers, set its stage back to (all stages) in the task pane's Column mapping (command line: --map {fieldMap}={column}, without a stage); if the {missingStage:lower} numbers are given elsewhere, put them in a column of their own",
  },
  read_stage_column_unread_mapped_one: {
    zh: "第 {column} 列“{header}”在列对应关系中指定为{stageInText}的列，只在{stageInText}的行读取；但有 1 个{missingStage}学校（学段）在此列填有数值（{firstCell} 的 {value}），未读取，其“{field}”因此缺失。如此列是各校（学段）自己的数值，请在任务窗格“列对应关系”中把此列的学段改回“（不分学段）”（命令行：--map {fieldMap}={column}，不写学段）；如{missingStage}的数值另有来源，请另设一列填写",
    en: "Column {column} “{header}” was given the stage {stageInText} in the column mapping, so it is read on {stageInText} rows only; yet 1 {missingStage:lower} school (section) has a number in it ({value} at {firstCell}), which was not read: its {field} is missing. If the column holds each school's (section's) own numbers, set its stage back to (all stages) in the task pane's Column mapping (command line: --map {fieldMap}={column}, without a stage); if the {missingStage:lower} number is given elsewhere, put it in a column of its own",
  },
  read_stage_column_unread_header: {
    zh: "第 {column} 列的表头“{header}”表明是{stageInText}的列，只在{stageInText}的行读取；但有 {count} 个{missingStage}学校（学段）在此列填有数值（如 {firstCell} 的 {value}），未读取，它们的“{field}”因此缺失。如此列是各校（学段）自己的数值，请在任务窗格“列对应关系”中把此列的学段设为“（不分学段）”（命令行：--map {fieldMap}={column}）；否则请为{missingStage}另设一列填写",
    en: "The header of column {column}, “{header}”, makes it a {stageInText} column, read on {stageInText} rows only; yet {count} {missingStage:lower} schools (sections) have numbers in it (such as {value} at {firstCell}), which were not read: their {field} is missing. If the column holds each school's (section's) own numbers, set its stage to (all stages) in the task pane's Column mapping (command line: --map {fieldMap}={column}); else put the {missingStage:lower} numbers in a column of their own",
  },
  read_stage_column_unread_header_one: {
    zh: "第 {column} 列的表头“{header}”表明是{stageInText}的列，只在{stageInText}的行读取；但有 1 个{missingStage}学校（学段）在此列填有数值（{firstCell} 的 {value}），未读取，其“{field}”因此缺失。如此列是各校（学段）自己的数值，请在任务窗格“列对应关系”中把此列的学段设为“（不分学段）”（命令行：--map {fieldMap}={column}）；否则请为{missingStage}另设一列填写",
    en: "The header of column {column}, “{header}”, makes it a {stageInText} column, read on {stageInText} rows only; yet 1 {missingStage:lower} school (section) has a number in it ({value} at {firstCell}), which was not read: its {field} is missing. If the column holds each school's (section's) own numbers, set its stage to (all stages) in the task pane's Column mapping (command line: --map {fieldMap}={column}); else put the {missingStage:lower} number in a column of its own",
  },
  read_stage_text_unknown: {
    zh: "“{name}”的学段填为“{text}”，不是义务教育学段（小学、初中），未采用；按名称或办学类型读作{stage}，请核对学段",
    en: "“{name}”: the stage cell says “{text}”, which is no compulsory stage (primary, junior secondary); not used: read as {stage:lower} from the name or type, please check the stage",
  },
  read_stage_text_unknown_sheet: {
    zh: "“{name}”的学段填为“{text}”，不是义务教育学段（小学、初中），未采用；按所在工作表“{sheet}”读作{stage}，请核对学段",
    en: "“{name}”: the stage cell says “{text}”, which is no compulsory stage (primary, junior secondary); not used: read as {stage:lower} from its sheet “{sheet}”, please check the stage",
  },
  read_stage_text_unknown_whole: {
    zh: "“{name}”的学段填为“{text}”，不是义务教育学段（小学、初中），未采用；按全校（各学段）读取，请核对学段",
    en: "“{name}”: the stage cell says “{text}”, which is no compulsory stage (primary, junior secondary); not used: read as the whole school, please check the stage",
  },
  read_stage_grade_ambiguous: {
    zh: "“{name}”的学段填为“{text}”：六年级在六三制属小学、在五四制属初中，不能确定学段，未采用；已按名称、办学类型或所在工作表读取，请填写小学或初中",
    en: "“{name}”: the stage cell says “{text}”; grade 6 is primary under the 6-3 system and junior secondary under the 5-4 system, so no stage is taken from it: the row was read by its name, type or sheet, please give primary or junior secondary",
  },
  read_stage_from_grade: {
    zh: "“{name}”的学段填为年级“{text}”，按其所属学段读作{stage}",
    en: "“{name}”: the stage cell gives the grade “{text}”, read as its stage, {stage:lower}",
  },
  read_type_text_unknown: {
    zh: "“{name}”的办学类型“{text}”不是可识别的义务教育学校类型，未采用；按名称或学段读作{type}，请核对办学类型",
    en: "“{name}”: the school type “{text}” is no compulsory-education school type the reader knows; not used: read as {type:lower} from the name or stage, please check the type",
  },
  read_type_stage_out_of_scope: {
    zh: "“{name}”的办学类型“{text}”不是义务教育学校，但学段填为“{stageText}”；该校按非义务教育学校不参与评估，如为初中或完全中学请改正办学类型",
    en: "“{name}”: the school type “{text}” is no compulsory-education school, but the stage cell says “{stageText}”; the school is left out of the evaluation as not a compulsory-education school: if it is a junior secondary or complete secondary school, correct its type",
  },
  read_type_name_conflict: {
    zh: "“{name}”的名称与办学类型“{text}”不符；按办学类型列读作{type}，请核对",
    en: "“{name}”: the name does not fit the school type “{text}”; read as {type} from the type column, please check",
  },
  // {min}: the profile's teaching-point cut-off (scope.teachingPointMinStudents), filled once the run's profile is known (report/profileParams.ts).
  read_type_name_teaching_point: {
    zh: "“{name}”名称为教学点，但办学类型填为“{text}”；按办学类型列读作{type}，参与资源配置评估。如确为教学点（不足{min}人的教学点不参评），请将办学类型改为“教学点”",
    en: "“{name}” is named a teaching point, but its type says “{text}”; read as {type} from the type column and evaluated. If it is a teaching point (those under {min} students are out of scope), set its type to 教学点 (teaching point)",
  },
  read_sections_shared_merged: {
    zh: "“{name}”的小学、初中两行中，{fieldList}的单元格跨两行合并，视为全校共用数，按加权学生数分到两个学段",
    en: "“{name}”: cells merged over its primary and junior secondary rows ({fieldList}) are read as whole-school values, shared between the two stages by weighted students",
  },
  read_sections_stage_value_merged: {
    zh: "“{header}”的单元格跨“{name}”的小学、初中两行合并：按全校数读取，不能分到学段，按学段计算的指标缺少该项；请按学段分别填写",
    en: "{header} is in a cell merged over the primary and junior secondary rows of “{name}”: read as the whole school's, which cannot be split by stage, so the indicators that need it by stage lack it; please give it per stage",
  },
  read_merged_across_rows: {
    zh: "“{header}”的单元格跨第 {rows} 行（不是同一所学校的小学、初中两行）合并；该值只计入第一行，请核对",
    en: "{header} is in a cell merged over rows {rows} (not the primary and junior secondary rows of one school); the value was read for the first row only, please check",
  },
  read_sections_name_merged: {
    zh: "“{name}”的校名单元格跨第 {rows} 行（小学、初中各一行）合并：按同一所学校的“{name}（小学部）”“{name}（初中部）”读取，学校规模、音乐美术教室等按全校计。如实为两所学校，请取消合并并分别填写校名",
    en: "“{name}”: the name cell is merged over rows {rows} (a primary and a junior secondary row): read as “{name}（小学部）” and “{name}（初中部）” of one school, whose size and music and art rooms count for the whole school. If they are two schools, unmerge the cell and name each row",
  },
  read_sections_name_repeated: {
    zh: "“{name}”在第 {rows} 行分小学、初中各填一行，校名相同：按同一所学校的“{name}（小学部）”“{name}（初中部）”读取，学校规模、音乐美术教室等按全校计。如实为两所学校，请分别填写不同校名",
    en: "“{name}”: rows {rows} are a primary and a junior secondary row under the same name: read as “{name}（小学部）” and “{name}（初中部）” of one school, whose size and music and art rooms count for the whole school. If they are two schools, give each its own name",
  },
  read_name_merged_not_sections: {
    zh: "“{name}”的校名单元格跨第 {rows} 行合并，但这些行不是同一所学校的小学、初中各一行：各行按各自学段读取（同名同学段的行按重复行或校区处理），不作为一所九年一贯制学校。如为一所学校，请只保留小学、初中各一行，或将校名写作“{name}（小学部）”“{name}（初中部）”",
    en: "“{name}”: the name cell is merged over rows {rows}, which are not one primary and one junior secondary row of one school: each row is read for its own stage (rows of the same name and stage as duplicates or campuses), not as one nine-year school. If it is one school, keep one primary and one junior secondary row, or name them “{name}（小学部）” and “{name}（初中部）”",
  },
  read_shared_value_one_section: {
    zh: "“{name}”的“{header}”为空，而同校另一学段行（{otherCell}）有值：该值可能是全校共用数，现只计入那一学段。如是全校数，请合并这两行的单元格或分别填写各学段的数",
    en: "“{name}”: {header} is blank, while the school's other stage row ({otherCell}) has a value, which may be the whole school's; it now counts for that stage only. If it is the whole school's, merge the two cells or give each stage its own value",
  },
  read_figure_unknown_item: { zh: "无法识别县级指标项目“{item}”，未读取", en: "County item “{item}” is not recognised; not read" },
  // G11 from two head counts (rotationFigures.ts) and a figure written only in the notes (valueInNote.ts).
  read_figure_rotation_rate_computed: {
    zh: "教师交流轮岗比例按“{item}”÷ {eligibleCell}（符合交流条件教师数）计算为 {value}",
    en: "The teacher rotation rate is computed as “{item}” ÷ {eligibleCell} (teachers eligible for rotation): {value}",
  },
  read_figure_rotation_eligible_missing: {
    zh: "“{item}”是交流轮岗教师人数，但没有填写符合交流条件的教师总数，无法算出交流轮岗比例：该项待评估（请填写符合交流条件教师总数，或直接填写交流轮岗比例）",
    en: "“{item}” is the number of teachers rotated, but the number of teachers eligible for rotation is not given, so the rotation rate cannot be computed: not yet assessed (give the eligible count, or the rate itself)",
  },
  read_figure_rotation_rotated_missing: {
    zh: "“{item}”是符合交流条件的教师总数，但没有填写交流轮岗教师人数，无法算出交流轮岗比例：该项待评估（请填写交流轮岗教师人数，或直接填写交流轮岗比例）",
    en: "“{item}” is the number of teachers eligible for rotation, but the number of teachers rotated is not given, so the rotation rate cannot be computed: not yet assessed (give the rotated count, or the rate itself)",
  },
  read_figure_rotation_no_eligible: {
    zh: "“{item}”为 0，交流轮岗比例（{rotatedCell} ÷ 0）无法计算：该项待评估，请核对符合交流条件教师总数",
    en: "“{item}” is 0, so the rotation rate ({rotatedCell} ÷ 0) cannot be computed: not yet assessed; please check the number of eligible teachers",
  },
  read_figure_rotation_inconsistent: {
    zh: "交流轮岗教师人数 {rotated}（“{item}”）与符合交流条件教师总数 {eligible}（{eligibleCell}）不相符（人数不能为负，交流人数不能多于符合条件人数）：未计算交流轮岗比例，该项待评估",
    en: "{rotated} teachers rotated (“{item}”) and {eligible} eligible ({eligibleCell}) do not fit (no count is negative, and no more are rotated than eligible): the rotation rate is not computed and the item is not yet assessed",
  },
  read_figure_rotation_count: {
    zh: "“{item}”是人数；表中已直接填写交流轮岗比例，按所填比例评估，此人数未用于计算",
    en: "“{item}” is a head count; the rotation rate is given on the sheet as such and is used, so this count was not",
  },
  read_figure_value_in_note: {
    zh: "“{item}”的数值单元格 {valueCell} 为空，备注 {noteCell} 写有“{note}”：备注中的文字不作为数值读取，该项待评估；请把数值填入 {valueCell}",
    en: "“{item}”: the value cell {valueCell} is blank while the note {noteCell} says “{note}”. Notes are not read as values, so the item is not yet assessed; please enter the figure in {valueCell}",
  },
  // A G8 ratio given as such that the county's own amounts of pay contradict beyond rounding (payFigures.ts: checkGivenRatio; payAmounts.ts: givenPayRatioCheck).
  read_figure_pay_ratio_differs: {
    zh: "填写的教师与公务员平均工资之比“{item}”为 {given}，按工资金额 {teacherCell}（{teacher}）÷ {civilCell}（{civil}）计算为 {computed}，相差超过四舍五入误差（保留两位小数的比值最多相差 0.005）：仍采用填写的比值，请核对",
    en: "The ratio of teachers' to civil servants' pay given (“{item}”: {given}) and the one from the amounts ({teacherCell} {teacher} ÷ {civilCell} {civil}: {computed}) differ by more than rounding (a ratio written to two decimals is at most 0.005 off): the ratio given is used; please check",
  },
  // {threshold}: the profile's G8_pay_ratio the check was made against (report/profileParams.ts).
  read_figure_pay_ratio_fails_on_amounts: {
    zh: "填写的教师与公务员平均工资之比“{item}”为 {given}（不低于{threshold}），但按工资金额 {teacherCell}（{teacher}）÷ {civilCell}（{civil}）计算为 {computed}（低于{threshold}）：按工资金额该项不达标。仍采用填写的比值，请核对",
    en: "The ratio of teachers' to civil servants' pay given (“{item}”: {given}, at least {threshold}) and the one from the amounts ({teacherCell} {teacher} ÷ {civilCell} {civil}: {computed}, below {threshold}) disagree: on the amounts the item would fail. The ratio given is used; please check",
  },
  read_figure_pay_amounts_agree: {
    zh: "填写的教师与公务员平均工资之比“{item}”为 {given}，与按工资金额 {teacherCell}（{teacher}）÷ {civilCell}（{civil}）计算的 {computed} 一致（在四舍五入误差内）：采用填写的比值",
    en: "The ratio of teachers' to civil servants' pay given (“{item}”: {given}) agrees within rounding with the one from the amounts ({teacherCell} {teacher} ÷ {civilCell} {civil}: {computed}): the ratio given is used",
  },
  // A figure item answered 是 / 否 / 达标 / 未达标 (answeredFigure.ts): the county's declared verdict, read as stated.
  read_figure_yes_no_answer: {
    zh: "“{item}”填“{text}”：该项本应按数值与标准比较评估，此处未填数值，按县级填报的答复记为“{countyVerdict}”（依据为该答复，未经数值核对）；如有数值（如比值、百分比），请改填数值以便核对",
    en: "“{item}” is answered “{text}”: the item is judged by a figure against its standard, but no figure is given, so the answer in the county figures is taken as stated: “{countyVerdict}” (based on that answer, not checked against a figure); if the figure is known (a ratio or percentage), enter it instead so that it can be checked",
  },
  // A figure item's 是 / 否 not read (answeredFigure.ts refusedAnswer; figureWording.ts contraryWording, levelNotStated).
  read_figure_contrary_wording: {
    zh: "“{item}”填“{text}”：项目名称是与指标“{countyItem}”的标准方向相反的说法（如“低于”“未达到”“超过”），这类“是/否”容易填反，为免误判未读取；请填写该项的数值（如比值、百分比），或把项目名称改为与标准同向的说法（如“不低于”“不超过”）后再填“是/否”",
    en: "“{item}” is answered “{text}”: the item is worded against the standard of “{countyItem}” (such as 低于 below, 未达到 not reaching, 超过 over), and a yes / no to such wording is easily given the wrong way round, so it is not read. Please give the item's figure (a ratio or percentage), or reword the item the way its standard runs (such as 不低于 not below, 不超过 not over) and answer it yes / no",
  },
  // {level} (Ⅲ) and {levelNumber} (3): the level Q9_monitoring_level asks in the profile, filled as {min} above.
  read_figure_level_not_stated: {
    zh: "“{item}”填“{text}”：指标“{countyItem}”按质量监测结果等级评估（{level}级以上），项目名称未说明达到的等级，“{text}”可能只表示参加了监测，未读取；请填写达到的等级（如“{level}级”或 {levelNumber}），或把项目名称写为“达到{level}级以上”并填写“是/否”",
    en: "“{item}” is answered “{text}”: “{countyItem}” is judged by the level of the quality-monitoring results (level {level} or above), and the item's name states no level reached, so “{text}” may only say that the county took part; not read. Please give the level reached (such as {levelNumber} or {level}级), or name the item “达到{level}级以上” (that level or above reached) and answer it yes / no",
  },
  // A city list naming each county once per block, the 县区 cells below it blank (countiesDown.ts).
  read_figure_county_from_above: {
    zh: "县区单元格为空：本行及其下方县区为空的行，按上方 {countyCell} 的“{county}”读取（如同该单元格向下合并）；如这些行不属于“{county}”，请填写各行的县区",
    en: "The county cell is blank: this row and the blank-county rows below it are read as “{county}”, named above in {countyCell} (as if that cell were merged down); if they are not {county}'s, please fill in each row's county",
  },
  // G11's counts: principals left out, a count given twice, a rate given as such that its counts contradict (rotationFigures.ts).
  read_figure_rotation_principal: {
    zh: "“{item}”是校长的交流轮岗人数：校长不计入教师交流轮岗比例，未读取",
    en: "“{item}” counts principals: principals are not part of the teacher rotation rate, so it is not read",
  },
  read_figure_rotation_several: {
    zh: "“{item}”与 {cells} 是同一项人数（不是按小学、初中分列），无法确定用哪一个：未计算交流轮岗比例或骨干教师占比，该项待评估；请只保留一个",
    en: "“{item}” and {cells} give the same count, not split into primary (小学) and junior secondary (初中), so it is unclear which to use: the rotation rate or backbone share is not computed and the item is not yet assessed; please keep one",
  },
  read_figure_rotation_rate_differs: {
    zh: "填写的交流轮岗比例“{item}”为 {given}，按人数 {rotatedCell} ÷ {eligibleCell} 计算为 {computed}，相差超过四舍五入误差（0.5个百分点）：仍采用填写的比例，请核对",
    en: "The rotation rate given (“{item}”: {given}) and the one from the counts ({rotatedCell} ÷ {eligibleCell}: {computed}) differ by more than rounding (half a percentage point): the rate given is used; please check",
  },
  read_figure_rotation_backbone_differs: {
    zh: "填写的骨干教师占交流轮岗教师比例“{item}”为 {given}，按人数 {backboneCell} ÷ {rotatedCell} 计算为 {computed}，相差超过四舍五入误差（0.5个百分点）：仍采用填写的比例，请核对",
    en: "The backbone share given (“{item}”: {given}) and the one from the counts ({backboneCell} ÷ {rotatedCell}: {computed}) differ by more than rounding (half a percentage point): the share given is used; please check",
  },
  // G11's backbone share from the backbone teachers rotated and the teachers rotated (rotationFigures.ts).
  read_figure_rotation_backbone_computed: {
    zh: "骨干教师占交流轮岗教师比例按“{item}”÷ {rotatedCell}（交流轮岗教师人数）计算为 {value}",
    en: "The share of backbone teachers among those rotated is computed as “{item}” ÷ {rotatedCell} (teachers rotated): {value}",
  },
  read_figure_rotation_backbone_rotated_missing: {
    zh: "“{item}”是交流轮岗的骨干教师人数，但没有填写交流轮岗教师人数，无法算出骨干教师占比：该项待评估（请填写交流轮岗教师人数，或直接填写骨干教师占比）",
    en: "“{item}” is the number of backbone teachers rotated, but the number of teachers rotated is not given, so the backbone share cannot be computed: not yet assessed (give the rotated count, or the share itself)",
  },
  read_figure_rotation_no_rotated: {
    zh: "“{item}”为 0，骨干教师占交流轮岗教师比例（{backboneCell} ÷ 0）无法计算：该项待评估，请核对交流轮岗教师人数",
    en: "“{item}” is 0, so the share of backbone teachers among those rotated ({backboneCell} ÷ 0) cannot be computed: not yet assessed; please check the number of teachers rotated",
  },
  read_figure_rotation_backbone_inconsistent: {
    zh: "交流轮岗骨干教师人数 {backbone}（“{item}”）与交流轮岗教师人数 {rotated}（{rotatedCell}）不相符（人数不能为负，骨干教师人数不能多于交流轮岗教师人数）：未计算骨干教师占比，该项待评估",
    en: "{backbone} backbone teachers rotated (“{item}”) and {rotated} teachers rotated ({rotatedCell}) do not fit (no count is negative, and no more backbone teachers than teachers are rotated): the backbone share is not computed and the item is not yet assessed",
  },
  // G11's counts of other stages: a count split by stage with a stage blank (rotationCounts.ts: addStages).
  read_figure_rotation_stages_uneven: {
    zh: "“{item}”与 {otherCell} 所含学段不同（按小学、初中分列的人数缺少某一学段，空白不按 0 计）：两者不能相除，未计算交流轮岗比例或骨干教师占比，该项待评估；请填写各学段的人数（没有则填 0），或只填全县合计人数",
    en: "“{item}” and {otherCell} do not cover the same stages (a count split into primary (小学) and junior secondary (初中) lacks a stage; a blank is not 0): one cannot be divided by the other, so the rotation rate or backbone share is not computed and the item is not yet assessed; please give each stage's count (0 if none), or only the county's total",
  },
  read_figure_rotation_backbone_count: {
    zh: "“{item}”是人数；表中已直接填写骨干教师占交流轮岗教师比例，按所填比例评估，此人数未用于计算",
    en: "“{item}” is a head count; the share of backbone teachers among those rotated is given on the sheet as such and is used, so this count was not",
  },
  // The engine's units ({baseUnit}).
  unit_yuan: { zh: "元", en: "yuan" },
  unit_m2: { zh: "㎡", en: "m²" },
  // What a count typed with its unit counts (read_number_with_unit: 20间 → 20 rooms).
  unit_persons: { zh: "人", en: "persons" },
  unit_rooms: { zh: "间", en: "rooms" },
  unit_classes: { zh: "个班", en: "classes" },
  unit_items: { zh: "件", en: "items" },
  // One of a count (read_number_with_unit: 1间 → 1 room).
  unit_person: { zh: "人", en: "person" },
  unit_room: { zh: "间", en: "room" },
  unit_class: { zh: "个班", en: "class" },
  unit_item: { zh: "件", en: "item" },
  // What a value should be ({expected} of read_figure_bad_value and read_rule_bad_value).
  kind_ratio: { zh: "比例，如 95% 或 0.95", en: "a ratio such as 95% or 0.95" },
  // A stage-less G13 row (义务教育就近入学比例): one ratio per stage in the cell, or one for both (badValueIssue.ts rowExpected).
  kind_ratio_stages: {
    zh: "各学段的比例（如“小学100%，初中96.8%”，也可分两行填写），或一个比例（小学、初中同用），如 95% 或 0.95",
    en: "one ratio per stage (小学100%，初中96.8%, or each stage on a row of its own) or one ratio for both stages, such as 95% or 0.95",
  },
  kind_boolean: { zh: "“是”或“否”", en: "yes or no (是 / 否)" },
  // A veto item asks whether the bad thing exists (有编不补…): answered 有 / 无 (badValueIssue.ts expectedKind).
  // What a number item's value should be, said when it is not credible (credibleNumber.ts): only the item's own bound.
  kind_credible_G8_pay_ratio: { zh: "教师与公务员工资之比应在 1 左右", en: "teachers' to civil servants' pay is about 1" },
  kind_credible_Q9_difference_rate: { zh: "校际差异率应小于 1", en: "a difference rate is below 1" },
  kind_existence: { zh: "“有”或“无”", en: "yes or no (有 / 无)" },
  kind_yuan: { zh: "金额（元），如 6080、6,080元/生 或 0.608万元", en: "an amount in yuan such as 6080, 6,080元/生 or 0.608万元" },
  // A stage-less G7 row (特殊教育学校生均公用经费): one amount for both stages, or one per stage in the cell (badValueIssue.ts rowExpected).
  kind_yuan_stages: {
    zh: "各学段的金额（如“小学6500元，初中7000元”，也可分两行填写），或一个金额（元，小学、初中同用），如 6080、6,080元/生 或 0.608万元",
    en: "one amount per stage (小学6500元，初中7000元, or each stage on a row of its own) or one amount in yuan for both stages, such as 6080, 6,080元/生 or 0.608万元",
  },
  kind_level: { zh: "监测等级 1–4，如 3、Ⅲ 或 Ⅲ级以上", en: "a monitoring level 1–4 such as 3, Ⅲ or Ⅲ级以上" },
  kind_number: { zh: "数值", en: "a number" },
  // G8 is a ratio of two pays and Q9's difference rate a fraction below 1: named as such where a value is asked for (expectedKind).
  kind_pay_ratio: { zh: "教师与公务员平均工资之比，如 1.03", en: "the ratio of teachers' to civil servants' average pay, such as 1.03" },
  kind_difference_rate: { zh: "校际差异率，如 0.12", en: "the inter-school difference rate, such as 0.12" },
  kind_rating: { zh: "“是”或“否”，或评价等级“良好”“优秀”（良好以上为达标）", en: "yes or no (是 / 否), or the rating 良好 (good) or 优秀 (excellent): good or above is met" },
  kind_string: { zh: "文字", en: "text" },
  // A 规则 value that is a list or a group (targets, …): written as JSON, which a statistician needs shown, not named.
  kind_json: {
    zh: "JSON 格式的文字，用英文的方括号、花括号和双引号书写，例如 targets 写作 [{\"year\": 2024, \"share\": 0.85}]（2024 年达标比例目标 85%）",
    en: "JSON text, written with straight brackets, braces and double quotes: for targets, e.g. [{\"year\": 2024, \"share\": 0.85}] (a target of 85% passing in 2024)",
  },
  // A verdict (达标, 合格) answering a veto item (refusedYesNo.ts): 有 / 无 is asked, not whether it is met.
  read_figure_veto_verdict: {
    zh: "否决项“{item}”填写为“{text}”，未读取：否决项应填“有”或“无”（是否存在该情形），请在该单元格改填",
    en: "Veto item “{item}”: “{text}” is a verdict and does not say whether the case exists; not read: a veto item takes 有 or 无 (present or not): enter it in that cell",
  },
  // 有 / 无 / 没有 / 0 / 1 beside a veto item worded as a negative (无违规择校行为 | 有): whether the case exists, or agreeing with the sentence? Not guessed.
  read_figure_remark_contradicts: {
    zh: "“{item}”填写为“{text}”：按该项的说法，答案“{answer}”与其后的说明“{remark}”意思相反，含义不明：该项暂未评估，请只填写一个答案（如“存在”或“不存在”）",
    en: "“{item}”: in “{text}”, the answer “{answer}” and the remark “{remark}” after it say opposite things, given how the item is worded; not assessed: enter one answer only (such as 存在 or 不存在, present or not)",
  },
  // An item that is no veto answered as met with a remark saying it was not put right (是（未整改）: figureWording.ts remarkUndealt, R1 of s51).
  read_figure_remark_undealt: {
    zh: "“{item}”填写为“{text}”：答案“{answer}”表示达到要求，其后的说明“{remark}”却表示尚未整改或处理到位，含义不明，未读取：该项暂未评估，请在该单元格改填“是”或“否”",
    en: "“{item}”: in “{text}”, the answer “{answer}” says the item is met, but the remark “{remark}” after it says something is not yet put right or dealt with; not read, so the item is not assessed: enter 是 or 否 (met or not) in that cell",
  },
  // An item that is no veto answered as met with a remark saying a problem stopped (是（不再发生）: figureWording.ts remarkStopped, s52 H1).
  read_figure_remark_stopped: {
    zh: "“{item}”填写为“{text}”：答案“{answer}”表示达到要求，其后的说明“{remark}”却是在说某个问题已不再发生，并未说明该项是否达到要求，含义不明，未读取：该项暂未评估，请在该单元格改填“是”或“否”",
    en: "“{item}”: in “{text}”, the answer “{answer}” says the item is met, but the remark “{remark}” after it says a problem has stopped, which does not say whether the item is met; not read, so the item is not assessed: enter 是 or 否 (met or not) in that cell",
  },
  read_figure_veto_ambiguous: {
    zh: "否决项“{item}”是否定的说法，填写的“{text}”可能指存在该情形，也可能指认同该说法（不存在该情形），含义不明：该项暂未评估，请改填“存在”或“不存在”",
    en: "Veto item “{item}” is worded as a negative, so “{text}” may say that the case exists or agree that it does not; not assessed: enter 存在 or 不存在 (present or not) in that cell",
  },
  // One part of a two-part cell not read (小学6500元，初中约7000元; 小学100%，初中约96.8%: badValueIssue.ts), the other given: only that part to be rewritten (reviewer R3 of s46, finding 6).
  read_figure_part_bad_value: {
    zh: "县级指标“{item}”中“{countyItem}”的部分“{text}”无法读取，未使用（本格其余部分照常读取）：请只改写这一部分，写明它是哪一项（如“小学”“初中”）并填{expected}，其余部分保留；也可分两行填写",
    en: "County item “{item}”, the part for {countyItem}: “{text}” cannot be read and is not used (the rest of the cell is read): rewrite only that part, naming which it is (such as 小学 or 初中), as {expected}, keeping the rest; or enter each part on a row of its own",
  },
  read_figure_bad_value: {
    zh: "县级指标“{fieldHeader}”的值“{text}”无法读取，未使用：请在该单元格改填{expected}",
    en: "County item {fieldHeader}: “{text}” cannot be read and is not used: enter {expected} in that cell",
  },
  // A known item's row with its value cell blank (figureOf.ts): its item is not judged on it.
  read_figure_blank: { zh: "县级指标“{item}”未填写", en: "County item “{item}” is left blank" },
  // An item of one stage (初中三年巩固率) under 小学 | 初中 columns, read from its own; the other stage's cell set aside (ownStageItem.ts).
  read_figure_other_stage: {
    zh: "县级指标“{item}”只涉及{stageInText}，已按{stageInText}列的 {usedCell} 读取；此处另一学段列的“{text}”未使用",
    en: "County item “{item}” concerns {stageInText} only and was read from the {stageInText} column, at {usedCell}; “{text}” here, in the other stage's column, is not used",
  },
  // The same item read from the other stage's column, its own stage's cell blank or / (ownStageItem.ts).
  read_figure_other_stage_used: {
    zh: "县级指标“{item}”只涉及{stageInText}，但{stageInText}列的 {ownCell} 没有数值，已按此处另一学段列的“{text}”读取；如这是{stageInText}的数值，请移到 {ownCell}，否则请改正",
    en: "County item “{item}” concerns {stageInText} only, but its {stageInText} cell, {ownCell}, has no value: “{text}” here, in the other stage's column, was read. If it is the {stageInText} figure, move it to {ownCell}; if not, correct it",
  },
  // A stage cell of a G7 / G13 row giving both stages' values beside a value in the other stage's cell (badValueIssue.ts bothStagesIssue).
  read_figure_stage_cell_both: {
    zh: "县级指标“{item}”的{stageInText}列 {cell} 填了两个学段的值“{text}”，而另一学段列的 {otherCell} 也填有数值，无法确定按哪个读取，未读取：请在此处只填{stageInText}的值，另一学段的值填在 {otherCell}",
    en: "County item “{item}”: its {stageInText} cell, {cell}, gives both stages' values, “{text}”, while the other stage's cell, {otherCell}, has a value too, so which to read cannot be told; not read. Keep only the {stageInText} value here and put the other stage's in {otherCell}",
  },
  // read_figure_other_stage when the item's own stage cell gave no figure (暂无数据, or refused there): nothing was read from it.
  read_figure_other_stage_own_unread: {
    zh: "县级指标“{item}”只涉及{stageInText}，{stageInText}列的 {usedCell} 未读出数值（见该单元格的说明），该项没有填报值；此处另一学段列的“{text}”也未使用",
    en: "County item “{item}” concerns {stageInText} only, and its {stageInText} cell, {usedCell}, gave no value (see what is said there): the item has no figure; “{text}” here, in the other stage's column, is not used either",
  },
  // read_figure_other_stage_used when the other stage's cell gave no figure either (暂无数据, or refused there): nothing was read.
  // The one word on that cell (reviewer R2 of s49: read_figure_no_data beside it said to fill this cell).
  read_figure_other_stage_unread: {
    zh: "县级指标“{item}”只涉及{stageInText}，但{stageInText}列的 {ownCell} 未填数值；此处另一学段列的“{text}”也未读出数值，该项没有填报值。有{stageInText}的数值后请填在 {ownCell}",
    en: "County item “{item}” concerns {stageInText} only, but its {stageInText} cell, {ownCell}, holds no figure, and “{text}” here, in the other stage's column, gave no value either: the item has no figure. Enter the {stageInText} figure in {ownCell} once it is known",
  },
  // read_figure_other_stage_unread when the other stage's cell says 暂无数据: no figure yet, the own cell to fill (reviewer R2 of s49).
  read_figure_other_stage_no_data: {
    zh: "县级指标“{item}”只涉及{stageInText}，但{stageInText}列的 {ownCell} 未填数值；此处另一学段列填写为“{text}”，视为尚无数据，该项没有填报值。有{stageInText}的数据后请填在 {ownCell}",
    en: "County item “{item}” concerns {stageInText} only, but its {stageInText} cell, {ownCell}, holds no figure, and “{text}” here, in the other stage's column, is taken as no data yet: the item has no figure. Enter the {stageInText} figure in {ownCell} once it is known",
  },
  // read_figure_other_stage_used when the own cell holds something neither a value nor a mark of none (a unit alone, %),
  // which is not 没有数值 (reviewer R2 of s49).
  // read_figure_other_stage_used when the other stage's cell gives the item's stage a value under its label
  // (初中96.8%, 小学100%，初中96.8%): that value was read, which the message names (reviewer R3 of s49, B3).
  read_figure_other_stage_labelled: {
    zh: "县级指标“{item}”只涉及{stageInText}，但{stageInText}列的 {ownCell} 未给出数值，已按此处另一学段列“{text}”中标明{stageInText}的“{value}”读取；请把{stageInText}的数值填在 {ownCell}",
    en: "County item “{item}” concerns {stageInText} only, but its {stageInText} cell, {ownCell}, gives no figure: “{value}”, labelled {stageInText} in “{text}” here, in the other stage's column, was read. Enter the {stageInText} figure in {ownCell}",
  },
  read_figure_other_stage_used_marked: {
    zh: "县级指标“{item}”只涉及{stageInText}，但{stageInText}列的 {ownCell} 填写为“{ownText}”，已按此处另一学段列的“{text}”读取；如这是{stageInText}的数值，请移到 {ownCell}，否则请改正",
    en: "County item “{item}” concerns {stageInText} only, but its {stageInText} cell, {ownCell}, says “{ownText}”: “{text}” here, in the other stage's column, was read. If it is the {stageInText} figure, move it to {ownCell}; if not, correct it",
  },
  // An item of one stage whose own cell says none or not applicable (/, —, 无, 不适用) beside a value in the other stage's
  // cell: not read (s50 H2; ownMarkedIssue.ts).
  read_figure_other_stage_own_marked: {
    zh: "县级指标“{item}”只涉及{stageInText}，{stageInText}列的 {ownCell} 填写为“{ownText}”（无或不适用），该项没有填报值，待评估；另一学段列 {otherCell} 的“{text}”未使用。如这是{stageInText}的数值，请移到 {ownCell}",
    en: "County item “{item}” concerns {stageInText} only, and its {stageInText} cell, {ownCell}, says “{ownText}” (none or not applicable): the item has no figure and is not yet assessed; “{text}” in the other stage's column, at {otherCell}, is not used. If it is the {stageInText} figure, move it to {ownCell}",
  },
  // An item of one stage whose own cell is blank, read from the 全县 column: the other stage's cell set aside (reviewer R2 of s49).
  read_figure_other_stage_whole: {
    zh: "县级指标“{item}”只涉及{stageInText}，{stageInText}列的 {ownCell} 为空，已按全县列的 {usedCell} 读取；此处另一学段列的“{text}”未使用",
    en: "County item “{item}” concerns {stageInText} only; its {stageInText} cell, {ownCell}, is blank, so it was read from the whole-county column, at {usedCell}; “{text}” here, in the other stage's column, is not used",
  },
  read_figure_other_stage_whole_unread: {
    zh: "县级指标“{item}”只涉及{stageInText}，{stageInText}列的 {ownCell} 为空，全县列的 {usedCell} 未读出数值（见该单元格的说明），该项没有填报值；此处另一学段列的“{text}”也未使用",
    en: "County item “{item}” concerns {stageInText} only; its {stageInText} cell, {ownCell}, is blank and its whole-county cell, {usedCell}, gave no value (see what is said there): the item has no figure; “{text}” here, in the other stage's column, is not used either",
  },
  // The same, its own cell saying none or not applicable (/, —) rather than blank: said as it is, not 为空 (s50 M2).
  read_figure_other_stage_whole_marked: {
    zh: "县级指标“{item}”只涉及{stageInText}，{stageInText}列的 {ownCell} 填写为“{ownText}”，已按全县列的 {usedCell} 读取；此处另一学段列的“{text}”未使用",
    en: "County item “{item}” concerns {stageInText} only; its {stageInText} cell, {ownCell}, says “{ownText}”, so it was read from the whole-county column, at {usedCell}; “{text}” here, in the other stage's column, is not used",
  },
  read_figure_other_stage_whole_unread_marked: {
    zh: "县级指标“{item}”只涉及{stageInText}，{stageInText}列的 {ownCell} 填写为“{ownText}”，全县列的 {usedCell} 未读出数值（见该单元格的说明），该项没有填报值；此处另一学段列的“{text}”也未使用",
    en: "County item “{item}” concerns {stageInText} only; its {stageInText} cell, {ownCell}, says “{ownText}” and its whole-county cell, {usedCell}, gave no value (see what is said there): the item has no figure; “{text}” here, in the other stage's column, is not used either",
  },
  // An item of one stage whose own cell says none (/, —, 无, 不适用) read from a value in the 全县 cell: the two
  // disagree, said at the own cell naming both (s50 M2: / | 96% was read silently).
  read_figure_whole_own_marked: {
    zh: "县级指标“{item}”只涉及{stageInText}，{stageInText}列的 {ownCell} 填写为“{ownText}”（无或不适用），但全县列的 {usedCell} 填写为“{text}”，两者不一致；已按 {usedCell} 的数值评估。如{stageInText}确无该数值，请删去 {usedCell} 的数值；否则请把{stageInText}的数值填在 {ownCell}",
    en: "County item “{item}” concerns {stageInText} only; its {stageInText} cell, {ownCell}, says “{ownText}” (none or not applicable), but its whole-county cell, {usedCell}, says “{text}”: the two disagree, and the item was judged on {usedCell}. If there is no {stageInText} figure, clear {usedCell}; if there is, enter the {stageInText} figure in {ownCell}",
  },
  // An item of one stage read from its own cell: the 全县 cell beside it set aside (reviewer R2 of s49).
  read_figure_whole_set_aside: {
    zh: "县级指标“{item}”只涉及{stageInText}，已按{stageInText}列的 {usedCell} 读取；此处全县列的“{text}”未使用",
    en: "County item “{item}” concerns {stageInText} only and was read from the {stageInText} column, at {usedCell}; “{text}” here, in the whole-county column, is not used",
  },
  read_figure_whole_set_aside_own_unread: {
    zh: "县级指标“{item}”只涉及{stageInText}，{stageInText}列的 {usedCell} 未读出数值（见该单元格的说明），该项没有填报值；此处全县列的“{text}”也未使用",
    en: "County item “{item}” concerns {stageInText} only, and its {stageInText} cell, {usedCell}, gave no value (see what is said there): the item has no figure; “{text}” here, in the whole-county column, is not used either",
  },
  // 暂无数据 / 尚未统计 in a county figure's cell (noDataAnswer.ts): no figure yet, as blank, not a value unread.
  read_figure_no_data: {
    zh: "县级指标“{item}”填写为“{text}”，视为尚无数据，未作为填报值使用；有数据后请在该单元格填写",
    en: "County item “{item}” says “{text}”, taken as no data yet: no value was used; enter the figure in that cell once it is known",
  },
  // A stage cell of a G7 / G13 row saying none or not applicable (/, —, 无, 不适用): no figure for that stage, not a
  // value unread (s50 M1: 就近入学比例 | 94% | / was read_figure_bad_value, 请改填比例).
  read_figure_stage_marked_none: {
    zh: "县级指标“{item}”的{stageInText}列填写为“{text}”（无或不适用），视为{stageInText}没有填报值，该项{stageInText}部分待评估；有{stageInText}的数值后请在该单元格填写",
    en: "County item “{item}” says “{text}” (none or not applicable) in its {stageInText} column, taken as no {stageInText} figure: the item is not yet assessed for {stageInText}; enter the {stageInText} figure in that cell once it is known",
  },
  // A veto row under stage columns, one cell 无, another neither 有 nor 无 (见附件, 待核实): not cleared (s50 M1; vetoHeld.ts).
  read_figure_veto_cell_undecided: {
    zh: "县级指标“{item}”在 {clearedCells} 填写为“{clearedText}”，但同一行的 {undecidedCell} 填写为“{text}”，未能读作“有”或“无”（无法读取或尚待核实）：一票否决项在各单元格都确定前不判定为无，该项待评估。请在 {undecidedCell} 填写“有”或“无”",
    en: "County item “{item}” says “{clearedText}” at {clearedCells}, but {undecidedCell} on the same row says “{text}”, read as neither 有 nor 无 (it cannot be read or is still pending): a veto item is not cleared while one of its cells is undecided, so it is not yet assessed. Write 有 or 无 in {undecidedCell}",
  },
  // The same, the other cell refused as unreadable (见附件, abc): one message there in place of read_figure_bad_value (s51 H1).
  read_figure_veto_cell_unread: {
    zh: "县级指标“{item}”在 {undecidedCell} 填写的“{text}”无法读作“有”或“无”，未使用；同一行的 {clearedCells} 虽填写为“{clearedText}”，一票否决项在各单元格都确定前不判定为无，该项待评估。请在 {undecidedCell} 改填“有”或“无”",
    en: "County item “{item}”: “{text}” at {undecidedCell} cannot be read as 有 or 无 and is not used; though {clearedCells} on the same row says “{clearedText}”, a veto item is not cleared while one of its cells is undecided, so it is not yet assessed. Enter 有 or 无 in {undecidedCell}",
  },
  // The same, a stage cell left blank and no 全县 cell saying 无 (违规择校 | 无 | blank: s51 H1). Kept only where the county has
  // schools of that stage (unheldBlankCells), where a / would hold the item too (county_figure_veto_stage_none): so it says so.
  read_figure_veto_cell_blank: {
    zh: "县级指标“{item}”在 {clearedCells} 填写为“{clearedText}”，但同一行{stageInText}列的 {undecidedCell} 未填写：一票否决项须各学段都填写“无”（或全县列填写“无”）才判定为无，该项待评估。请在 {undecidedCell} 填写“有”或“无”（本县有{stageInText}学校，填“/”不能判定为无）",
    en: "County item “{item}” says “{clearedText}” at {clearedCells}, but its {stageInText} cell {undecidedCell} on the same row is blank: a veto item is cleared only when every stage says 无 (or the whole-county column does), so it is not yet assessed. Enter 有 or 无 in {undecidedCell} (the county has {stageInText} schools, so / does not clear it)",
  },
  // A veto item 无 in one place (a sheet, a row) and 待核实 / 暂无数据 in another for the same county: not cleared (s52 H5; vetoesPending.ts).
  read_figure_veto_pending: {
    zh: "县级指标“{item}”在 {undecidedCell} 填写为“{text}”，尚未确定有无；该项虽在 {clearedCells} 填写为“无”，一票否决项在各处填写都确定前不判定为无，该项待评估。请在 {undecidedCell} 填写“有”或“无”（同一项目重复填报时，请删去其中一处）",
    en: "County item “{item}” says “{text}” at {undecidedCell}, not yet an answer; though {clearedCells} says 无, a veto item is not cleared while any of the cells giving it is undecided, so it is not yet assessed. Enter 有 or 无 in {undecidedCell} (or delete one of the two entries if the item is given twice)",
  },
  // A yes / no answer with a remark after it (有（已整改）: answerRemark.ts), read as the answer.
  // A value with its year in brackets after it (96.8%（2024年）): read as the value alone (readCell.ts convertDated).
  read_figure_year_remark: {
    zh: "县级指标“{fieldHeader}”填写为“{text}”，已按 {readValue} 读取；括注的年份“{year}”未用于评估，也未核对是否为评估年度",
    en: "County item {fieldHeader}: “{text}” was read as {readValue}; the year “{year}” in brackets is not used, nor checked against the year evaluated",
  },
  // A value dated in brackets with another year than the one evaluated (96.8%（2023年） in 2024: figuresYear.ts remarkYearChecked): read, and warned.
  read_figure_year_other: {
    zh: "县级指标“{fieldHeader}”填写为“{text}”，已按 {readValue} 读取；但括注的年份“{year}”不是评估年度 {evaluated} 年，可能是其他年度的数据：请核对，并改填 {evaluated} 年的数值",
    en: "County item {fieldHeader}: “{text}” was read as {readValue}, but the year “{year}” in brackets is not the year evaluated ({evaluated}) and it may be another year's figure: check it and enter the figure for {evaluated}",
  },
  // A value dated in brackets with the year evaluated (96.8%（2024年） in 2024, or 2023-2024学年): read, the years found to agree.
  read_figure_year_same: {
    zh: "县级指标“{fieldHeader}”填写为“{text}”，已按 {readValue} 读取；括注的年份“{year}”与评估年度 {evaluated} 年相符",
    en: "County item {fieldHeader}: “{text}” was read as {readValue}; the year “{year}” in brackets agrees with the year evaluated ({evaluated})",
  },
  // A county figure said to be not yet checked (96.8%（待核实）: unverifiedRemark.ts), read with this warning at its cell.
  read_figure_unverified: {
    zh: "县级指标“{fieldHeader}”填写为“{text}”，已按 {readValue} 读取，但注明“{remark}”：该值尚未核实，评估按此值判断；请核实后填写确定的值",
    en: "County item {fieldHeader}: “{text}” was read as {readValue}, but it says “{remark}”: the value is not yet verified and is judged as it stands; check it and enter the verified value",
  },
  read_figure_answer_remark: {
    zh: "县级指标“{item}”填写为“{text}”，已按“{answer}”读取；其后的说明“{remark}”未用于评估",
    en: "County item “{item}”: “{text}” was read as “{answer}”; the remark “{remark}” after it is not used in the evaluation",
  },
  // An evidence item's bare 0 / 1 read as 否 / 是 (refusedYesNo.ts answerIssues): 0 may count the cases instead.
  read_figure_yes_no_digit: {
    zh: "县级指标“{item}”填写为 {text}，已按“{figureValue}”读取；如 {text} 另有含义（如数量，0 表示没有此类情况），请改填“是”或“否”",
    en: "County item “{item}”: {text} was read as {figureValue}; if {text} means something else (a count, 0 meaning there are no such cases), enter 是 or 否 (yes or no)",
  },
  // 无 / 没有 beside an item worded as a negative (figureWording.ts ambiguousExistence; 有 too): not guessed.
  read_figure_ambiguous_none: {
    zh: "县级指标“{item}”填写为“{text}”，含义不明：可能指该项成立（是/达标），也可能指不成立（否/未达标）；该项暂未评估，请改填“是/否”或“达标/未达标”",
    en: "County item “{item}”: “{text}” is ambiguous for an item worded as a negative — it may mean the item holds (yes / met) or that it does not (no / not met); not assessed: enter 是/否 (yes / no) or 达标/未达标 (met / not met)",
  },
  read_rule_unknown_path: {
    zh: "规则表中的设置项“{path}”不存在，已忽略；可用的设置项即所选评估规则（{profile}）的各项设置，列表见帮助页（help.html）的“规则表”一节：第一列写其含义（如“小学班额上限”）或路径（如 guarantee.classSize.primary）",
    en: "Rule setting “{path}” does not exist; ignored. The available settings are those of the chosen profile ({profile}), listed in the Rule sheet section of the help page (help.html): write a setting's meaning (such as “Primary: class-size cap”) or its path (such as guarantee.classSize.primary) in the first column",
  },
  // A path or a name one slip from a known one (standards.primery.L1, 小学班额上线): the one it most likely meant.
  read_rule_unknown_path_near: {
    zh: "规则表中的设置项“{path}”不存在，已忽略；是否应为“{near}”？请改正后重新评估（所选评估规则 {profile} 的设置项列表见帮助页（help.html）的“规则表”一节）",
    en: "Rule setting “{path}” does not exist; ignored. Did you mean “{near}”? Correct it and evaluate again (the settings of the chosen profile, {profile}, are listed in the Rule sheet section of the help page, help.html)",
  },
  // A 规则 header naming the path column but no column that is clearly the value (ruleColumns.ts unclearValueColumn): the sheet is not read.
  read_rule_no_value_column: {
    zh: "规则表的表头“{found}”有设置项列，但看不出哪一列是要采用的值（“原值”“默认值”“国家标准”等列不作为取值）；本表的设置均未采用，仍按所选评估规则：请把要采用的值所在列的表头改为“值”（或“新值”“调整后”）",
    en: "The rule sheet's header “{found}” has a setting column but no column that is clearly the value to apply (columns such as 原值, 默认值 or 国家标准 are not taken as values); none of the sheet's settings was applied, the chosen profile's apply: head the column of the values to apply 值 (or 新值, 调整后)",
  },
  read_rule_empty_value: {
    zh: "规则“{path}”的值为空（“值”列未填写），已忽略，该项仍按所选评估规则；如需调整，请在此单元格填写取值",
    en: "Rule “{path}”: the value is empty (nothing in the value column); ignored, the chosen profile's setting applies. To change it, enter the value in this cell",
  },
  // The same path on a second row: the first row's value applies (as a profile file's target year given twice).
  read_rule_duplicate: {
    zh: "规则“{path}”重复：已在 {first} 给出，采用该处的值，本行已忽略；请删去其中一行",
    en: "Rule “{path}” is given twice: the value at {first} applies and this row was ignored; delete one of the two rows",
  },
  // Several sheets named as a rule sheet (规则 hidden, 规则 (2) visible): the visible one applied.
  read_rule_sheet_chosen: {
    zh: "工作簿中有多个规则表：已应用“{sheet}”；“{left}”是隐藏的工作表，未应用。如应使用其中的设置，请把它们移到“{sheet}”，并删去不用的规则表",
    en: "The workbook has several rule sheets: “{sheet}” was applied; “{left}” is hidden and was not. If its settings are the ones to use, move them to “{sheet}” and delete the rule sheet not used",
  },
  read_rule_sheets_ambiguous: {
    zh: "工作簿中有多个规则表（{sheets}），无法确定应采用哪一个，均未应用，评估按所选评估规则；请只保留一个规则表（可删去或改名其余的）后重新评估",
    en: "The workbook has several rule sheets ({sheets}) and which one applies cannot be told: none was applied, the chosen profile applies. Keep one rule sheet (delete or rename the others) and evaluate again",
  },
  read_rule_sheet_hidden: {
    zh: "规则表“{sheet}”是隐藏的工作表，其中的设置已应用（见评估规则一行）；如不应采用，请删除该表",
    en: "Rule sheet “{sheet}” is a hidden sheet; its settings were applied (see the profile line). If they should not be, delete that sheet",
  },
  read_rule_bad_value: { zh: "规则“{path}”的值“{text}”类型不对（应为{expected}），已忽略", en: "Rule “{path}”: “{text}” is of the wrong kind (expected {expected}); ignored" },
  // Said of the entry, not of its value alone: a mistyped item key is refused too (profile_item_key_typo), and each reason says what is wrong.
  read_rule_invalid: { zh: "规则“{path}”不被接受，已忽略：{profileProblem}", en: "Rule “{path}” is not accepted and was ignored: {profileProblem}" },
  // A key set alone in a group the profile leaves null (guarantee.funding.norm.primary without …junior): the group's other keys are required.
  read_rule_incomplete: {
    zh: "规则“{path}”须与同组的其他设置项一并给出，已忽略：缺少 {settingNames}",
    en: "Rule “{path}” must be given together with the other settings of its group and was ignored: {settingNames} not given",
  },
  out_setting_named: { zh: "“{meaning}”（{path}）", en: "“{meaning}” ({path})" },
  read_heading_row: {
    zh: "“{text}”是分组标题行（有序号、在括号中或只写学段，且无数字），已跳过",
    en: "“{text}” is a block heading (numbered, in brackets or a bare stage, with no numbers on the row); skipped",
  },
  read_heading_rural: {
    zh: "“{text}”是分组标题行，已跳过；其下学校（至下一个城乡标题为止）表中未填城乡分类的，按乡村学校计（用于乡村小规模学校的公用经费和功能教室标准）",
    en: "“{text}” is a block heading; skipped. The schools under it (up to the next urban / rural heading) whose row gives no urban/rural classification (城乡分类) are taken as rural (for the small rural schools' funding and room standards)",
  },
  read_heading_urban: {
    zh: "“{text}”是分组标题行，已跳过；其下学校（至下一个城乡标题为止）表中未填城乡分类的，按城镇学校计",
    en: "“{text}” is a block heading; skipped. The schools under it (up to the next urban / rural heading) whose row gives no urban/rural classification (城乡分类) are taken as urban",
  },
  read_campus_rows_merged: {
    zh: "“{name}”的校区“{campus}”与 {parentCell}（“{parentCampus}”）是同一学校的不同校区，数据已相加（最大班额取较大者），按一所学校评估",
    en: "Campus “{campus}” of “{name}” and {parentCell} (“{parentCampus}”) are campuses of one school: their numbers were added (the largest class is the larger one) and it is evaluated as one school",
  },
  read_campus_rows_merged_main: {
    zh: "“{name}”的校区“{campus}”与 {parentCell}（本部；未写校区也按本部）是同一学校的不同校区，数据已相加（最大班额取较大者），按一所学校评估",
    en: "Campus “{campus}” of “{name}” and {parentCell} (the main campus; a blank campus counts as it) are campuses of one school: their numbers were added (the largest class is the larger one) and it is evaluated as one school",
  },
  read_campus_name_above: {
    zh: "此行学校名称为空，校区列写“{campus}”，按上一行 {nameCell} 的“{name}”的校区读取",
    en: "This row has no school name and its campus (校区) cell says “{campus}”: read as a campus of “{name}” on the row above ({nameCell})",
  },
  read_campus_rows_copied: {
    zh: "“{name}”的校区“{campus}”每项数据都与 {otherCell}（“{otherCampus}”）相同，疑为复制的行，未相加，此行未读取；如确是另一校区，请填写该校区自己的数据",
    en: "Every number of campus “{campus}” of “{name}” is the same as {otherCell} (“{otherCampus}”): likely a copied row, so it was not added and this row was not read; if it is another campus, give that campus's own numbers",
  },
  read_campus_rows_copied_main: {
    zh: "“{name}”的校区“{campus}”每项数据都与 {otherCell}（本部）相同，疑为复制的行，未相加，此行未读取；如确是另一校区，请填写该校区自己的数据",
    en: "Every number of campus “{campus}” of “{name}” is the same as {otherCell} (the main campus): likely a copied row, so it was not added and this row was not read; if it is another campus, give that campus's own numbers",
  },
  read_school_township_ambiguous: {
    zh: "“{name}”在{townships}都有，此行未写乡镇，无法确定是哪一所（首行 {first}），此行未读取；请填写乡镇",
    en: "“{name}” is the name of schools in {townships}, and this row gives no township (乡镇), so which one it is cannot be told (first at {first}); this row was not read: fill in its township",
  },
};
