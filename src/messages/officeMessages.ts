import type { MessageTable } from "./types";

/**
 * Why Excel could not do what the add-in asked, as the Office adapter's OfficeError reports it:
 * `message(error.code, error.params, lang)` shows it in either language (failureText does).
 */
export const OFFICE_MESSAGES = {
  office_list_failed: { zh: "无法读取工作表列表（{reason}）", en: "Could not list the worksheets ({reason})" },
  office_read_failed: { zh: "无法读取工作表“{sheet}”（{reason}）", en: "Could not read the sheet “{sheet}” ({reason})" },
  office_write_failed: { zh: "无法写入结果工作表（{reason}）；原有结果工作表保持不变", en: "Could not write the result sheets ({reason}); the earlier result sheets are unchanged" },
  office_replace_failed: { zh: "结果工作表已写入，但替换原有结果工作表时出错（{reason}）", en: "The result sheets were written, but replacing the earlier ones failed ({reason})" },
  office_row_too_large: { zh: "结果中有一行超出 Excel 单次请求的大小限制（{reason}）", en: "A result row exceeds Excel's request size limit ({reason})" },
  office_selection_failed: { zh: "无法读取当前选区（{reason}）", en: "Could not read the selection ({reason})" },
  office_navigate_failed: { zh: "无法转到“{target}”（{reason}）", en: "Could not go to “{target}” ({reason})" },
} as const satisfies MessageTable;

export type OfficeFailure = keyof typeof OFFICE_MESSAGES;
