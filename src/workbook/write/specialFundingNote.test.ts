import { specialFundingNote } from "./specialFundingNote";
import { makeGuarantee } from "./testing/makeEvaluation";

describe("specialFundingNote: G7 of a special-education school worked out in 缺口测算's 说明 (rules.md §4 item 7)", () => {
  // R5's special6050: 86 students, 52.03万 = 520 300 yuan = 6 050 per student; Sichuan 小学 6 080: 6 080 × 86 = 522 880 required, 2 580 short.
  const special = makeGuarantee({ name: "示例县特殊教育学校", recordId: "s1", type: "special", fundedStudents: 86, fundingNorm: 522_880, fundingShortfall: 2_580 });

  it("its funding per student, the norm and the arithmetic, in zh and en", () => {
    expect(specialFundingNote(special, "zh")).toBe("特殊教育学校生均公用经费 6,050 元（520,300 元 ÷ 86 人），低于标准 6,080 元/生：缺口（元）= 6,080×86 − 520,300 = 2,580");
    expect(specialFundingNote(special, "en")).toBe(
      "Special-education school: public funding 6,050 yuan per student (520,300 yuan ÷ 86 students), below the norm of 6,080 yuan per student; shortfall (yuan) = 6,080×86 − 520,300 = 2,580",
    );
  });

  it("students by stage: the norm weighted, with cents (50 × 6 080 + 36 × 6 100 = 523 600 ÷ 86 = 6 088.37; 500 000 ÷ 86 = 5 813.95)", () => {
    const split = makeGuarantee({ ...special, fundingNorm: 523_600, fundingShortfall: 23_600 });
    expect(specialFundingNote(split, "zh")).toBe("特殊教育学校生均公用经费 5,813.95 元（500,000 元 ÷ 86 人），低于标准 6,088.37 元/生：缺口（元）= 6,088.37×86 − 500,000 = 23,600");
  });

  it("none when met, unknown, without students, or for an ordinary school", () => {
    expect(specialFundingNote(makeGuarantee({ ...special, fundingShortfall: 0 }), "zh")).toBeNull();
    expect(specialFundingNote(makeGuarantee({ ...special, fundingShortfall: null }), "zh")).toBeNull();
    expect(specialFundingNote(makeGuarantee({ ...special, fundedStudents: 0 }), "zh")).toBeNull();
    expect(specialFundingNote(makeGuarantee({ ...special, type: "junior" }), "zh")).toBeNull();
  });
});
