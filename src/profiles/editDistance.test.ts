import { editDistance } from "./editDistance";

describe("editDistance", () => {
  it("counts one edit for each slip: a letter added, dropped or replaced, or two neighbours swapped", () => {
    expect(editDistance("recognition", "recognition")).toBe(0);
    expect(editDistance("recognitoin", "recognition")).toBe(1);
    expect(editDistance("primery", "primary")).toBe(1);
    expect(editDistance("L1", "L12")).toBe(1);
    expect(editDistance("L12", "L1")).toBe(1);
    expect(editDistance("ab", "ba")).toBe(1);
    // Characters outside the BMP count one each (two UTF-16 units): a swap is one slip.
    expect(editDistance("𠀀𠀁", "𠀁𠀀")).toBe(1);
    expect(editDistance("𠀀", "")).toBe(1);
  });

  it("counts several slips, and the empty string against a word by its letters", () => {
    // s→j, e→u: two replacements.
    expect(editDistance("senior", "junior")).toBe(2);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("abc", "")).toBe(3);
    expect(editDistance("", "")).toBe(0);
    // kitten → sitting: k→s, e→i, +g (the textbook example).
    expect(editDistance("kitten", "sitting")).toBe(3);
    // A swap and a replacement: ca → abc is 3 in this form (no edit of a swapped pair).
    expect(editDistance("ca", "abc")).toBe(3);
  });

  it("is the same both ways", () => {
    for (const [a, b] of [["G12_certificate_rate", "G12_certficate_rate"], ["汉字", "字汉"], ["cvLimits", "cvLimts"]] as const) expect(editDistance(a, b)).toBe(editDistance(b, a));
  });
});
