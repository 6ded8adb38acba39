import { normaliseText } from "./text";

/** A 填表说明 / 备注 line, also in brackets under the header: "（注：…）". */
const NOTE = /^\(?(填表说明|说明|备注|注:|注\d|注$|填表人|填报人|审核人|负责人|单位负责人|统计负责人|制表|填报日期|联系电话)/;

/**
 * Whether a row's first text opens a note, not a school: "注：完全中学只填义务教育阶段学生" says
 * nothing of a school on the sheet, whatever words it uses.
 * @example isNoteText("注：高中部不填") // true; isNoteText("城关小学") // false
 */
export function isNoteText(text: string): boolean {
  return NOTE.test(normaliseText(text));
}
