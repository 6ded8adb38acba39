import type { HeaderBand } from "./findHeader";
import { matchColumns } from "./matchColumns";

function band(paths: readonly (readonly string[])[]): HeaderBand {
  return { sheet: "S", top: 0, bottom: 0, columns: paths.map((path, column) => ({ column, path, headerRow: 0 })), codeRows: [], standardRows: [], dataTop: 1, unitLine: null };
}

/** key#part per column (0-based), "-" for a column left unread; `hidden`: 0-based hidden sheet columns. */
function rolesOf(paths: readonly (readonly string[])[], hidden: readonly number[] = []): string[] {
  const m = matchColumns(band(paths), {}, hidden);
  return paths.map((_, column) => {
    const r = m.roles.find((x) => x.column === column);
    return r === undefined ? "-" : `${r.key}${r.part === null ? "" : `#${r.part}`}`;
  });
}

describe("bare subject headers beside teacher columns (体育 | 音乐美术)", () => {
  it("reads 体育 | 音乐美术 after 县级以上骨干 as the L3 parts (wb4's single header row)", () => {
    const got = rolesOf([["学校名称"], ["学生数"], ["专任教师"], ["高于规定学历"], ["县级以上骨干"], ["体育"], ["音乐美术"], ["教学及辅助用房(㎡)"]]);
    expect(got.slice(5, 8)).toEqual(["peArtTeachers#pe", "peArtTeachers#musicArt", "teachingArea"]);
    expect(matchColumns(band([["学校名称"], ["学生数"], ["专任教师"], ["县级以上骨干"], ["体育"], ["音乐美术"]])).missing).not.toContain("peArtTeachers");
  });

  it("reads 音乐、美术 (、 dropped), 音乐 | 美术 and 艺术 the same way", () => {
    expect(rolesOf([["学校名称"], ["专任教师"], ["体育"], ["音乐、美术"]]).slice(2)).toEqual(["peArtTeachers#pe", "peArtTeachers#musicArt"]);
    expect(rolesOf([["学校名称"], ["专任教师"], ["体育"], ["音乐"], ["美术"]]).slice(2)).toEqual(["peArtTeachers#pe", "peArtTeachers#music", "peArtTeachers#art"]);
    expect(rolesOf([["学校名称"], ["体育"], ["艺术"], ["骨干教师"]]).slice(1)).toEqual(["peArtTeachers#pe", "peArtTeachers#arts", "backboneTeachers"]);
  });

  it("leaves a bare 体育 beside area or room columns as it was: no teacher column next to it", () => {
    expect(rolesOf([["学校名称"], ["专任教师"], ["室内体育用房"], ["体育"], ["体育场地"]])).toEqual(["name", "teachers", "indoorSportsArea", "-", "sportsGroundArea"]);
    expect(rolesOf([["学校名称"], ["音乐"], ["美术"], ["体育馆"]])).toEqual(["name", "-", "-", "indoorSportsArea"]);
    // 体育馆 / 体育器材 are not bare subjects even beside teachers.
    expect(rolesOf([["学校名称"], ["专任教师"], ["体育器材"], ["体育馆"]])).toEqual(["name", "teachers", "-", "indoorSportsArea"]);
  });

  it("reads a bare subject under a non-teacher group (专用教室/音乐) as before", () => {
    expect(rolesOf([["学校名称"], ["专任教师"], ["专用教室", "音乐"]])).toEqual(["name", "teachers", "-"]);
  });

  it("reads the visible of two bare 体育 beside a teacher column, the hidden one (an old copy) left unread", () => {
    // B 体育 is hidden, D 体育 visible, both beside C 专任教师: D is the PE part, and E 音乐美术 beside it the arts.
    const paths = [["学校名称"], ["体育"], ["专任教师"], ["体育"], ["音乐美术"]];
    expect(rolesOf(paths, [1])).toEqual(["name", "-", "teachers", "peArtTeachers#pe", "peArtTeachers#musicArt"]);
    // Nothing hidden: the first in sheet order, as before (E is beside no read teacher or subject column).
    expect(rolesOf(paths)).toEqual(["name", "peArtTeachers#pe", "teachers", "-", "-"]);
  });

  it("keeps the stage of a per-stage bare subject (小学体育)", () => {
    const m = matchColumns(band([["学校名称"], ["专任教师"], ["小学体育"]]));
    expect(m.roles.find((r) => r.column === 2)).toMatchObject({ key: "peArtTeachers", part: "pe", stage: "primary" });
  });
});
