import { CLOSED_WORDS, closedWord } from "./closedSchool";

describe("closedWord: the remark saying a school is closed (nameOnlyRow.ts)", () => {
  // One remark per word of the list, as a bureau writes it; each must be found, and found as that word.
  const remarks: readonly (readonly [string, string])[] = [
    ["2024年8月已撤并", "撤并"],
    ["2023年撤销", "撤销"],
    ["已撤校", "撤校"],
    ["已撤", "已撤"],
    ["2022年停办", "停办"],
    ["停止办学", "停止办学"],
    ["已合并至城关小学", "已合并"],
    ["并入城关小学", "并入"],
    ["已闭校", "闭校"],
  ];

  it.each(remarks)("finds %s as %s", (remark, word) => {
    expect(closedWord(remark)).toBe(word);
  });

  it("has a remark above for every word of the list", () => {
    expect([...CLOSED_WORDS].sort()).toEqual(remarks.map(([, w]) => w).sort());
  });

  it("reads a closing among other clauses (已撤并，不再招生; 学生已分流；2024年撤销)", () => {
    expect(closedWord("已撤并，不再招生")).toBe("撤并");
    expect(closedWord("学生已分流；2024年撤销")).toBe("撤销");
  });

  it("takes no plan or denial for a closing: the school still runs", () => {
    for (const remark of ["拟于2025年撤并", "计划并入城关小学", "准备撤并", "将于9月撤销", "即将撤销", "未撤并", "尚未撤销，正常办学", "不撤并", "没有并入", "待撤并"]) {
      expect([remark, closedWord(remark)]).toEqual([remark, null]);
    }
  });

  it("keeps running a school whose remark delays, requests or refuses a closing, or closes something else of it (R5 of s46)", () => {
    // 本校校舍已撤并: anything but 已 / 于 / a date between 本校 and the word is unsure, and the school is kept (the buildings closed).
    const remarks = ["暂缓撤并", "撤并申请未获批准", "原定撤并，现保留", "2024年石岭小学并入本校，数据待报", "已撤销下属石岭教学点", "一年级停招", "网络教室关闭维修中，数据另报", "2024年停招", "2024年关闭", "东校区已撤并", "本校校舍已撤并"];
    for (const remark of remarks) expect([remark, closedWord(remark)]).toEqual([remark, null]);
  });

  // 本校 before the word with nothing but 已 / 于 / a date between, and nothing, a destination or a note after.
  const selfClosed: readonly (readonly [string, string])[] = [
    ["本校已撤并", "撤并"],
    ["本校已于2024年8月撤并至城关二小", "撤并"],
    ["本校2024年停办", "停办"],
    ["本校已并入城关二小", "并入"],
    ["本校已经撤并", "撤并"],
    ["本校于2024年秋季停办", "停办"],
    ["本校已撤并（2024年8月）", "撤并"],
    ["本校已撤并，学生分流至城关二小", "撤并"],
  ];

  it.each(selfClosed)("reads %s as the row's own school closed, by %s (Q2 of s48: 本校已撤并 was kept as a school missing data, 8 errors)", (remark, word) => {
    expect(closedWord(remark)).toBe(word);
  });

  it("keeps a school that took another in or merged with one, 本校 after the word or with 与 / 和, or 并入 with nothing after it", () => {
    for (const remark of ["石岭小学已撤并至本校", "2024年石岭小学、王庄小学并入本校", "本校与石岭小学已合并", "本校和王庄小学已合并", "原马坊中学并入", "石岭小学撤并后并入本校"]) {
      expect([remark, closedWord(remark)]).toEqual([remark, null]);
    }
  });

  it("keeps a school whose remark has 本校 taking others in, or doing the merging, or built from closed ones (reviewer R2 of s48: all read as closed)", () => {
    const remarks = [
      "本校接收已撤并的石岭小学学生",
      "本校接收原石岭小学学生（石岭小学已撤并）",
      "本校吸纳已撤并的石岭小学",
      "本校承接撤并学校学生",
      "本校于2024年撤并石岭小学",
      "本校（原石岭小学撤并组建）",
      "本校为原石岭小学撤并后新建",
      "原石岭小学撤并，本校设于原址",
      "撤并后新建",
      "1998年由石岭小学、南湾小学撤并组建",
    ];
    for (const remark of remarks) expect([remark, closedWord(remark)]).toEqual([remark, null]);
  });

  it("finds nothing in a remark of another kind (新建校, 数据待补; 村小; a blank)", () => {
    expect(closedWord("新建校，数据待补")).toBeNull();
    expect(closedWord("村小")).toBeNull();
    expect(closedWord("")).toBeNull();
  });
});
