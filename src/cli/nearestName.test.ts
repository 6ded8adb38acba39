import { nearestName } from "./nearestName";

const OPTIONS = ["--out", "--json", "--profile", "--sheet", "--range", "--year", "--lang", "--map", "--ignore", "--include-hidden", "--recursive", "--help"];
const PROFILES = ["national-2017", "sichuan-guanghan-2024"];

describe("nearestName", () => {
  it("names the option a slip away: a swap (--yaer), a letter dropped (--profle), added (--jsonn) or replaced (--shoet), or case (--Year)", () => {
    expect(["--yaer", "--profle", "--jsonn", "--shoet", "--Year"].map((t) => nearestName(t, OPTIONS))).toEqual(["--year", "--profile", "--json", "--sheet", "--year"]);
  });

  it("names the profile id without its hyphen (national2017: one letter dropped) or with two slips (nationl-2071: a drop and a swap)", () => {
    expect(nearestName("national2017", PROFILES)).toBe("national-2017");
    expect(nearestName("nationl-2071", PROFILES)).toBe("national-2017");
  });

  it("names none three slips away or more (--colour; sichuan, the id's head alone) or of no names; of two near, the nearer", () => {
    expect(nearestName("--colour", OPTIONS)).toBeNull();
    expect(nearestName("sichuan", PROFILES)).toBeNull();
    expect(nearestName("--year", [])).toBeNull();
    // --mat is one from --map, two from --out: the nearest wins.
    expect(nearestName("--mat", OPTIONS)).toBe("--map");
  });

  it("names none when two are nearest alike", () => {
    // "ab" is one replacement from both "aa" and "bb".
    expect(nearestName("ab", ["aa", "bb"])).toBeNull();
  });
});
