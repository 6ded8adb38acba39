import { assignParts, labelledPart, ownPart, namedRespectively, namesBothParts, pieceOf, respectiveParts, sameForBoth, saysOtherRow, splitValues, wholeItemParts, withoutScope, type ItemPart } from "./twoParts";

const codes = (sentence: string) => wholeItemParts(sentence)?.map((p) => p.code) ?? null;

describe("wholeItemParts", () => {
  it.each([
    ["城区和镇区公办小学、初中（均不含寄宿制学校）就近划片入学比例分别达到100%、95%", ["G13_nearby_primary", "G13_nearby_junior"]],
    // Named the other way round: the parts in the sentence's order.
    ["初中、小学就近划片入学比例分别达到95%、100%", ["G13_nearby_junior", "G13_nearby_primary"]],
    ["全县每年交流轮岗教师的比例不低于符合交流条件教师总数的10%；其中，骨干教师不低于交流轮岗教师总数的20%", ["G11_rotation_rate", "G11_backbone_rotation"]],
    ["教师交流轮岗比例及骨干教师占比", ["G11_rotation_rate", "G11_backbone_rotation"]],
    ["县域内留守儿童关爱体系健全，全县符合条件的随迁子女在公办学校和政府购买服务的民办学校就读的比例不低于85%", ["G15_left_behind_care", "G15_migrant_share"]],
    ["在国家义务教育质量监测中，相关科目学生学业水平达到Ⅲ级以上，且校际差异率低于0.15", ["Q9_monitoring_level", "Q9_difference_rate"]],
    // G7 named for no one stage, or for both (reviewer R2 of s46, finding 4): the stages are its parts.
    ["特殊教育学校生均公用经费", ["G7_special_primary", "G7_special_junior"]],
    ["特殊教育学校小学、初中生均公用经费（元）", ["G7_special_primary", "G7_special_junior"]],
    // G13 named for no stage, as G7 (F1 of s47): its stages are its parts, taken only where labelled.
    ["义务教育就近入学比例", ["G13_nearby_primary", "G13_nearby_junior"]],
  ])("gives the parts of %s", (sentence, expected) => {
    expect(codes(sentence)).toEqual(expected);
  });

  it.each([
    "骨干教师交流轮岗比例",
    "交流轮岗骨干教师比例",
    "小学就近划片入学比例",
    "随迁子女在公办学校就读比例",
    "留守儿童关爱体系健全",
    "校际差异率",
    "质量监测达到Ⅲ级以上",
    "初中三年巩固率",
    "特殊教育学校小学生均公用经费",
    "特殊教育学校公用经费支出（万元）",
  ])("gives none for %s (one part, or another item)", (sentence) => {
    expect(codes(sentence)).toBeNull();
  });
});

describe("namesBothParts and an order for bare values (reviewer R3 of s46, finding 1)", () => {
  const G13 = "城区和镇区公办小学、初中就近划片入学比例分别达到100%、95%";
  const G7 = "特殊教育学校生均公用经费";
  const partsOf = (sentence: string) => wholeItemParts(sentence) as readonly [ItemPart, ItemPart];

  it("says G13's sentence names both stages and G7's stage-less row neither", () => {
    expect(namesBothParts(G13, partsOf(G13))).toBe(true);
    expect(namesBothParts(G7, partsOf(G7))).toBe(false);
    expect(namesBothParts("特殊教育学校小学、初中生均公用经费", partsOf(G7))).toBe(true);
  });

  it("takes a bare pair in order for G13, never for an unordered row; labelled values in either order", () => {
    expect(assignParts(["100%", "96.8%"], partsOf(G13))?.map((r) => [r.part.code, r.value])).toEqual([["G13_nearby_primary", "100%"], ["G13_nearby_junior", "96.8%"]]);
    expect(assignParts(["5800元", "6500元"], partsOf(G7), false)).toBeNull();
    // Reviewer R2 of s49: a bare 1 under its stage's label is a rate of 1, not a yes / no (小学1，初中0.968 was refused); unlabelled it stays unread.
    expect(assignParts(["小学1", "初中0.968"], partsOf("义务教育就近入学比例"), false)?.map((r) => [r.part.code, r.value])).toEqual([["G13_nearby_primary", "1"], ["G13_nearby_junior", "0.968"]]);
    expect(assignParts(["1", "0.968"], partsOf("义务教育就近入学比例"), false)).toBeNull();
    expect(assignParts(["小学6500元", "7000元"], partsOf(G7), false)).toBeNull();
    expect(assignParts(["初中7000元", "小学6500元"], partsOf(G7), false)?.map((r) => [r.part.code, r.value])).toEqual([["G7_special_primary", "6500元"], ["G7_special_junior", "7000元"]]);
    expect(assignParts(["2024年初中7000元", "小学6500元"], partsOf(G7), false)?.map((r) => [r.part.code, r.value])).toEqual([["G7_special_primary", "6500元"], ["G7_special_junior", "2024年初中7000元"]]);
  });

  it("takes 分别为 without stage names in order only when the sentence gives one", () => {
    expect(respectiveParts("分别为100%、96.8%", partsOf(G13))?.map((r) => r.value)).toEqual(["100%", "96.8%"]);
    expect(respectiveParts("分别为6500元、7000元", partsOf(G7), false)).toBeNull();
    expect(respectiveParts("小学、初中分别为6500元、7000元", partsOf(G7), false)?.map((r) => r.value)).toEqual(["6500元", "7000元"]);
    expect(respectiveParts("分别为：初中7000元，小学6500元", partsOf(G7), false)?.map((r) => r.value)).toEqual(["6500元", "7000元"]);
  });
});

