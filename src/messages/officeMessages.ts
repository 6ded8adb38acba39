import type { MessageTable } from "./types";

/**
 * Why Excel could not do what the add-in asked, as the Office adapter's OfficeError reports it:
 * `message(error.code, error.params, lang)` shows it in either language (failureText does).
 */
export const OFFICE_MESSAGES = {
  office_list_failed: { zh: "无法读取工作表列表（{reason}）", en: "Could not list the worksheets ({reason})" },
  office_read_failed: { zh: "无法读取工作表“{sheet}”（{reason}）", en: "Could not read the sheet “{sheet}” ({reason})" },
  office_write_failed: { zh: "无法写入结果工作表（{reason}）；原有结果工作表保持不变", en: "Could not write the result sheets ({reason}); the earlier result sheets are unchanged" },
  // Shown after the pane's 写入结果工作表失败：… — so it says what is left undone, never that writing succeeded.
  office_replace_failed: {
    zh: "新的结果工作表未能全部就位（{reason}）；请再次点击“评估”",
    en: "Not every new result sheet could take its place ({reason}); click Evaluate again",
  },
  office_workbook_inactive: {
    zh: "本工作簿不是当前窗口时，Excel 拒绝了请求（{reason}）；请切换回本工作簿后重试",
    en: "Excel refused the request while this workbook was not the active window ({reason}); switch back to this workbook and try again",
  },
  office_row_too_large: { zh: "结果中有一行超出 Excel 单次请求的大小限制（{reason}）", en: "A result row exceeds Excel's request size limit ({reason})" },
  office_selection_failed: { zh: "无法读取当前选区（{reason}）", en: "Could not read the selection ({reason})" },
  office_navigate_failed: { zh: "无法转到“{target}”（{reason}）", en: "Could not go to “{target}” ({reason})" },
} as const satisfies MessageTable;

export type OfficeFailure = keyof typeof OFFICE_MESSAGES;
