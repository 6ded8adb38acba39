import type { MessageTable } from "./types";

/** Texts of the command line (src/cli): usage, progress, the verdict summary and every error exit. */
export const CLI_MESSAGES: MessageTable = {
  cli_usage: {
    zh: [
      "用法：npm run evaluate -- [输入.xlsx …|文件夹] [选项]",
      "  --out 文件.xlsx        结果工作簿（默认 out/<输入文件名>-评估结果.xlsx）；批量时为文件夹（默认 out/）",
      "  --json 文件.json       同时写出 JSON 报告；批量时为文件夹",
      "  --profile 标识|文件    规则：内置标识（{profiles}）或 JSON 文件",
      "  --sheet 名称           读取的工作表",
      "  --range A1:Z200        读取的区域（整列 A:Z、整行 3:50 亦可）",
      "  --year 2025            评估年度（决定学校达标比例的年度目标；默认取表格标题中的年份）",
      "  --lang zh|en           输出语言",
      "  --include-hidden       同时读取隐藏行",
      "  --recursive            给出文件夹时，一并评估其子文件夹中的工作簿",
      "  --map 字段=列          指定某字段所在的列，可多次使用（如 --map 教学及辅助用房面积=G，--map students@junior=E；只用于某工作表时写 --map 初中!教学仪器设备值=R）",
      "  --ignore 列            不读取该列，可多次使用",
      "未给输入文件时使用示例 assets/sample-county.xlsx。",
      "给出多个工作簿或一个文件夹（如全市各县的工作簿）时逐个评估，每个工作簿的结果写入输出文件夹，另写“评估总览.xlsx”（每县一行）。",
    ].join("\n"),
    en: [
      "Usage: npm run evaluate -- [input.xlsx …|folder] [options]",
      "  --out file.xlsx        result workbook (default out/<input name>-评估结果.xlsx, 评估结果 meaning evaluation result); a folder in a batch (default out/)",
      "  --json file.json       also write the JSON report; a folder in a batch",
      "  --profile id|file      rule profile: a built-in id ({profiles}) or a JSON file",
      "  --sheet name           sheet to read",
      "  --range A1:Z200        range to read (whole columns A:Z or rows 3:50 too)",
      "  --year 2025            year (selects the year's target share of passing school sections; by default the year in the sheet's title)",
      "  --lang zh|en           output language",
      "  --include-hidden       read hidden rows too",
      "  --recursive            with a folder, evaluate its subfolders' workbooks too",
      "  --map field=column     read a field from this column; repeatable (e.g. --map teachingArea=G, --map students@junior=E; for one sheet only: --map 初中!equipmentValue=R)",
      "  --ignore column        do not read this column; repeatable",
      "Without an input file the sample assets/sample-county.xlsx is used.",
      "Several workbooks, or a folder of them (a city's counties), are evaluated one by one: each one's results go to the output folder, with 评估总览.xlsx (the overview, a row per county) beside them.",
    ].join("\n"),
  },
  cli_reading: { zh: "正在读取 {file} …", en: "Reading {file} …" },
  // mapSheetsMissing: a --map for a sheet the workbook does not have, which the reader would drop silently.
  cli_map_sheet_missing: {
    zh: "注意：--map 指定的工作表“{sheet}”在 {file} 中不存在（现有：{sheets}），对它的列对应未使用；请核对工作表名称（须与 Excel 底部标签完全一致）",
    en: "Note: the sheet “{sheet}” named by --map is not in {file} (it has: {sheets}), so its column mapping was not used; check the sheet's name (exactly as on its tab in Excel)",
  },
  // Two counts in one line: English names each before its number, so that neither needs a singular form.
  cli_read_done: { zh: "已读取 {records} 条学校记录、{figures} 项县级指标", en: "Read: school records {records}, county figures {figures}" },
  // The sheets read, after cli_read_done (sheetsReadLine.ts): each school sheet with its records, and the figures sheets.
  cli_read_sheets: { zh: "学校数据表：{sheets}；县级指标表：{figures}", en: "School sheets read: {sheets}; county figures sheets: {figures}" },
  cli_read_sheets_figures_other_year: {
    zh: "学校数据表：{sheets}；县级指标表{figures}不是本次评估年度的，未采用（见“数据问题”）",
    en: "School sheets read: {sheets}; county figures of another year than this evaluation, not used: {figures} (see Data issues)",
  },
  cli_read_sheets_no_figures: { zh: "学校数据表：{sheets}；未找到县级指标表", en: "School sheets read: {sheets}; no county figures sheet found" },
  cli_read_sheets_only: { zh: "学校数据表：{sheets}", en: "School sheets read: {sheets}" },
  cli_sheet_records: { zh: "“{sheet}”（{count} 条）", en: "“{sheet}” ({count} records)" },
  cli_sheet_records_one: { zh: "“{sheet}”（{count} 条）", en: "“{sheet}” ({count} record)" },
  cli_sheet_name: { zh: "“{sheet}”", en: "“{sheet}”" },
  cli_range_one_sheet: {
    zh: "区域 {range} 只用于工作表“{sheet}”，未读取其他工作表的学校；如需读取其他工作表，请不加 --range，或用 --sheet 指定工作表分别评估",
    en: "The range {range} was applied to sheet “{sheet}” only: the schools of other sheets were not read. To read them, leave out --range, or evaluate each sheet with --sheet",
  },
  cli_evaluating: { zh: "正在评估（规则：{profile}）…", en: "Evaluating (profile: {profile}) …" },
  cli_evaluated: {
    zh: "已评估 {count} 个县区的 {sections} 个学校（学段）：参评 {inScope} 个，已判断达标与否 {judged} 个",
    en: "School sections evaluated in {count} counties: {sections}; {inScope} in scope, {judged} judged pass or fail",
  },
  cli_evaluated_one: {
    zh: "已评估 1 个县区的 {sections} 个学校（学段）：参评 {inScope} 个，已判断达标与否 {judged} 个",
    en: "School sections evaluated in 1 county: {sections}; {inScope} in scope, {judged} judged pass or fail",
  },
  cli_writing: { zh: "正在写入 {file} …", en: "Writing {file} …" },
  cli_rule_sheet: { zh: "已应用工作簿中的规则表", en: "Applied the workbook's rule sheet" },
  cli_made_folder: { zh: "已新建文件夹：{folder}（原先不存在）", en: "Created the folder {folder} (it did not exist)" },
  cli_wrote_workbook: { zh: "结果已写入：{file}", en: "Result written to: {file}" },
  cli_wrote_json: { zh: "JSON 报告已写入：{file}", en: "JSON report written to: {file}" },
  cli_summary_county: {
    zh: "{county}：资源配置 {resources}，政府保障 {guarantee}，教育质量 {quality}，社会认可 {recognition}；学校（学段）达标 {passing}/{evaluated}{share}；认定：{recognised}",
    en: "{county}: resource allocation: {resources:lower}, government guarantee: {guarantee:lower}, education quality: {quality:lower}, social recognition: {recognition:lower}; school sections passing {passing}/{evaluated}{share}; overall: {recognised:lower}",
  },
  cli_summary_caveats: { zh: "{verdict}（{caveats}）", en: "{verdict} ({caveats})" },
  cli_summary_share: { zh: "（{share}，{target}）", en: " ({share}; {target})" },
  cli_summary_none_judged: { zh: "（{unjudged} 个无法评估）", en: " ({unjudged} could not be evaluated)" },
  cli_summary_share_unjudged: { zh: "（{share}，{target}；另有 {unjudged} 个无法评估）", en: " ({share}; {target}; {unjudged} more could not be evaluated)" },
  cli_summary_no_students: { zh: "，另有 {n} 个在校生数为 0，不计入", en: ", {n} more with no students, not counted" },
  cli_summary_target: { zh: "{year}年目标 {share}", en: "{year} target {share}" },
  cli_summary_no_target: { zh: "规则未设年度目标", en: "no yearly target in the profile" },
  cli_summary_no_target_year: { zh: "规则未设{year}年目标", en: "no target for {year} in the profile" },
  cli_issue_counts: { zh: "数据问题：{counts}（详见“数据问题”表）", en: "Data issues: {counts} (see the Data issues sheet)" },
  cli_batch_skipped: { zh: "跳过（Excel 锁定文件或本工具的结果）：{items}", en: "Skipped (Excel lock files or this tool's own results): {items}" },
  cli_batch_subfolders: { zh: "未读取子文件夹：{items}（加 --recursive 可一并评估）", en: "Subfolders not read: {items} (add --recursive to evaluate them too)" },
  cli_batch_folder_empty: { zh: "文件夹 {items} 中没有工作簿", en: "The folder {items} holds no workbook" },
  cli_batch_same_county: { zh: "“{county}”出现在多个工作簿中：{items}，请核对是否重复或县区名称有误", en: "“{county}” appears in several workbooks: {items}; check for a repeated workbook or a wrong county name" },
  cli_batch_county_split_stages: {
    zh: "“{county}”的学校分在多个工作簿中，各含不同学段：{items}。它们各自评估，资源配置和认定只按本工作簿的学段判断，全市合计中也各计一行；请把各学段的学校数据表复制到同一个工作簿中（每个学段一张工作表，一并读取），再重新评估",
    en: "The schools of “{county}” are split over several workbooks, each holding other stages: {items}. Each was evaluated alone, its resource allocation and overall verdict judged on its own stages only, and each is a row of its own in the city totals; copy the stages' school sheets into one workbook (a sheet per stage, read together) and evaluate again",
  },
  cli_batch_county_not_file: {
    zh: "{file} 中的学校属于“{county}”，与文件（或文件夹）名中的县区不同，请核对是否发错了工作簿或县区名称有误",
    en: "The schools in {file} belong to “{county}”, not to the county its file (or folder) name gives; check for a wrong workbook or a wrong county name",
  },
  cli_batch_county_from_folder: {
    zh: "{file} 中未注明县区，已按其所在文件夹（或文件名）作为“{county}”评估",
    en: "{file} names no county: it was evaluated as “{county}”, which its folder (or file) name gives",
  },
  cli_county_from_folder: {
    zh: "工作簿中未注明县区（学校行、标题和县级指标均未注明），已按其所在文件夹（或文件名）作为“{county}”评估",
    en: "The workbook names no county (not in its school rows, its title or its county figures): it was evaluated as “{county}”, which its folder (or file) name gives",
  },
  cli_county_unnamed: {
    zh: "工作簿未注明县区：学校行未填县区（无县区列或该列为空），学校数据表和县级指标表的标题中没有带“县”“区”“旗”等字的县区名称，县级指标也未注明县区，文件名和所在文件夹名也不以县区名称开头。在评估总览中它记为“（未注明县区）”，单独成行，不与任何县区合并：请在学校数据表的标题中写明县区全称（如“某县2024年…”），或将文件改名为以县区全称开头（如“某县.xlsx”），再重新评估",
    en: "The workbook names no county: its school rows give none (no 县区 column, or a blank one), no title of its school or county figures sheet holds a county's name with its level word (县, 区, 旗 …), its county figures name none, and its file and folder names do not begin with one. The overview shows it as “(county not named)”, a row of its own merged with no county: write the county's full name in the school sheet's title (e.g. “某县2024年…”), or rename the file to begin with it (e.g. “某县.xlsx”), and evaluate again",
  },
  cli_batch_county_unnamed: {
    zh: "{file} 未注明县区（学校行、标题、县级指标和文件或文件夹名中均未找到县区名称），在评估总览中记为“（未注明县区）”，单独成行：请在其学校数据表的标题中写明县区全称，或将文件改名为以县区全称开头，再重新评估",
    en: "{file} names no county (none in its school rows, titles, county figures, or file or folder name): the overview shows it as “(county not named)”, a row of its own. Write the county's full name in its school sheet's title, or rename the file to begin with it, and evaluate again",
  },
  cli_batch_county_unnamed_maybe: {
    zh: "{file} 未注明县区（学校行、标题、县级指标和文件或文件夹名中均未找到县区名称），在评估总览中记为“（未注明县区）”，单独成行；其文件（或文件夹）名以“{prefix}”开头，可能是“{county}”，但未与之合并：如确属“{county}”，请在其学校数据表的标题中写明“{county}”，或将文件改名为以“{county}”开头，再重新评估",
    en: "{file} names no county (none in its school rows, titles, county figures, or file or folder name): the overview shows it as “(county not named)”, a row of its own. Its file (or folder) name begins with “{prefix}”: it may be “{county}”, but it was not merged with it. If it is “{county}”, write “{county}” in its school sheet's title, or rename the file to begin with “{county}”, and evaluate again",
  },
  cli_batch_stale_result: {
    zh: "{items} 是此前一次评估的结果：该工作簿本次未能评估，此文件未更新",
    en: "{items} is the result of an earlier run: its workbook could not be evaluated this time, and the file was not updated",
  },
  cli_batch_years_differ: {
    zh: "各工作簿的评估年度不同，达标比例各按其年度目标判断：{groups}。如需按同一年度评估，请加 --year",
    en: "The workbooks' years differ, and each share of school sections passing is judged against its own year's target: {groups}. Add --year to judge them all against one year",
  },
  cli_batch_year_group: { zh: "{year} 年（{files}）", en: "{year} ({files})" },
  cli_batch_year_none: { zh: "未注明年度，按规则的最新目标（{files}）", en: "no year stated, the profile's latest target ({files})" },
  cli_batch_year_no_target: { zh: "{year} 年，规则未设该年度目标，不判断是否达到目标（{files}）", en: "{year}, for which the profile sets no target, so none is judged ({files})" },
  cli_batch_other_files: { zh: "另有 {n} 个文件不是工作簿，未读取", en: "{n} other files are not workbooks and were not read" },
  cli_batch_other_files_one: { zh: "另有 {n} 个文件不是工作簿，未读取", en: "{n} other file is not a workbook and was not read" },
  cli_batch_result_numbered: {
    zh: "{file} 的结果写入 {result}：与 {other} 的结果同名，已加编号区分",
    en: "The result of {file} is written to {result}: it would have had the same name as the result of {other}, so it was numbered",
  },
  cli_batch_leftover_result: {
    zh: "{items} 是此前一次评估留下的结果：本次没有工作簿写入该文件，它未更新，也未删除",
    en: "{items} is left from an earlier run: no workbook wrote it this time, so it was neither updated nor deleted",
  },
  cli_err_batch_other_source: {
    zh: "输出文件夹 {out} 中已有另一批评估的结果（其“评估总览.xlsx”读取的是 {sources}），本次评估会覆盖或混淆它们，未写入任何文件。请用 --out 另选一个输出文件夹，或先移走该文件夹中的结果",
    en: "The output folder {out} holds the results of another batch (its overview read {sources}); this run would overwrite or mix them up, so nothing was written. Choose another output folder with --out, or move those results away first",
  },
  cli_err_batch_other_source_json: {
    zh: "JSON 报告文件夹 {out} 中已有另一批评估的结果（其“评估总览.json”读取的是 {sources}），本次评估会覆盖或混淆它们，未写入任何文件。请用 --json 另选一个 JSON 报告文件夹，或先移走该文件夹中的结果",
    en: "The JSON report folder {out} (--json) holds the results of another batch (its 评估总览.json read {sources}); this run would overwrite or mix them up, so nothing was written. Choose another folder for the JSON reports with --json, or move those results away first",
  },
  // Said only of what is known (foreignOutputs): a result of ours whose author was removed, or one half written, is not "written by someone else".
  cli_err_batch_foreign_output: {
    zh: "评估结果要写入的位置已有 {count} 个文件，本工具无法确认是它写出的：{files}。本次评估会覆盖它们，未写入任何文件。如果它们是以前的评估结果、可以覆盖，请先将它们移走或删除；否则请用 --out（JSON 报告用 --json）另选一个文件夹",
    en: "Where this run writes its results there are {count} files this tool cannot tell it wrote: {files}. This run would overwrite them, so nothing was written. If they are earlier results that may be replaced, move or delete them first; otherwise choose another folder with --out (--json for the JSON reports)",
  },
  cli_err_batch_foreign_output_one: {
    zh: "评估结果要写入的位置已有 {count} 个文件，本工具无法确认是它写出的：{files}。本次评估会覆盖它，未写入任何文件。如果它是以前的评估结果、可以覆盖，请先将它移走或删除；否则请用 --out（JSON 报告用 --json）另选一个文件夹",
    en: "Where this run writes its results there is {count} file this tool cannot tell it wrote: {files}. This run would overwrite it, so nothing was written. If it is an earlier result that may be replaced, move or delete it first; otherwise choose another folder with --out (--json for the JSON reports)",
  },
  cli_foreign_file: { zh: "{file}（{why}）", en: "{file} ({why})" },
  cli_foreign_author: { zh: "作者为“{author}”", en: "its author is \"{author}\"" },
  cli_foreign_no_author: { zh: "未记作者，可能已用“检查文档”删除", en: "it names no author, which Excel's \"Remove personal information\" also removes" },
  cli_foreign_unreadable: { zh: "无法作为 .xlsx 工作簿打开，可能未写完或是其他格式", en: "it does not open as an .xlsx workbook: perhaps half written, or of another format" },
  cli_foreign_json: { zh: "开头不是本工具的 JSON 报告", en: "it does not begin as this tool's JSON reports do" },
  cli_err_save_as_xlsx: {
    zh: "无法读取 {file}：它是 {format} 文件，本工具只读取 .xlsx、.xlsm 工作簿。请在 Excel 或 WPS 中打开它并另存为 .xlsx 后再试",
    en: "Cannot read {file}: it is a {format} file, and this tool reads .xlsx and .xlsm workbooks only. Open it in Excel or WPS, save it as .xlsx and try again",
  },
  cli_note_line: { zh: "注意：{text}", en: "Note: {text}" },
  cli_batch_file: { zh: "[{index}/{total}] {file}", en: "[{index}/{total}] {file}" },
  cli_batch_heading: { zh: "== {file} ==", en: "== {file} ==" },
  cli_batch_failed: { zh: "未能评估（原因见错误输出，也写在评估总览中）", en: "Not evaluated (the reason is in the error output and in the overview)" },
  cli_batch_unwritten: { zh: "已评估，但评估结果未能写入（原因见错误输出，也写在评估总览中）", en: "Evaluated, but the result could not be written (the reason is in the error output and in the overview)" },
  cli_batch_stale_unwritten: {
    zh: "{items} 是此前一次评估的结果：该工作簿本次已评估，但结果未能写入，此文件未更新",
    en: "{items} is the result of an earlier run: its workbook was evaluated this time, but its result could not be written, and the file was not updated",
  },
  cli_wrote_overview: { zh: "评估总览已写入：{file}", en: "Overview written to: {file}" },
  cli_issue_line: { zh: "  [{severity}] {cell}{message}", en: "  [{severity}] {cell}{message}" },

  cli_err_unknown_option: { zh: "未知选项：{option}", en: "Unknown option: {option}" },
  // An option a slip from a known one (nearestName.ts): --yaer.
  cli_err_unknown_option_near: { zh: "未知选项：{option}，是否应为 {near}？", en: "Unknown option: {option} (did you mean {near}?)" },
  cli_err_missing_value: { zh: "选项 {option} 缺少取值", en: "Option {option} needs a value" },
  cli_err_only_skipped: {
    zh: "没有可评估的工作簿：{paths} 是 Excel 的锁定文件（~$ 开头）或本工具的评估结果（-评估结果、评估总览）。请给出原始的学校数据工作簿",
    en: "No workbook to evaluate: every file given is an Excel lock file (its name starting ~$) or a result of this tool (its name with -评估结果, evaluation result, or 评估总览, overview): {paths}. Give the bureau's own school workbook",
  },
  cli_err_no_workbooks: { zh: "{paths} 中没有可评估的工作簿（.xlsx、.xlsm，或需另存为 .xlsx 的 .xls、.et）", en: "No workbook to evaluate in {paths} (.xlsx, .xlsm, or .xls / .et to be saved as .xlsx)" },
  cli_err_only_subfolders: {
    zh: "{paths} 中只有子文件夹（{folderPaths}），没有工作簿；加 --recursive 可评估子文件夹中的工作簿",
    en: "{paths}: only subfolders ({folderPaths}), no workbook; add --recursive to evaluate the workbooks in them",
  },
  cli_err_batch_needs_folder: {
    zh: "评估多个工作簿时 {option} 应为文件夹（每个工作簿各写一个结果），而不是文件：{value}",
    en: "With several workbooks {option} names a folder (each workbook gets its own result), not a file: {value}",
  },
  cli_err_bad_map: {
    zh: "列对应“{value}”无效，应写作 字段=列，如 --map 教学及辅助用房面积=G 或 --map teachingArea=G（字段名见结果“数据问题”表末的列对应关系）",
    en: "Invalid column mapping “{value}”: write field=column, e.g. --map teachingArea=G or --map 教学及辅助用房面积=G (the field names are in the column mapping at the foot of the Data issues sheet)",
  },
  // A well-formed --map whose field no key or label names (columnFixes.ts): the name is wrong, not the syntax.
  cli_err_map_unknown_field: {
    zh: "--map {value}：没有名为“{field}”的字段。学段写在名称后（如 在校生数（初中））；体育、艺术教师的部分也可写 体育、音乐、美术、音乐美术、艺术；也可写英文键（如 teachingArea；学段加在 @ 后，如 students@junior）。可用的名称（见结果“数据问题”表末尾的“列对应关系”）：{known}",
    en: "--map {value}: no field is named “{field}”. A stage goes after the name (e.g. Students (Junior secondary)); the PE and arts teachers' parts can also be written 体育, 音乐, 美术, 音乐美术, 艺术; a field can also be named by its key (e.g. teachingArea; a stage after @, e.g. students@junior). The names that can be used (see the column mapping at the foot of the Data issues sheet): {known}",
  },
  cli_err_map_twice: {
    zh: "同一字段指定了两列：--map {first} 与 --map {second}，请只保留一个",
    en: "One field given two columns: --map {first} and --map {second}; keep one",
  },
  cli_err_bad_ignore: { zh: "“{value}”不是列名，--ignore 后应写列字母，如 --ignore K", en: "“{value}” is not a column: give --ignore a column letter, e.g. --ignore K" },
  cli_err_bad_range: { zh: "区域“{range}”无效，应写作 A1:Z200（或整列 A:Z、整行 3:50）", en: "Invalid range “{range}”: write it as A1:Z200 (or whole columns A:Z, whole rows 3:50)" },
  cli_err_bad_year: { zh: "年度“{year}”无效，应为 2000–2100 之间的整数", en: "Invalid year “{year}”: a whole number from 2000 to 2100" },
  // Said in both languages: the run speaks Chinese until --lang is read, and a user asking for another language may not read it.
  cli_err_bad_lang: {
    zh: "语言“{lang}”无效，只能是 zh 或 en。Invalid language “{lang}”: use zh (Chinese) or en (English).",
    en: "Invalid language “{lang}”: use zh (Chinese) or en (English). 语言“{lang}”无效，只能是 zh 或 en。",
  },
  cli_err_input_missing: { zh: "找不到输入文件：{file}", en: "Input file not found: {file}" },
  cli_err_unreadable: { zh: "无法读取 {file}：{reason}", en: "Cannot read {file}: {reason}" },
  cli_err_not_xlsx: {
    zh: "无法读取 {file}：它不是 .xlsx 工作簿（可能是旧的 .xls、CSV 或设置了打开密码的工作簿）。请在 Excel 中将它另存为 .xlsx（不设密码）后再试",
    en: "Cannot read {file}: it is not an .xlsx workbook (perhaps an old .xls, a CSV or a password-protected workbook). Save it from Excel as .xlsx (without a password) and try again",
  },
  // A file not in the .xlsx format whose name says what it is (evaluateOne.ts openFailureCode).
  cli_err_not_xlsx_csv: {
    zh: "无法读取 {file}：这是 CSV 文件（纯文本），不是 .xlsx 工作簿。请在 Excel 中打开它，另存为 .xlsx 后再试",
    en: "Cannot read {file}: it is a CSV file (plain text), not an .xlsx workbook. Open it in Excel, save it as .xlsx and try again",
  },
  cli_err_not_xlsx_xls: {
    zh: "无法读取 {file}：这是旧的 .xls 工作簿（Excel 97–2003 格式），不是 .xlsx 工作簿。请在 Excel 中将它另存为 .xlsx（不设密码）后再试",
    en: "Cannot read {file}: it is an old .xls workbook (Excel 97–2003), not an .xlsx workbook. Save it from Excel as .xlsx (without a password) and try again",
  },
  cli_err_no_access: { zh: "无法打开 {file}：没有读取权限，或它是文件夹而不是文件", en: "Cannot open {file}: no permission to read it, or it is a folder, not a file" },
  cli_err_corrupt: {
    zh: "无法读取 {file}：文件已损坏或不完整，不能作为 .xlsx 工作簿打开。请在 Excel 中打开并另存后再试",
    en: "Cannot read {file}: the file is damaged or incomplete and cannot be opened as an .xlsx workbook. Open it in Excel, save it again and retry",
  },
  cli_err_not_evaluable: { zh: "无法评估 {file}，原因：", en: "Cannot evaluate {file}:" },
  cli_err_profile: { zh: "规则文件 {file} 无效：", en: "The profile file {file} is not valid:" },
  cli_err_profile_problem: { zh: "  {path}：{message}", en: "  {path}: {message}" },
  cli_err_profile_unknown: { zh: "未知的规则：{id}（内置规则：{profiles}；也可给出 JSON 文件路径）", en: "Unknown profile: {id} (built in: {profiles}; or give a JSON file path)" },
  // An id a slip from a built-in one (nearestName.ts): national2017.
  cli_err_profile_unknown_near: {
    zh: "未知的规则：{id}，是否应为 {near}？（内置规则：{profiles}；也可给出 JSON 文件路径）",
    en: "Unknown profile: {id}; did you mean {near}? (built in: {profiles}; or give a JSON file path)",
  },
  cli_err_profile_file: { zh: "无法读取规则文件 {file}\n  原因：{reason}", en: "Cannot read the profile file {file}\n  Cause: {reason}" },
  cli_err_profile_missing: { zh: "找不到规则文件：{file}", en: "Profile file not found: {file}" },
  cli_err_profile_folder: { zh: "无法读取规则文件 {file}：它是文件夹，不是 JSON 文件", en: "Cannot read the profile file {file}: it is a folder, not a JSON file" },
  cli_err_profile_no_access: { zh: "无法读取规则文件 {file}：没有读取权限\n  原因：{reason}", en: "Cannot read the profile file {file}: no permission to read it\n  Cause: {reason}" },
  cli_err_profile_json: {
    zh: "规则文件 {file} 不是有效的 JSON：第 {line} 行第 {column} 列附近有误（如缺少引号、逗号或括号）",
    en: "The profile file {file} is not valid JSON: an error near line {line}, column {column} (a missing quote, comma or bracket?)",
  },
  cli_err_profile_empty: {
    zh: "规则文件 {file} 是空的；请写入一个 JSON 对象，如 {\"extends\": \"national-2017\", \"id\": \"my-county-2025\", \"name\": {…}}（见 README 的“规则”部分）",
    en: "The profile file {file} is empty; write one JSON object in it, e.g. {\"extends\": \"national-2017\", \"id\": \"my-county-2025\", \"name\": {…}} (see README's profile section)",
  },
  // A hand-edited file's two mistakes JSON forbids (chooseProfile's jsonMistake), said as what to delete.
  cli_err_profile_json_comment: {
    zh: "规则文件 {file} 不是有效的 JSON：第 {line} 行第 {column} 列是注释，JSON 文件中不能写注释（// 或 /* */）；请删去注释，说明可写在 \"sources\" 中",
    en: "The profile file {file} is not valid JSON: line {line}, column {column} is a comment, and JSON allows none (// or /* */); delete it (notes can go in \"sources\")",
  },
  cli_err_profile_json_comma: {
    zh: "规则文件 {file} 不是有效的 JSON：第 {line} 行第 {column} 列的逗号后面没有下一项；JSON 中最后一项后面不能有逗号，请删去该逗号",
    en: "The profile file {file} is not valid JSON: the comma at line {line}, column {column} is followed by no entry; JSON allows no comma after the last entry, so delete it",
  },
  // GBK (记事本's ANSI) or UTF-16 (its "Unicode"): read as UTF-8, its Chinese names would be mojibake in every result.
  cli_err_profile_encoding: {
    zh: "规则文件 {file} 不是 UTF-8 编码（可能是 GBK/ANSI 或 UTF-16/Unicode），其中的中文无法正确读取；请用记事本“另存为”，编码选“UTF-8”后再试",
    en: "The profile file {file} is not UTF-8 (GBK/ANSI or UTF-16/Unicode?), so its Chinese text cannot be read; save it again with encoding UTF-8 (Notepad: Save As, Encoding: UTF-8) and retry",
  },
  cli_err_profile_json_unplaced: {
    zh: "规则文件 {file} 不是有效的 JSON（如缺少引号、逗号或括号）",
    en: "The profile file {file} is not valid JSON (a missing quote, comma or bracket?)",
  },
  cli_err_rule_sheet: { zh: "工作簿中的规则表无效：", en: "The workbook's rule sheet is invalid:" },
  cli_err_same_file: { zh: "结果文件不能与输入文件相同：{file}", en: "The result file must not be the input file: {file}" },
  cli_err_write: { zh: "无法写入 {file}，未写出任何结果\n  原因：{reason}", en: "Cannot write {file}; no result was written\n  Cause: {reason}" },
  cli_err_backup_kept: {
    zh: "先前的结果 {file} 未能放回原处，现保存为 {backup}，请将它改名为 {file}",
    en: "The earlier result {file} could not be put back; it is kept as {backup}. Rename it back to {file}",
  },
  cli_err_backup_kept_new_left: {
    zh: "先前的结果 {file} 未能放回原处，现保存为 {backup}；{file} 中是本次未能完整写出的新结果，请删除它，再将 {backup} 改名为 {file}",
    en: "The earlier result {file} could not be put back; it is kept as {backup}, and {file} holds this run's incomplete result: delete it, then rename {backup} to {file}",
  },
  cli_err_out_extension: {
    zh: "结果工作簿 {file} 须以 .xlsx 结尾：写出的是 .xlsx 格式，用其他扩展名 Excel 会报格式不符或无法打开；请改为 --out {suggestion}",
    en: "The result workbook {file} must end in .xlsx: it is written as .xlsx, which Excel warns about or will not open under another extension; use --out {suggestion}",
  },
  cli_err_out_is_json: { zh: "--out 与 --json 指向同一个文件：{file}，请为 JSON 报告另取文件名", en: "--out and --json name the same file: {file}; give the JSON report a name of its own" },
  cli_err_out_folder: { zh: "无法写入 {file}：它是文件夹。--out、--json 应给出文件名（如 {file}/结果.xlsx）", en: "Cannot write {file}: it is a folder. Give --out and --json a file name (e.g. {file}/result.xlsx)" },
  // Said after the reader's read_missing_columns (missingColumnsAdvice): the columns the reader did not recognise, and how to name one with --map.
  cli_missing_columns_map: {
    zh: "  表头未识别的列：{columns}。如“{field}”在其中某列，用 --map 指定该列，如 --map {field}={column}",
    en: "  Columns whose headers were not recognised: {columns}. If {field:lower} is in one of them, name that column with --map, e.g. --map \"{field}={column}\"",
  },
  // The columns of cli_missing_columns_map when more than the six named: {count} all of them.
  cli_missing_columns_more: { zh: "{list} 等 {count} 列", en: "{list} ({count} in all)" },
  cli_missing_columns_map_any: {
    zh: "  表头未识别的列：{columns}。如“{field}”在其中某列，用 --map {field}=列字母 指定该列",
    en: "  Columns whose headers were not recognised: {columns}. If {field:lower} is in one of them, name that column with --map \"{field}=<column letter>\"",
  },
  cli_missing_columns_map_none: {
    zh: "  表头中的列均已识别。如“{field}”在本表某列，用 --map {field}=列字母 指定；如在另一工作表，用 --sheet 指定该表",
    en: "  Every column of the header was recognised. If {field:lower} is in a column of this sheet, name it with --map \"{field}=<column letter>\"; if it is on another sheet, name that sheet with --sheet",
  },
  // Said after the reader's read_missing_columns when the missing column is one --ignore set aside (ignoredRequired).
  cli_ignored_required: {
    zh: "  {column} 列（“{header}”）就是必需的“{field}”列，但已按 --ignore {column} 不读取：请去掉 --ignore {column}（或用 --map 指定另一列）",
    en: "  Column {column} (“{header}”) is the required {field:lower} column, but --ignore {column} set it aside: drop --ignore {column} (or name another column with --map)",
  },
  cli_err_batch_out_folder: {
    zh: "无法写入 {file}：该位置已有同名文件夹。该工作簿仍已评估并计入评估总览；请移走或改名该文件夹后重新评估",
    en: "Cannot write {file}: a folder of that name is in its place. The workbook is still evaluated and counted in the overview; move or rename the folder and evaluate again",
  },
  cli_err_out_parent_file: { zh: "无法写入 {file}：{parent} 是文件，不是文件夹", en: "Cannot write {file}: {parent} is a file, not a folder" },
  cli_err_out_no_access: {
    zh: "无法写入 {file}：没有写入权限，或文件正在其他程序（如 Excel）中打开；未写出任何结果\n  原因：{reason}",
    en: "Cannot write {file}: no permission to write it, or it is open in another program (such as Excel); no result was written\n  Cause: {reason}",
  },
  cli_err_out_disk_full: { zh: "无法写入 {file}：磁盘空间不足；未写出任何结果\n  原因：{reason}", en: "Cannot write {file}: the disk is full; no result was written\n  Cause: {reason}" },
  cli_err_option_twice: { zh: "选项 {option} 只能给出一次（给出了 {first} 和 {second}），请只保留一个", en: "Option {option} can be given once only (it was given {first} and {second}); keep one" },
  cli_err_map_ignored: { zh: "同一列既指定为字段又被忽略：--map {map} 与 --ignore {ignore}，请只保留一个", en: "One column both mapped and ignored: --map {map} and --ignore {ignore}; keep one" },
  cli_err_row_beyond: { zh: "{option} {value}：行超出工作表范围（最后一行是 1048576）", en: "{option} {value}: the row is beyond the sheet's last row, 1048576" },
  cli_err_column_beyond: { zh: "{option} {value}：列超出工作表范围（最后一列是 XFD）", en: "{option} {value}: the column is beyond the sheet's last column, XFD" },
  cli_err_empty_file: { zh: "无法读取 {file}：文件是空的（0 字节），可能复制或下载未完成。请重新取得该工作簿后再试", en: "Cannot read {file}: the file is empty (0 bytes), perhaps a copy or download cut short. Get the workbook again and retry" },
  cli_err_internal: { zh: "评估过程中出现程序错误：{reason}", en: "Internal error while evaluating: {reason}" },
};