describe("splitValues", () => {
  it.each([
    ["100%、96.8%", ["100%", "96.8%"]],
    ["12.3%；骨干教师占25.6%", ["12.3%", "骨干教师占25.6%"]],
    ["是;91.2%", ["是", "91.2%"]],
    ["１００％，９６．８％", ["１００％", "９６．８％"]],
    ["12.3%, 25.6%", ["12.3%", "25.6%"]],
    // A thousands comma is inside a number.
    ["1,200", ["1,200"]],
    ["95%", ["95%"]],
    ["  ", []],
    // Two percentages apart by spaces only (reviewer R4, point 5), a label before each or a space before %.
    ["100% 96.8%", ["100%", "96.8%"]],
    ["100 %  96.8 %", ["100%", "96.8%"]],
    ["小学100% 初中96.8%", ["小学100%", "初中96.8%"]],
    // A space elsewhere separates nothing: a label and its value, a level and a rate, three values, a number.
    ["小学 100%", ["小学 100%"]],
    ["Ⅲ级 0.12", ["Ⅲ级 0.12"]],
    ["100% 96.8% 95%", ["100% 96.8% 95%"]],
    ["0.95 0.97", ["0.95 0.97"]],
    ["1 200", ["1 200"]],
    // A label and its value apart by a space or a colon, twice; percentages apart by a slash (reviewer R1, finding 9).
    ["小学 100% 初中 96.8%", ["小学100%", "初中96.8%"]],
    ["小学: 100%  初中: 96.8%", ["小学100%", "初中96.8%"]],
    ["100%/96.8%", ["100%", "96.8%"]],
    // A comma after a percentage parts the values, whatever follows it: 100%,100% is no thousands comma (Z2 final read).
    ["100%,100%", ["100%", "100%"]],
    ["95%, 100%", ["95%", "100%"]],
    ["100% / 96.8%", ["100%", "96.8%"]],
    ["小学100%/初中96.8%", ["小学100%", "初中96.8%"]],
    ["6080元/生", ["6080元/生"]],
    // A sentence's full stop after the last value is no part of it (reviewer R1 of s45, F4); a decimal point is.
    ["100%、96.8%。", ["100%", "96.8%"]],
    ["100%、96.8%.", ["100%", "96.8%"]],
    ["Ⅲ级；0.12。", ["Ⅲ级", "0.12"]],
    ["0.95", ["0.95"]],
    // 和 / 及 / 与 between a percentage and a number (R1 of s45); between words, or after a number without %, it joins nothing.
    ["100%和96.8%", ["100%", "96.8%"]],
    ["12% 及 25%", ["12%", "25%"]],
    ["１００％与９６．８％", ["１００％", "９６．８％"]],
    ["交流轮岗和骨干教师12%", ["交流轮岗和骨干教师12%"]],
    ["3和4", ["3和4"]],
    // 和 / 及 / 与 between a percentage and a label with its number; not before words without a number (及以上).
    ["交流轮岗教师12%和骨干教师25%", ["交流轮岗教师12%", "骨干教师25%"]],
    ["交流轮岗教师12%及骨干教师25%", ["交流轮岗教师12%", "骨干教师25%"]],
    ["96.8%及以上", ["96.8%及以上"]],
    // Two labelled sentences: 。 after a value and before a label parts them; inside a number, before a remark or a bare number it does not.
    ["小学100%。初中96.8%。", ["小学100%", "初中96.8%"]],
    ["Ⅲ级。差异率0.12", ["Ⅲ级", "差异率0.12"]],
    ["小学100%，初中96。8%", ["小学100%", "初中96。8%"]],
    ["初中96.8%。（2024年）", ["初中96.8%。（2024年）"]],
    ["小学100%。96.8%", ["小学100%。96.8%"]],
    // Before a full stop a label without its number (小学100%。初中) or a remark is no value of its own (R1 of s46, F3).
    ["小学100%。初中", ["小学100%。初中"]],
    ["小学100%，初中96.8%。其中城区初中95%", ["小学100%", "初中96.8%。其中城区初中95%"]],
    ["小学100%，初中96.8%。以上为2024年数据", ["小学100%", "初中96.8%。以上为2024年数据"]],
    ["96.8%与上年95%相比提高", ["96.8%与上年95%相比提高"]],
  ])("splits %s", (text, expected) => {
    expect(splitValues(text)).toEqual(expected);
  });
});

