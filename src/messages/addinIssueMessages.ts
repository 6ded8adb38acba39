import type { MessageTable } from "./types";

/**
 * Texts as the add-in says them (in the pane, the ribbon's notice and the sheets the add-in
 * writes), keyed `addin_<code>` after the text they stand for: message(code, params, lang, "addin")
 * takes them instead. The issue is the same — its code, cell and params — and the way to act on it
 * is the add-in's: its 评估年度, 工作表, 数据区域 and 列对应关系 controls, not the command line's
 * --year, --sheet, --range, --map, --ignore or --include-hidden, nor the README a workbook user
 * does not have. Each text names only placeholders the text it stands for names, and has a
 * singular form where that one has (addinIssueMessages.test.ts).
 */
export const ADDIN_ISSUE_MESSAGES: MessageTable = {
  // A header and no school rows under it, after “无法读取学校数据：”: what to do, as the empty sheet's text says it (addin_sheets_empty).
  addin_read_no_rows: {
    zh: "工作表“{sheet}”第 {headerRow} 行表头下没有学校数据行，请在表头下每所学校填一行，或在上方“工作表”中选择学校数据所在的工作表",
    en: "Sheet “{sheet}” has no school rows under its header (row {headerRow}); enter one row per school under it, or choose the school sheet under Sheet above",
  },
  addin_read_year_name_differs: {
    zh: "工作表名“{sheet}”写的是 {named} 年，标题写的是 {year} 年；按标题取 {year} 年，如不对请核对（或在任务窗格的“评估年度”指定）",
    en: "Sheet “{sheet}” is named for {named} while its title says {year}: {year} is taken, from the title; please check (or choose the year under Year in the task pane)",
  },
  addin_target_year_assumed: {
    zh: "未能确定评估年度（未能从标题或工作表名读出单一年度：可能未写年度、写的是跨两年的学年，或写法未能识别）：达标比例按规则中最新的年度目标（{year} 年）判断；如需按其他年度，请在任务窗格的“评估年度”中指定",
    en: "The year could not be determined (no single year could be read from the titles or sheet names: none may be stated, it may be a school year spanning two, or written in a way not recognised): the share passing is judged against the profile's latest yearly target ({year}); to judge it against another year's, choose the year under Year in the task pane",
  },
  addin_read_hidden_column_read: {
    zh: "第 {column} 列“{header}”是隐藏列，已照常读取；请取消隐藏核对其中的数据，如不应读取，请在任务窗格“列对应关系”中将其设为“（不使用）”",
    en: "Column {column} “{header}” is hidden and was read all the same; unhide it to check what it holds, and set it to (not used) in the task pane's column mapping if it should not be read",
  },
  addin_read_year_from_title: {
    zh: "评估年度按表格标题取 {year} 年（可在任务窗格的“评估年度”另行指定）",
    en: "Year {year} taken from the sheet's title (choose another under Year in the task pane)",
  },
  addin_read_year_from_sheet_name: {
    zh: "评估年度按工作表名“{sheet}”取 {year} 年（表格标题未写年度；可在任务窗格的“评估年度”另行指定）",
    en: "Year {year} taken from the sheet's name “{sheet}” (its title names no year; choose another under Year in the task pane)",
  },
  addin_read_sheet_not_chosen_year: {
    zh: "工作表“{sheet}”是 {year} 年的数据，不是所选评估年度 {chosen} 年的，未读取（已读取 {chosen} 年的工作表：{read}）；如需评估 {year} 年，请在任务窗格的“评估年度”中改选 {year} 年",
    en: "Sheet “{sheet}” holds {year} data, not data of the year chosen, {chosen}; it was not read (the {chosen} sheets read: {read}). To evaluate {year}, choose {year} under Year in the task pane",
  },
  addin_read_no_school_sheet_of_year: {
    zh: "所选评估年度是 {year} 年，但没有 {year} 年的学校工作表：各学校工作表的年度为 {years}（{sheets}），未读取任何一张。请在任务窗格的“评估年度”中改选其中一个年度，或在“工作表”中选择要读的工作表；如某表其实是 {year} 年的，请改正其标题或表名中的年度",
    en: "The year chosen is {year}, but no school sheet is of {year}: the school sheets are of {years} ({sheets}), and none was read. Choose one of those years under Year in the task pane, or the sheet to read under Sheet; if a sheet is truly of {year}, correct the year in its title or name",
  },
  addin_read_cells_far: {
    zh: "工作表“{sheet}”中有 {count} 个单元格（按行依次首个为 {address}，末个为 {last}）远离数据区 {area}，中间隔着上千空行或上百空列，未读取：若不是数据，请删去；若要读取的正是它们（例如另一张表），请在任务窗格的“数据区域”中填写包括它们的区域，或把它们移到表格旁",
    en: "{count} cells of sheet “{sheet}” (row by row, the first {address} and the last {last}) lie far from its data ({area}), across a thousand blank rows or a hundred blank columns, and were not read: delete them if they are no data; if they are what should be read (another table, say), give a range that holds them under Data range in the task pane, or move them next to the table",
  },
  addin_read_cells_far_one: {
    zh: "工作表“{sheet}”的 {address} 有内容，但远离数据区 {area}，中间隔着上千空行或上百空列，未读取：若不是数据，请删去；若要读取的正是它，请在任务窗格的“数据区域”中填写包括它的区域，或把它移到表格旁",
    en: "Sheet “{sheet}” holds something at {address}, far from its data ({area}) across a thousand blank rows or a hundred blank columns; it was not read: delete it if it is no data; if it is what should be read, give a range that holds it under Data range in the task pane, or move it next to the table",
  },
  addin_read_cells_far_in_range: {
    zh: "工作表“{sheet}”中有 {count} 个单元格（按行依次首个为 {address}，末个为 {last}）在所给区域 {range} 之内，但远离数据区 {area}，中间隔着上千空行或上百空列，未读取：若不是数据，请删去；若要读取的正是它们（例如另一张表），请在任务窗格的“数据区域”中另填只围住它们的区域，或把它们移到表格旁",
    en: "{count} cells of sheet “{sheet}” (row by row, the first {address} and the last {last}) lie inside the range given ({range}) but far from its data ({area}), across a thousand blank rows or a hundred blank columns, and were not read: delete them if they are no data; if they are what should be read (another table, say), give a range around them alone under Data range in the task pane, or move them next to the table",
  },
  addin_read_cells_far_in_range_one: {
    zh: "工作表“{sheet}”的 {address} 有内容，在所给区域 {range} 之内，但远离数据区 {area}，中间隔着上千空行或上百空列，未读取：若不是数据，请删去；若要读取的正是它，请在任务窗格的“数据区域”中另填围住它的区域，或把它移到表格旁",
    en: "Sheet “{sheet}” holds something at {address}, inside the range given ({range}) but far from its data ({area}) across a thousand blank rows or a hundred blank columns; it was not read: delete it if it is no data; if it is what should be read, give a range around it under Data range in the task pane, or move it next to the table",
  },
  addin_read_mapping_empty_column: {
    zh: "“{field}”设定的第 {column} 列在工作表“{sheet}”的表头（第 {row} 行）以下没有任何数据，未按此读取，该字段视为缺少；请在任务窗格的“列对应关系”中核对该字段对应的列",
    en: "Column {column}, set for {field:lower}, holds nothing under the header (row {row}) of sheet “{sheet}”, so it was not read and the field counts as missing; check which column the field is set to in the task pane's Column mapping",
  },
  addin_read_ignore_empty_column: {
    zh: "工作表“{sheet}”的第 {column} 列设为不使用，但它没有表头（表头在第 {row} 行），其下也没有数据，不影响读取",
    en: "Column {column} of sheet “{sheet}” is set to not used, but it has no header (the header is on row {row}) and nothing under it, so that changes nothing",
  },
  addin_read_column_near_field: {
    zh: "工作表“{sheet}”中没有找到“{field}”列；{column} 列的表头“{header}”与之相近，是否为该列？如是，请在任务窗格的“列对应关系”中把 {column} 列设为“{field}”，否则相关指标将无法计算",
    en: "Sheet “{sheet}” has no column for {field:lower}; column {column} is headed “{header}”, which is close to it: is that the column? If so, set column {column} to {field} in the task pane's Column mapping; otherwise the indicators that need it cannot be computed",
  },
  addin_read_item_columns_missing: {
    zh: "工作表“{sheet}”中没有找到以下项目所需的列，这些项目为待评估：{pendingItems}。请补充这些列（可识别的表头如{pendingHeaders}），或在县级指标表中给出这些项目；如表中已有这些列而表头不同，请在任务窗格的“列对应关系”中为各列选择其字段",
    en: "Sheet “{sheet}” has no column for what these items need, so they are not yet assessed: {pendingItems}. Add the columns (headed e.g. {pendingHeaders}), or give the items on the county figures sheet; if the sheet has them under other headers, choose each column's field in the task pane's Column mapping",
  },
  addin_read_item_columns_missing_one: {
    zh: "工作表“{sheet}”中没有找到以下项目所需的列，该项目为待评估：{pendingItems}。请补充这些列（可识别的表头如{pendingHeaders}），或在县级指标表中给出该项目；如表中已有这些列而表头不同，请在任务窗格的“列对应关系”中为各列选择其字段",
    en: "Sheet “{sheet}” has no column for what this item needs, so it is not yet assessed: {pendingItems}. Add the columns (headed e.g. {pendingHeaders}), or give the item on the county figures sheet; if the sheet has them under other headers, choose each column's field in the task pane's Column mapping",
  },
  addin_read_qualified_junior_needs_bachelor: {
    zh: "第 {column} 列“{header}”只能计算小学的 L1（小学按专科及以上学历计）；初中的 L1 按本科及以上学历专任教师计，表中没有本科及以上（或研究生、本科分列）的列，初中学校的 L1 无法计算。请补充该列；如表中已有，可在任务窗格的“列对应关系”中指定其含义",
    en: "Column {column} “{header}” gives the primary L1 only (primary counts teachers with an associate degree or above); the junior secondary L1 counts teachers with a bachelor's degree or above, and the sheet has no such column (nor 研究生 and 本科 columns), so no junior secondary school's L1 can be computed. Add the column; if the sheet has it, choose its field in the task pane's Column mapping",
  },
  addin_read_qualified_primary_needs_associate: {
    zh: "第 {column} 列“{header}”不能计算小学的 L1：小学按专科及以上学历专任教师计，表中没有专科及以上（或本科及以上加专科、或研究生、本科、专科分列）的列，小学学校的 L1 无法计算。请补充该列；如表中已有，可在任务窗格的“列对应关系”中指定其含义",
    en: "Column {column} “{header}” cannot give the primary L1: primary counts teachers with an associate degree or above, and the sheet has no such column (nor bachelor's-or-above plus associate, nor 研究生, 本科 and 专科 columns), so no primary school's L1 can be computed. Add the column; if the sheet has it, choose its field in the task pane's Column mapping",
  },
  addin_read_students_whole_senior: {
    zh: "第 {column} 列“{header}”是全校在校生数，而此表有高中学生（{cell}：“{text}”）：完全中学、十二年一贯制等学校的全校在校生含高中学生，不能作为义务教育学段的在校生数，未读取；如此列不含高中学生，请在任务窗格的“列对应关系”中把 {column} 列设为“在校生数”",
    en: "Column {column} “{header}” gives the whole school's students, and this sheet has senior high students ({cell}: “{text}”): a complete middle or twelve-year school's whole-school count includes its senior students, which are no compulsory stage's, so it was not read; if the column holds no senior students, set column {column} to Students in the task pane's Column mapping",
  },
  addin_read_columns_unmatched: {
    zh: "工作表“{sheet}”中以下列的表头未对应到任何指标项，未读取：{unreadColumns}；如其中有需要读取或缺少的列，可在任务窗格的“列对应关系”中为其选择字段",
    en: "Sheet “{sheet}”: these columns' headers were not matched to anything and were not read: {unreadColumns}; if one of them should be read or is a missing column, choose its field in the task pane's Column mapping",
  },
  addin_read_bare_degrees_staff: {
    zh: "工作表“{sheet}”中 {staffDegreeColumns} 紧跟在 {column}“{header}”之后，是全体教职工的学历，不是专任教师的，未作为专任教师学历（L1）读取；L1 按 {degreeColumns} 计算。如这些列确是专任教师的学历，请在任务窗格的“列对应关系”中指定",
    en: "Sheet “{sheet}”: {staffDegreeColumns} follow {column} “{header}” and give all staff's degrees, not the full-time teachers', so they were not read as the teachers' degrees (L1); L1 is counted from {degreeColumns}. If these columns are the teachers' degrees, choose their fields in the task pane's Column mapping",
  },
  addin_read_bare_degrees_staff_only: {
    zh: "工作表“{sheet}”中 {staffDegreeColumns} 紧跟在 {column}“{header}”之后，是全体教职工的学历，不是专任教师的，未作为专任教师学历（L1）读取；表中没有专科及以上 / 本科及以上学历专任教师数列，L1 因此缺数。如这些列确是专任教师的学历，请在任务窗格的“列对应关系”中指定",
    en: "Sheet “{sheet}”: {staffDegreeColumns} follow {column} “{header}” and give all staff's degrees, not the full-time teachers', so they were not read as the teachers' degrees (L1); the sheet has no column of teachers with 专科及以上 / 本科及以上 degrees, so L1 lacks its count. If these columns are the teachers' degrees, choose their fields in the task pane's Column mapping",
  },
  addin_read_money_unit_suspect: {
    zh: "第 {column} 列“{header}”注明的单位是“元”，但按元读取，各校生均{field}的中位数只有 {perStudent} 元，约为标准（每生数百至数千元）的万分之一：该列的数字看来是以“万元”填报的。单位与数字矛盾，该列未读取，需要它的指标不计算。请核对后重新评估：如是万元，把表头单元格 {headerCell}（或表格上方的单位行）中的单位改为“万元”；如确为元，请改正数字；任务窗格的“列对应关系”只能指定列的含义，不能指定单位",
    en: "Column {column} “{header}” states its unit as yuan, but read in yuan its median {field} is only {perStudent} yuan per student, about 1/10 000 of the standards (hundreds to thousands of yuan per student): its numbers look like 万元 (10 000 yuan). With its unit and its numbers contradicting each other the column was not read, and the indicators that need it are not computed. Check and evaluate again: if it is in 万元, change the unit in header cell {headerCell} (or in the unit line above the table) to “万元”; if it really is in yuan, correct the numbers; the task pane's Column mapping sets what a column means, not its unit",
  },
  addin_read_money_unit_already_yuan: {
    zh: "第 {column} 列“{header}”注明的单位是“{unit}”，但按{unit}换算成元后，各校生均{field}的中位数达 {perStudent} 元，远超任何学校的实际水平（标准为每生数百至数千元）：该列的数字看来已经是“元”。单位与数字矛盾，该列未读取，需要它的指标不计算。请核对后重新评估：如是元，把表头单元格 {headerCell}（或表格上方的单位行）中的“{unit}”改为“元”；如确为{unit}，请改正数字；任务窗格的“列对应关系”只能指定列的含义，不能指定单位",
    en: "Column {column} “{header}” states its unit as {unit}, but converted from {unit} its median {field} is {perStudent} yuan per student, far beyond any real school (the standards ask hundreds to thousands of yuan per student): its numbers look like yuan already. With its unit and its numbers contradicting each other the column was not read, and the indicators that need it are not computed. Check and evaluate again: if it is in yuan, change “{unit}” in header cell {headerCell} (or in the unit line above the table) to “元”; if it really is in {unit}, correct the numbers; the task pane's Column mapping sets what a column means, not its unit",
  },
  addin_read_money_unit_unstated: {
    zh: "第 {column} 列“{header}”的表头和表格的单位行都没有注明金额单位；如按“元”读取，各校生均{field}的中位数只有 {perStudent} 元，约为标准（每生数百至数千元）的万分之一，该列很可能以“万元”填报。单位不明，该列未读取，需要它的指标不计算。请注明单位后重新评估：在表头单元格 {headerCell} 的文字后加上“（万元）”（如确为元，则加上“（元）”），或在表头上方加一行“单位：万元”；任务窗格的“列对应关系”只能指定列的含义，不能指定单位",
    en: "Column {column} “{header}” states no money unit, neither in its header nor on a unit line of the table; read in yuan, its median {field} would be only {perStudent} yuan per student, about 1/10 000 of the standards (hundreds to thousands of yuan per student), so it is most likely in 万元 (10 000 yuan). With its unit unknown the column was not read, and the indicators that need it are not computed. State the unit and evaluate again: add “（万元）” after the text of header cell {headerCell} (or “（元）” if it really is in yuan), or put a line “单位：万元” above the header; the task pane's Column mapping sets what a column means, not its unit",
  },
  addin_read_parts_incomplete: {
    zh: "“{field}”按分项相加，已读取第 {column} 列“{header}”等分项，但缺少“{missingPart}”列，各校该项无法计算。如表中有该列，请在任务窗格的“列对应关系”中把它指定为“{field}：{missingPart}”；如有整项合计列，请指定为“{field}”",
    en: "{field} is added up from its parts; column {column} “{header}” and other parts are read, but no column gives the part “{missingPart:lower}”, so the item cannot be computed for any school. If the sheet has that column, set it to {field}: {missingPart:lower} in the task pane's Column mapping; if a column gives the whole total, set it to {field}",
  },
  addin_read_parts_incomplete_stage: {
    zh: "“{field}”按分项相加，已读取第 {column} 列“{header}”等{stage}分项，但缺少{stage}的“{missingPart}”列，各校{stage}该项无法计算。如表中有该列，请在任务窗格的“列对应关系”中把它指定为“{field}：{missingPart}（{stage}）”；如有{stage}整项合计列，请指定为“{field}（{stage}）”",
    en: "{field} is added up from its parts; column {column} “{header}” and other {stage:lower} parts are read, but no column gives the {stage:lower} part “{missingPart:lower}”, so the item cannot be computed for any school's {stage:lower} stage. If the sheet has that column, set it to {field}: {missingPart:lower} ({stage}) in the task pane's Column mapping; if a column gives the {stage:lower} total, set it to {field} ({stage})",
  },
  addin_read_names_are_numbers: {
    zh: "学校名称列（{column} 列“{header}”）的 {count} 个值都是数字，可能是序号而不是学校名称；如是，请在任务窗格的“列对应关系”中把学校名称所在的列设为“学校名称”",
    en: "All {count} values of the school name column ({column}, “{header}”) are numbers: it may hold serial numbers, not school names; if so, set the column that holds the names to School name in the task pane's Column mapping",
  },
  addin_read_hidden_rows_skipped: {
    zh: "工作表“{sheet}”{ofCounties}有 {count} 个隐藏或筛选掉的学校行未读取：第 {rows} 行。如需读取，请在 Excel 中取消隐藏或筛选后重新评估",
    en: "{count} hidden or filtered-out school rows of “{sheet}”{ofCounties} were not read: rows {rows}. To read them, unhide them or clear the filter in Excel, and evaluate again",
  },
  addin_read_hidden_rows_skipped_one: {
    zh: "工作表“{sheet}”{ofCounties}有 {count} 个隐藏或筛选掉的学校行未读取：第 {rows} 行。如需读取，请在 Excel 中取消隐藏或筛选后重新评估",
    en: "{count} hidden or filtered-out school row of “{sheet}”{ofCounties} was not read: row {rows}. To read it, unhide it or clear the filter in Excel, and evaluate again",
  },
  addin_read_stage_column_unread_mapped: {
    zh: "第 {column} 列“{header}”在列对应关系中指定为{stageInText}的列，只在{stageInText}的行读取；但有 {count} 个{missingStage}学校（学段）在此列填有数值（如 {firstCell} 的 {value}），未读取，它们的“{field}”因此缺失。如此列是各校（学段）自己的数值，请在任务窗格“列对应关系”中把此列的学段改回“（不分学段）”；如{missingStage}的数值另有来源，请另设一列填写",
    en: "Column {column} “{header}” was given the stage {stageInText} in the column mapping, so it is read on {stageInText} rows only; yet {count} {missingStage:lower} schools (sections) have numbers in it (such as {value} at {firstCell}), which were not read: their {field} is missing. If the column holds each school's (section's) own numbers, set its stage back to (all stages) in the task pane's Column mapping; if the {missingStage:lower} numbers are given elsewhere, put them in a column of their own",
  },
  addin_read_stage_column_unread_mapped_one: {
    zh: "第 {column} 列“{header}”在列对应关系中指定为{stageInText}的列，只在{stageInText}的行读取；但有 1 个{missingStage}学校（学段）在此列填有数值（{firstCell} 的 {value}），未读取，其“{field}”因此缺失。如此列是各校（学段）自己的数值，请在任务窗格“列对应关系”中把此列的学段改回“（不分学段）”；如{missingStage}的数值另有来源，请另设一列填写",
    en: "Column {column} “{header}” was given the stage {stageInText} in the column mapping, so it is read on {stageInText} rows only; yet 1 {missingStage:lower} school (section) has a number in it ({value} at {firstCell}), which was not read: its {field} is missing. If the column holds each school's (section's) own numbers, set its stage back to (all stages) in the task pane's Column mapping; if the {missingStage:lower} number is given elsewhere, put it in a column of its own",
  },
  addin_read_stage_column_unread_header: {
    zh: "第 {column} 列的表头“{header}”表明是{stageInText}的列，只在{stageInText}的行读取；但有 {count} 个{missingStage}学校（学段）在此列填有数值（如 {firstCell} 的 {value}），未读取，它们的“{field}”因此缺失。如此列是各校（学段）自己的数值，请在任务窗格“列对应关系”中把此列的学段设为“（不分学段）”；否则请为{missingStage}另设一列填写",
    en: "The header of column {column}, “{header}”, makes it a {stageInText} column, read on {stageInText} rows only; yet {count} {missingStage:lower} schools (sections) have numbers in it (such as {value} at {firstCell}), which were not read: their {field} is missing. If the column holds each school's (section's) own numbers, set its stage to (all stages) in the task pane's Column mapping; else put the {missingStage:lower} numbers in a column of their own",
  },
  addin_read_stage_column_unread_header_one: {
    zh: "第 {column} 列的表头“{header}”表明是{stageInText}的列，只在{stageInText}的行读取；但有 1 个{missingStage}学校（学段）在此列填有数值（{firstCell} 的 {value}），未读取，其“{field}”因此缺失。如此列是各校（学段）自己的数值，请在任务窗格“列对应关系”中把此列的学段设为“（不分学段）”；否则请为{missingStage}另设一列填写",
    en: "The header of column {column}, “{header}”, makes it a {stageInText} column, read on {stageInText} rows only; yet 1 {missingStage:lower} school (section) has a number in it ({value} at {firstCell}), which was not read: its {field} is missing. If the column holds each school's (section's) own numbers, set its stage to (all stages) in the task pane's Column mapping; else put the {missingStage:lower} number in a column of its own",
  },
  addin_read_rule_unknown_path: {
    zh: "规则表中的设置项“{path}”不存在，已忽略；可用的设置项即所选评估规则（{profile}）的各项设置，列表见任务窗格“帮助”中的“规则表”一节：第一列写其含义（如“小学班额上限”）或路径（如 guarantee.classSize.primary）",
    en: "Rule setting “{path}” does not exist; ignored. The available settings are those of the chosen profile ({profile}), listed in the Rule sheet section of the task pane's Help: write a setting's meaning (such as “Primary: class-size cap”) or its path (such as guarantee.classSize.primary) in the first column",
  },
  addin_read_rule_unknown_path_near: {
    zh: "规则表中的设置项“{path}”不存在，已忽略；是否应为“{near}”？请改正后重新评估",
    en: "Rule setting “{path}” does not exist; ignored. Did you mean “{near}”? Correct it and evaluate again",
  },
  addin_out_basis_no_funding_norm: {
    // The rows' names alone: a setting's path (guarantee.funding.norm.primary) means nothing to a statistician in the Chinese text; the CLI's keeps it.
    zh: "规则未设生均公用经费标准（由各省规定），请在工作簿的“规则”表中填写本省标准（“{primary}”和“{junior}”两行），或在任务窗格的“评估规则”中选用已设标准的内置规则（如“四川省（广汉市实施方案，2024）”）",
    en: "The profile sets no per-student funding norm (each province sets its own) — give the province's norm on a sheet named “Rules” (or 规则) in the workbook (two rows, “{primary}” and “{junior}”; or by path, guarantee.funding.norm.primary and guarantee.funding.norm.junior), or choose a built-in profile that sets one under Rule profile in the task pane (such as Sichuan (Guanghan plan, 2024))",
  },
  addin_guarantee_rooms_estimated: {
    zh: "{itemTitle}：{count} 所学校（{schoolRows}）的音乐或美术教室只给了间数和总面积，达标间数由总面积估算为最多可能达标的间数（总面积÷标准面积，不超过间数），可能偏多：实际达标的可能更少、缺口可能更大，判为达标的未必成立（如有实际的达标间数，请在学校表中加“音乐室达标间数”“美术室达标间数”列；如表中已有而表头不同，请在任务窗格的“列对应关系”中为其选择字段）",
    en: "{itemTitle}: {count} schools ({schoolRows}) give only the number and total area of their music or art rooms, and their compliant rooms, estimated from the total area as the most that could comply (total area ÷ required area, at most the number of rooms), may be too many: fewer may comply and the shortfall may be larger, so a pass may not hold (to use the actual counts, add columns headed 音乐室达标间数 (music rooms meeting the area rule) and 美术室达标间数 (art rooms meeting the area rule) to the school sheet; if the sheet has them under other headers, choose their fields in the task pane's Column mapping)",
  },
  addin_guarantee_rooms_estimated_one: {
    zh: "{itemTitle}：{count} 所学校（{schoolRows}）的音乐或美术教室只给了间数和总面积，达标间数由总面积估算为最多可能达标的间数（总面积÷标准面积，不超过间数），可能偏多：实际达标的可能更少、缺口可能更大，判为达标的未必成立（如有实际的达标间数，请在学校表中加“音乐室达标间数”“美术室达标间数”列；如表中已有而表头不同，请在任务窗格的“列对应关系”中为其选择字段）",
    en: "{itemTitle}: {count} school ({schoolRows}) gives only the number and total area of its music or art rooms, and its compliant rooms, estimated from the total area as the most that could comply (total area ÷ required area, at most the number of rooms), may be too many: fewer may comply and the shortfall may be larger, so a pass may not hold (to use the actual counts, add columns headed 音乐室达标间数 (music rooms meeting the area rule) and 美术室达标间数 (art rooms meeting the area rule) to the school sheet; if the sheet has them under other headers, choose their fields in the task pane's Column mapping)",
  },
};
