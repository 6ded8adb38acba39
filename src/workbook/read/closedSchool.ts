/**
 * The words by which a row's remark says its school is closed or merged away (石岭小学 | 备注
 * 2024年8月已撤并): the one list nameOnlyRow.ts looks for. A word in a clause that plans or denies it
 * (拟撤并, 未撤并, 计划于2025年并入…) says the school still runs.
 */
export const CLOSED_WORDS: readonly string[] = ["撤并", "撤销", "撤校", "已撤", "停办", "停止办学", "停招", "停止招生", "已合并", "并入", "关闭", "闭校"];

/** Words that make a clause a plan, wherever they stand in it (拟于2025年撤并, 计划并入, 准备停招, 将于 9 月关闭, 即将撤销). */
const PLANNED = ["拟", "计划", "准备", "将于", "即将"];

/** What right before the word denies or defers it (未撤并, 尚未撤销, 不撤并, 没有并入, 待撤并). */
const DENIED_BEFORE = ["未", "不", "没", "没有", "待"];

/** A remark's clauses: its text between commas, semicolons and full stops. */
const CLAUSE_BREAK = /[，,；;。！!]/;

/** Whether the clause says the word as done: no plan in it, nothing denying the word right before it. */
function saysDone(clause: string, word: string): boolean {
  const before = clause.slice(0, clause.indexOf(word));
  return !PLANNED.some((p) => clause.includes(p)) && !DENIED_BEFORE.some((d) => before.endsWith(d));
}

/**
 * The closing word a text says of its school, or null: the first of CLOSED_WORDS said as done in
 * one of its clauses (saysDone).
 *
 * @example closedWord("2024年8月已撤并") // "撤并"
 * @example closedWord("已撤并，不再招生") // "撤并"
 * @example closedWord("拟于2025年撤并") // null: planned, the school still runs
 * @example closedWord("尚未撤并，正常办学") // null
 */
export function closedWord(text: string): string | null {
  for (const clause of text.split(CLAUSE_BREAK)) {
    const word = CLOSED_WORDS.find((w) => clause.includes(w) && saysDone(clause, w));
    if (word !== undefined) return word;
  }
  return null;
}