describe("labelledPart", () => {
  const parts = wholeItemParts("全县每年交流轮岗教师的比例不低于10%；其中，骨干教师不低于20%");
  it("names the part a value's words name, and none for a bare value or one naming both", () => {
    if (parts === null) throw new Error("no parts");
    expect(labelledPart("骨干教师占25.6%", parts)?.code).toBe("G11_backbone_rotation");
    expect(labelledPart("交流轮岗12.3%", parts)?.code).toBe("G11_rotation_rate");
    expect(labelledPart("12.3%", parts)).toBeNull();
    expect(labelledPart("骨干教师交流轮岗25.6%", parts)).toBeNull();
  });
});

describe("pieceOf and assignParts (each part then read as a single value)", () => {
  const partsOf = (sentence: string) => wholeItemParts(sentence) as readonly [ItemPart, ItemPart];
  const G11 = partsOf("全县每年交流轮岗教师的比例不低于符合交流条件教师总数的10%；其中，骨干教师不低于交流轮岗教师总数的20%");
  const G13 = partsOf("城区和镇区公办小学、初中就近划片入学比例分别达到100%、95%");
  const Q9 = partsOf("在国家义务教育质量监测中，相关科目学生学业水平达到Ⅲ级以上，且校际差异率低于0.15");
  const assigned = (values: string[], parts: readonly [ItemPart, ItemPart]) => assignParts(values, parts)?.map((r) => [r.part.code, r.value]) ?? null;

  it("strips a part's own label, keeps a comparison word for the single reading to refuse (the piece whole), and refuses a label naming neither part", () => {
    expect(pieceOf("骨干教师占25.6%", G11)).toEqual({ text: "骨干教师占25.6%", label: G11[1], value: "25.6%" });
    expect(pieceOf("差异率小于0.15", Q9)?.value).toBe("差异率小于0.15");
    expect(pieceOf("小于0.15", Q9)).toEqual({ text: "小于0.15", label: null, value: "小于0.15" });
    expect(pieceOf("城区100%", G13)).toBeNull();
  });

  it("takes a part's label in the item's own words whole: 近 of 就近 is no comparison word, a comparison after the label is (reviewer R4, point 5)", () => {
    expect(pieceOf("小学就近入学比例100%", G13)).toEqual({ text: "小学就近入学比例100%", label: G13[0], value: "100%" });
    expect(pieceOf("初中就近入学比例96.8%", G13)?.value).toBe("96.8%");
    expect(pieceOf("初中就近入学比例约96.8%", G13)?.value).toBe("初中就近入学比例约96.8%");
    expect(pieceOf("骨干教师占比不低于25%", G11)?.value).toBe("骨干教师占比不低于25%");
  });

  // Reviewer R1, findings 1 to 3: words between the label and the number other than the label's own
  // (低于规定的, 未达到, 较上年提高) qualify the number, which is then no value: the piece whole, refused.
  it.each([
    ["初中低于规定的95%", G13],
    ["初中就近入学比例低于省定标准95%", G13],
    ["初中不足规定的95%", G13],
    ["初中超过规定的95%", G13],
    ["差异率低于国家标准0.15", Q9],
    ["骨干教师占比低于规定的20%", G11],
    ["小学未达到100%", G13],
    ["小学就近入学比例未达到100%", G13],
    ["小学没有达到100%", G13],
    ["小学达不到100%", G13],
    ["小学不到100%", G13],
    ["小学未满100%", G13],
    ["小学较上年提高2%", G13],
    ["初中较上年下降3.2%", G13],
    ["小学增长2%", G13],
    ["小学同比100%", G13],
  ])("keeps %s whole for the single reading to refuse", (text, parts) => {
    expect(pieceOf(text, parts)?.value).toBe(text);
  });

  it.each([
    ["小学为100%", "100%"],
    ["初中：96.8%", "96.8%"],
    ["小学阶段就近入学率100%", "100%"],
    ["初中已达到96.8%", "96.8%"],
  ])("takes %s's label and filler out (%s)", (text, value) => {
    expect(pieceOf(text, G13)?.value).toBe(value);
  });

  it.each([
    [["Ⅲ级", "差异率0.12"], Q9, [["Q9_monitoring_level", "Ⅲ级"], ["Q9_difference_rate", "0.12"]]],
    [["0.12", "Ⅲ级"], Q9, [["Q9_monitoring_level", "Ⅲ级"], ["Q9_difference_rate", "0.12"]]],
    // In the sentence's order; each part's unit is checked when read (26人 is then refused).
    [["12.3%", "26人"], G11, [["G11_rotation_rate", "12.3%"], ["G11_backbone_rotation", "26人"]]],
    [["交流轮岗教师56人", "其中骨干教师12人"], G11, [["G11_rotation_rate", "56人"], ["G11_backbone_rotation", "12人"]]],
    [["城区100%", "镇区93.5%"], G13, null],
    [["初中96.8%", "小学100%"], G13, [["G13_nearby_primary", "100%"], ["G13_nearby_junior", "96.8%"]]],
  ])("assigns %j", (values, parts, expected) => {
    expect(assigned(values, parts)).toEqual(expected);
  });
});

