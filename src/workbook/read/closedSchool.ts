/**
 * The words by which a row's remark says its school is closed or merged away (石岭小学 | 备注
 * 2024年8月已撤并): the one list nameOnlyRow.ts looks for. A remark that plans, delays or refuses a
 * closing (拟撤并, 暂缓撤并: keptRunning) or a word denied right before it (未撤并) says the school still runs.
 */
export const CLOSED_WORDS: readonly string[] = ["撤并", "撤销", "撤校", "已撤", "停办", "停止办学", "已合并", "并入", "闭校"];

/** Any of CLOSED_WORDS, in one pass: most cells a row is searched in (every column not read, on every row read: closedWithDataCheck) say none. */
const ANY_CLOSED_WORD = new RegExp(CLOSED_WORDS.join("|"));

/*
 * Not in the list (reviewer R5 of s46): 停招 / 停止招生 (a school no longer enrolling still teaches
 * its other grades: 一年级停招) and 关闭 (网络教室关闭维修中: a room, not the school).
 */

/**
 * Words that make a remark a plan, a request, a delay or a refusal, wherever they stand in it
 * (拟于2025年撤并, 计划并入, 即将撤销, 暂缓撤并, 撤并申请未获批准, 原定撤并，现保留).
 */
const PLANNED = ["拟", "计划", "准备", "将于", "即将", "暂缓", "申请", "未获", "保留", "原定"];

/**
 * Words that make the closing another's, not the row's school's (已撤销下属石岭教学点; 一年级停招;
 * 东校区已撤并), or make the row's school the one built or formed from the closed ones (撤并后新建,
 * 1998年由石岭小学、南湾小学撤并组建: reviewer R2 of s48): the school itself still runs. 本校 names
 * the row's school itself: whether it took another in or closed, its place in the clause says (selfClosed).
 */
const ANOTHERS = ["下属", "年级", "教室", "校区", "新建", "组建"];

/** The row's school as its remark names it. */
const SELF = "本校";

/** All that may stand between 本校 and its closing word for the row's own school to be closed: 已, 于, a date (本校已于2024年8月撤并). */
const SELF_TO_WORD = /^(?:已经|已|于|在|\s|[0-9０-９]+(?:年|月|日|号)|年底|年初|年末|[上下]半年|[春秋]季|暑期|寒假|暑假)*$/;

/** What may follow the row's own closing word: nothing, a destination (撤并至城关二小) or a bracketed note — not another school it took in (本校于2024年撤并石岭小学). */
const SELF_AFTER = /^(?:$|[至到入进（(])/;

/** What right before the word denies or defers it (未撤并, 尚未撤销, 不撤并, 没有并入, 待撤并). */
const DENIED_BEFORE = ["未", "不", "没", "没有", "待"];

/** A remark's clauses: its text between commas, semicolons and full stops. */
const CLAUSE_BREAK = /[，,；;。！!]/;

/** Whether the clause says the word as done: nothing denying it right before it (a plan anywhere in the remark is keptRunning's). */
function saysDone(clause: string, word: string): boolean {
  const before = clause.slice(0, clause.indexOf(word));
  return !DENIED_BEFORE.some((d) => before.endsWith(d));
}

/** Whether any clause of the remark keeps the school running: a plan, request or refusal (PLANNED), or a closing of something else of the school's (ANOTHERS). */
function keptRunning(text: string): boolean {
  return PLANNED.some((p) => text.includes(p)) || ANOTHERS.some((a) => text.includes(a));
}

/**
 * In a remark naming 本校, whether the clause says the row's own school closed: 本校, then nothing
 * but 已 / 于 / a date, then the word, then nothing, a destination or a note (本校已撤并,
 * 本校已于2024年8月撤并至城关二小, 本校已并入城关二小). Any other 本校 is unsure and the school kept
 * (reviewer R2 of s48: 本校接收已撤并的石岭小学学生, 本校于2024年撤并石岭小学, 原石岭小学撤并，本校设于原址
 * took other schools in, and were left out or told to delete their rows), as is 本校 after the word
 * (撤并至本校) or merging with another (本校与石岭小学已合并).
 * @example selfClosed("本校已于2024年8月撤并至城关二小", "撤并") // true; selfClosed("本校接收已撤并的石岭小学学生", "撤并") // false
 */
function selfClosed(clause: string, word: string): boolean {
  const at = clause.indexOf(word);
  const [before, after] = [clause.slice(0, at), clause.slice(at + word.length)];
  const self = before.lastIndexOf(SELF);
  return self >= 0 && SELF_TO_WORD.test(before.slice(self + SELF.length)) && (word === "并入" || SELF_AFTER.test(after));
}

/** Without 本校 in the remark, whether the clause is the row's school taking another in: 并入 with nothing after it (原马坊中学并入: merged into this one). */
function receives(clause: string, word: string): boolean {
  return word === "并入" && clause.endsWith(word);
}

/**
 * The closing word a text says of its school, or null: the first of CLOSED_WORDS said as done in
 * one of its clauses (saysDone) of the row's school itself: when the text names 本校, in that
 * clause's own words only (selfClosed); else not of one it took in (receives).
 *
 * @example closedWord("2024年8月已撤并") // "撤并"
 * @example closedWord("已撤并，不再招生") // "撤并"
 * @example closedWord("本校已撤并") // "撤并": 本校 is the row's school (before: null, read as a school missing data)
 * @example closedWord("拟于2025年撤并") // null: planned, the school still runs
 * @example closedWord("尚未撤并，正常办学") // null
 * @example closedWord("原定撤并，现保留") // null; closedWord("2024年石岭小学并入本校，数据待报") // null (R5 of s46)
 */
export function closedWord(text: string): string | null {
  // When unsure the school is kept, as a school missing data: a closed school kept is said value by value, an open one dropped is lost.
  if (!ANY_CLOSED_WORD.test(text) || keptRunning(text)) return null;
  const own = text.includes(SELF) ? selfClosed : (clause: string, w: string) => !receives(clause, w);
  for (const clause of text.split(CLAUSE_BREAK)) {
    const word = CLOSED_WORDS.find((w) => clause.includes(w) && saysDone(clause, w) && own(clause, w));
    if (word !== undefined) return word;
  }
  return null;
}
