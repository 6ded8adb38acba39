import { shortfallAmount, shortfallOverShare } from "./shortfall";

/**
 * shortfallOverShare: what a combined school adds as a whole so that a section taking `share` of
 * a shared value gains what it lacks (rules.md §2 "Combined schools", §7), with hand vectors.
 * Shares are weighted students: a 九年一贯制 school of A primary and B junior students gives its
 * primary section A ÷ (A + 1.1B).
 */
describe("shortfallOverShare", () => {
  it("m²: 红旗学校 初中, share 330 ÷ 730 (400 + 1.1 × 300 = 730), 5800 m² of sports ground → its 2621.92 m² short of 3060 by 438.08, the school by 969.09", () => {
    // 10.2 × 300 = 3060 m² for the section; 3060 × 730 ÷ 330 = 6769.090909 m² whole school; − 5800 = 969.090909.
    const share = 330 / 730;
    expect(shortfallAmount("L5", 10.2, 300, 5800 * share)).toBeCloseTo(438.082192, 5);
    expect(shortfallOverShare("L5", 10.2, 300, 5800 * share, share)).toBeCloseTo(969.090909, 5);
  });

  it("rooms: a gap that is a whole number after the share division stays that number (3), not one more", () => {
    // 131 primary + 790 junior: weighted 131 + 869 = 1000, primary share 0.131. L7 2.3 × 131 ÷ 100 = 3.013 rooms for the
    // section, 3.013 ÷ 0.131 = 23 rooms for the school; it has 20 → 3. In floats the gap is 3.0000000000000036: a bare ceil gives 4.
    // The share as the engine forms it: 131 ÷ (131 + 1.1 × 790), 0.13099999999999998 in floats.
    const share = 131 / (131 + 1.1 * 790);
    expect((2.3 / share) * 131 / 100 - (20 * share) / share).toBeGreaterThan(3);
    expect(shortfallOverShare("L7", 2.3, 131, 20 * share, share)).toBe(3);
    // 340 primary + 600 junior: weighted 1000, share 0.34; 2.3 × 340 ÷ 100 ÷ 0.34 = 23 rooms; 20 → 3 (float 2.9999999999999964).
    expect(shortfallOverShare("L7", 2.3, 340, 20 * 0.34, 0.34)).toBe(3);
    // The section itself: 7.82 − 6.8 = 1.02 → 2 rooms of its own gap, which the school's 3 rooms give it (3 × 0.34 = 1.02).
    expect(shortfallAmount("L7", 2.3, 340, 20 * 0.34)).toBe(2);
  });

  it("a gap within noise of 0 is 0: the school at exactly what the section's standard asks", () => {
    // 2000 yuan × 340 = 680 000 for the section; ÷ 0.34 = 2 000 000 for the school, which has exactly that. Float gap 2.3e-10 yuan.
    expect(shortfallOverShare("L6", 2000, 340, 2_000_000 * 0.34, 0.34)).toBe(0);
    // 23 rooms for the school of share 0.131 (float gap 3.6e-15 rooms, or −3.6e-15 at share 0.34): 0, not 1.
    const share = 131 / (131 + 1.1 * 790);
    expect(shortfallOverShare("L7", 2.3, 131, 23 * share, share)).toBe(0);
    expect(shortfallOverShare("L7", 2.3, 340, 23 * 0.34, 0.34)).toBe(0);
    // Half a yuan short is a real gap, not noise: (2 000 000 − 1 999 999.5) = 0.5 yuan.
    expect(shortfallOverShare("L6", 2000, 340, 1_999_999.5 * 0.34, 0.34)).toBeCloseTo(0.5, 6);
  });

  it("never negative: a school above what the section asks adds nothing", () => {
    expect(shortfallOverShare("L5", 10.2, 300, 8000 * (330 / 730), 330 / 730)).toBe(0);
    expect(shortfallOverShare("L7", 2.3, 340, 30 * 0.34, 0.34)).toBe(0);
  });

  it("a share of 1 is the section's own shortfall (L1 4 teachers, L4 192 m², as shortfallAmount's vectors)", () => {
    expect(shortfallOverShare("L1", 4.2, 376, 12, 1)).toBe(4);
    expect(shortfallOverShare("L4", 4.5, 376, 1500, 1)).toBeCloseTo(192, 9);
  });
});
