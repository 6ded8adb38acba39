import { answerVerdict, byAnswer, verdictEmphasis, verdictLabel, yesNo } from "./writeLabels";

describe("writeLabels: yes / no / unknown answers", () => {
  const values = { yes: "Y", no: "N", unknown: "?" };

  it("picks the value of each answer", () => {
    expect([true, false, null].map((a) => byAnswer(a, values))).toEqual(["Y", "N", "?"]);
  });

  it("reads an answer as a verdict, labelled and coloured as verdicts are", () => {
    expect([true, false, null].map(answerVerdict)).toEqual(["met", "not_met", "not_assessed"]);
    expect([true, false, null].map((a) => verdictEmphasis(answerVerdict(a)))).toEqual(["good", "bad", "warn"]);
    expect([true, false, null].map((a) => verdictLabel(answerVerdict(a), "zh"))).toEqual(["达标", "未达标", "待评估"]);
  });

  it("words a yes / no in the language", () => {
    expect([yesNo(true, "zh"), yesNo(false, "zh"), yesNo(true, "en"), yesNo(false, "en")]).toEqual(["是", "否", "Yes", "No"]);
  });
});