describe("saysOtherRow", () => {
  it.each([
    "随迁子女就读比例（留守儿童另见下行）",
    "随迁子女就读比例（留守儿童见下行）",
    "随迁子女就读比例（留守儿童见第 18 行）",
    "随迁子女就读比例，留守儿童关爱体系另行填报",
    "差异率单独填写",
    // Reviewer R1, finding 6.
    "随迁子女就读比例（留守儿童下行填报）",
    "随迁子女就读比例（留守儿童情况见下表）",
    "随迁子女就读比例（留守儿童关爱见第十七行）",
    "随迁子女就读比例（留守儿童关爱体系在下一行）",
    "随迁子女就读比例（留守儿童另表填报）",
  ])("finds the other part sent elsewhere in %s", (sentence) => {
    expect(saysOtherRow(sentence)).toBe(true);
  });

  it.each(["县域内留守儿童关爱体系健全，随迁子女就读比例不低于85%", "初中三年巩固率（含留守儿童、随迁子女）", ""])("finds none in “%s”", (sentence) => {
    expect(saysOtherRow(sentence)).toBe(false);
  });
});

describe("sameForBoth (reviewer R4, point 5)", () => {
  const partsOf = (sentence: string) => wholeItemParts(sentence) as readonly [ItemPart, ItemPart];
  const G13 = partsOf("城区和镇区公办小学、初中就近划片入学比例分别达到100%、95%");
  const G11 = partsOf("全县每年交流轮岗教师的比例不低于符合交流条件教师总数的10%；其中，骨干教师不低于交流轮岗教师总数的20%");
  const Q9 = partsOf("在国家义务教育质量监测中，相关科目学生学业水平达到Ⅲ级以上，且校际差异率低于0.15");
  const both = (text: string, parts: readonly [ItemPart, ItemPart]) => sameForBoth(text, parts)?.map((r) => [r.part.code, r.value]) ?? null;

  it.each(["均为100%", "小学、初中均为100%", "均达到100%", "小学和初中均为100%", "两个学段均为100%", "中小学均达到100%", "均 100%"])("gives %s to both stages of G13", (text) => {
    expect(both(text, G13)).toEqual([["G13_nearby_primary", "100%"], ["G13_nearby_junior", "100%"]]);
  });

  it("gives a value dated in brackets to both (均为100%（2024年）)", () => {
    expect(both("均为100%（2024年）", G13)).toEqual([["G13_nearby_primary", "100%(2024年)"], ["G13_nearby_junior", "100%(2024年)"]]);
  });

  it("keeps a comparison word for the single-value reading to refuse (均不低于95%), and gives G11's two rates one value", () => {
    expect(both("均不低于95%", G13)).toEqual([["G13_nearby_primary", "不低于95%"], ["G13_nearby_junior", "不低于95%"]]);
    expect(both("均为15%", G11)).toEqual([["G11_rotation_rate", "15%"], ["G11_backbone_rotation", "15%"]]);
  });

  it("gives one amount with its unit to both stages of G7 (均为6500元, 小学、初中均为6,080元/生), not two amounts", () => {
    const G7 = partsOf("特殊教育学校生均公用经费");
    expect(both("均为6500元", G7)).toEqual([["G7_special_primary", "6500元"], ["G7_special_junior", "6500元"]]);
    // normaliseText takes the thousands comma out: 6,080 → 6080.
    expect(both("小学、初中均为6,080元/生", G7)).toEqual([["G7_special_primary", "6080元/生"], ["G7_special_junior", "6080元/生"]]);
    expect(both("均为0.65万元", G7)).toEqual([["G7_special_primary", "0.65万元"], ["G7_special_junior", "0.65万元"]]);
    expect(both("均为6500元、7000元", G7)).toBeNull();
    expect(both("均为6500元以上", G7)).toBeNull();
    // A unit is taken off an amount only: G13's 均为100元 is no one rate.
    expect(both("均为100元", G13)).toBeNull();
  });

  it.each([
    ["城区、镇区均为100%", G13],
    ["小学均为100%", G13],
    ["小学100%，初中均为96.8%", G13],
    ["平均为96.8%", G13],
    ["均值0.12", Q9],
    // A level is no rate: Q9's parts take no one value.
    ["均为Ⅲ级", Q9],
    ["100%、96.8%", G13],
    // More than one value after 均, or words after the value (reviewer R1, finding 8).
    ["均为100%、96.8%", G13],
    ["均为100%,96.8%", G13],
    ["小学、初中均为100%，其中城区95%", G13],
    ["均为100%（含九年一贯制学校）", G13],
    ["均为100%以上", G13],
  ])("gives none for %s", (text, parts) => {
    expect(both(text, parts)).toBeNull();
  });

  it("leaves a cell of two values to assignParts, after splitValues (100% 96.8%; labelled in the item's own words)", () => {
    const cell = (text: string) => (sameForBoth(text, G13) ?? assignParts(splitValues(text), G13))?.map((r) => [r.part.code, r.value]) ?? null;
    expect(cell("100% 96.8%")).toEqual([["G13_nearby_primary", "100%"], ["G13_nearby_junior", "96.8%"]]);
    expect(cell("小学就近入学比例100%，初中就近入学比例96.8%")).toEqual([["G13_nearby_primary", "100%"], ["G13_nearby_junior", "96.8%"]]);
    expect(cell("城区100%、镇区93.5%")).toBeNull();
  });
});

describe("ownPart (reviewer R4, point 3)", () => {
  it.each([
    ["进城务工人员随迁子女在公办学校和政府购买学位就读比例不低于85%（留守儿童另见下行）", "进城务工人员随迁子女在公办学校和政府购买学位就读比例不低于85%"],
    ["随迁子女就读比例(留守儿童关爱见第 18 行)", "随迁子女就读比例"],
    ["随迁子女就读比例，留守儿童关爱体系另行填报", "随迁子女就读比例"],
  ])("takes the note sending a part elsewhere out of %s", (sentence, own) => {
    expect(ownPart(sentence)).toBe(own);
    expect(wholeItemParts(ownPart(sentence))).toBeNull();
  });

  it("keeps a sentence without such a note, and the two parts of one whose note sends something else (佐证材料另见附件) is no part", () => {
    const g15 = "县域内留守儿童关爱体系健全，随迁子女就读比例不低于85%";
    expect(ownPart(g15)).toBe(g15);
    expect(codes(ownPart(`${g15}（佐证材料另见附件）`))).toEqual(["G15_left_behind_care", "G15_migrant_share"]);
  });
});

describe("respectiveParts: two values given 分别 (respectively)", () => {
  const partsOf = (sentence: string) => wholeItemParts(sentence) as readonly [ItemPart, ItemPart];
  const G13 = partsOf("城区和镇区公办小学、初中就近划片入学比例分别达到100%、95%");
  const G11 = partsOf("全县每年交流轮岗教师的比例不低于符合交流条件教师总数的10%；其中，骨干教师不低于交流轮岗教师总数的20%");
  const Q9 = partsOf("在国家义务教育质量监测中，相关科目学生学业水平达到Ⅲ级以上，且校际差异率低于0.15");
  const read = (text: string, parts: readonly [ItemPart, ItemPart]) => respectiveParts(text, parts)?.map((r) => [r.part.code, r.value]) ?? null;
  const PRIMARY_JUNIOR = [["G13_nearby_primary", "100%"], ["G13_nearby_junior", "96.8%"]];

  it.each(["小学、初中分别为100%、96.8%", "分别为100%、96.8%", "分别达到100%、96.8%", "小学和初中分别是100%，96.8%", "小学、初中就近入学比例分别为100%、96.8%", "分别为：100%、96.8%", "小学、初中分别是100%和96.8%"])("gives %s's values to the stages in the order named", (text) => {
    expect(read(text, G13)).toEqual(PRIMARY_JUNIOR);
  });

  it("takes the order the words before 分别 name (初中、小学 → junior first), returned in the parts' order", () => {
    expect(read("初中、小学分别为96.8%、100%", G13)).toEqual(PRIMARY_JUNIOR);
    expect(read("骨干教师、交流轮岗教师分别为25%、12%", G11)).toEqual([["G11_rotation_rate", "12%"], ["G11_backbone_rotation", "25%"]]);
    expect(read("交流轮岗教师、骨干教师分别占12%、25%", G11)).toEqual([["G11_rotation_rate", "12%"], ["G11_backbone_rotation", "25%"]]);
  });

  it("gives a name holding both parts' words the part the other name does not hold (reviewer R1 of s44, F1: the rates were swapped)", () => {
    const ROTATION_BACKBONE = [["G11_rotation_rate", "12%"], ["G11_backbone_rotation", "25%"]];
    // 交流轮岗骨干教师 holds the rotation's 交流轮岗 and the backbone's 骨干; 交流轮岗教师 only the rotation's.
    for (const text of ["交流轮岗骨干教师、交流轮岗教师分别为25%、12%", "交流轮岗骨干教师占比和交流轮岗教师占比分别为25%、12%", "轮岗骨干教师和轮岗教师分别占25%、12%", "交流轮岗教师、交流轮岗骨干教师分别为12%、25%"]) {
      expect([text, read(text, G11)]).toEqual([text, ROTATION_BACKBONE]);
    }
    // Both names hold both parts' words: which is which is not told.
    expect(read("交流轮岗骨干教师、骨干教师交流轮岗分别为25%、12%", G11)).toBeNull();
    // One name for both: not told apart.
    expect(read("小学初中分别为100%、96.8%", G13)).toBeNull();
  });

  it("lets the values' own labels say whose when nothing is named before 分别, in either order", () => {
    expect(read("分别为：初中96.8%，小学100%", G13)).toEqual([["G13_nearby_primary", "100%"], ["G13_nearby_junior", "96.8%"]]);
    expect(read("分别为小学100%、初中96.8%", G13)).toEqual([["G13_nearby_primary", "100%"], ["G13_nearby_junior", "96.8%"]]);
    // Labelled the same part twice, one labelled and one bare after words, or a comparison word first: none.
    expect(read("分别为：初中96.8%，初中100%", G13)).toBeNull();
    expect(read("分别为：初中96.8%，100%", G13)).toBeNull();
    expect(read("分别不低于小学100%、初中95%", G13)).toBeNull();
  });

  it("reads a level and a rate of Q9 when each fits its place", () => {
    expect(read("等级、差异率分别为Ⅲ级、0.12", Q9)).toEqual([["Q9_monitoring_level", "Ⅲ级"], ["Q9_difference_rate", "0.12"]]);
    // 0.12 is no level: the places do not fit.
    expect(read("分别为0.12、Ⅲ级", Q9)).toBeNull();
  });

  it.each([
    // A comparison word after 分别: a standard, not a value.
    "小学、初中分别不低于100%、95%",
    // Names that are not the parts, or one part only.
    "小学生、初中生分别为100%、96.8%",
    "城区、镇区分别为100%、96.8%",
    "小学分别为100%、96.8%",
    // Not two values; a value labelled for the other part's place; no 分别.
    "小学、初中分别为100%、96.8%、98%",
    "分别为100%",
    "小学、初中分别为初中96.8%、小学100%",
    "100%、96.8%",
    "分别",
  ])("gives none for “%s”", (text) => {
    expect(read(text, G13)).toBeNull();
  });
});

describe("namedRespectively: values after 分别 whose names are not told apart", () => {
  it.each(["小学分别为100%、96.8%", "2024年分别为100%、96.8%", "城区、镇区分别为100%、96.8%", "初中分别达到96.8%、100%"])("is true for %s", (text) => {
    expect(namedRespectively(text)).toBe(true);
  });

  // Nothing named before 分别; 分别 in a remark after the values, or before other words (reviewer R1 of s45, F3); no 分别.
  it.each(["分别为：初中96.8%，小学100%", "小学100%，初中96.8%（分别为2024年数据）", "等级Ⅲ级，差异率0.12（分别为2023年监测结果）", "小学：100%；初中：96.8%（分别统计）", "按学年分别统计：交流轮岗12.3%，骨干教师25.6%", "100%、96.8%"])("is false for %s", (text) => {
    expect(namedRespectively(text)).toBe(false);
  });
});

describe("withoutScope: words saying which schools the whole figure covers, before the parts' names", () => {
  const G13 = wholeItemParts("城区和镇区公办小学、初中就近划片入学比例分别达到100%、95%") as readonly [ItemPart, ItemPart];
  const G11 = wholeItemParts("全县每年交流轮岗教师的比例不低于符合交流条件教师总数的10%；其中，骨干教师不低于交流轮岗教师总数的20%") as readonly [ItemPart, ItemPart];

  it.each([
    ["全县小学、初中分别为100%、96.8%", "小学、初中分别为100%、96.8%"],
    ["义务教育阶段小学、初中分别为100%、96.8%", "小学、初中分别为100%、96.8%"],
    ["公办小学、初中分别为100%、96.8%", "小学、初中分别为100%、96.8%"],
    ["全县公办小学、初中分别为100%、96.8%", "小学、初中分别为100%、96.8%"],
    ["本县初中、小学分别为96.8%、100%", "初中、小学分别为96.8%、100%"],
    ["全县小学100%，初中96.8%", "小学100%，初中96.8%"],
    ["城区和镇区小学、初中分别为100%、96.8%", "小学、初中分别为100%、96.8%"],
  ])("takes the scope out of %s", (text, expected) => {
    expect(withoutScope(text, G13)).toBe(expected);
  });

  it("takes it out before G11's names too", () => {
    expect(withoutScope("全县交流轮岗教师12%和骨干教师25%", G11)).toBe("交流轮岗教师12%和骨干教师25%");
  });

  // No part named right after the scope (a year, 分别, another place), no scope word, or 城区 / 城镇 alone (part of the county, R1 of s46): the cell as it is.
  it.each(["全县分别为100%、96.8%", "全县2024年分别为100%、96.8%", "城区、镇区分别为100%、96.8%", "2024年小学100%，初中96.8%", "小学100%，初中96.8%", "全县100%", "城区小学、初中分别为100%、96.8%", "城镇小学100%，初中96.8%"])("keeps %s as it is", (text) => {
    expect(withoutScope(text, G13)).toBe(text);
  });
});
