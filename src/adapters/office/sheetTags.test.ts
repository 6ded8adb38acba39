import { markerFormula, markOf, newRunId, parseMarker, type Marker } from "./sheetTags";
import { nameValue } from "./testing/fakeModel";

const marker: Marker = { role: "summary", run: "k3j2h5g8", name: "汇总 \"甲\"" };

describe("sheet markers", () => {
  it("reads a marker back from the custom property's text and from the name's value or formula", () => {
    expect(parseMarker(JSON.stringify(marker))).toEqual(marker);
    const formula = markerFormula(marker);
    expect(formula.startsWith('="{""role"":""summary""')).toBe(true);
    expect(parseMarker(nameValue(formula))).toEqual(marker);
    expect(parseMarker(formula)).toEqual(marker);
  });

  it("reads the id tag of the version before, and nothing else", () => {
    expect(parseMarker('{"role":"schools","id":"{A}"}')).toEqual({ role: "schools", id: "{A}" });
    for (const text of [null, 42, "", "汇总", '{"role":"boss","run":"x","name":"y"}', '{"role":"summary"}', "=A1"]) expect(parseMarker(text)).toBeNull();
  });

  it("replaces a sheet only under the name its marker gives, or under a writing name; a copy or a renamed sheet stays", () => {
    const sheet = (name: string, id = "{1}") => ({ name, id });
    // The run that wrote it: which sheets came from the same run (newlyRenamed).
    expect(markOf(sheet("汇总 \"甲\""), [marker, null])).toEqual({ result: true, replaceable: true, run: "k3j2h5g8" });
    // Kept, with what it was written as: the role and the marker's name; and its run.
    expect(markOf(sheet("汇总 \"甲\" (2)"), [marker])).toEqual({ result: true, replaceable: false, renamedFrom: { role: "summary", name: "汇总 \"甲\"" }, run: "k3j2h5g8" });
    expect(markOf(sheet("~yzjh~k3j2h5g8~0"), [null, marker])).toEqual({ result: true, replaceable: true, run: "k3j2h5g8" });
    expect(markOf(sheet("汇总"), [null, null])).toEqual({ result: false, replaceable: false });
    // Id tags: replaceable on the sheet whose id they name, a result sheet either way.
    expect(markOf(sheet("汇总", "{1}"), [{ role: "summary", id: "{1}" }])).toEqual({ result: true, replaceable: true });
    expect(markOf(sheet("汇总", "{2}"), [{ role: "summary", id: "{1}" }])).toEqual({ result: true, replaceable: false });
    // Renamed by the user, the sheet keeps its id: only under its role's name (as the version before numbered a taken one) is it replaced.
    expect(markOf(sheet("汇总2023", "{1}"), [{ role: "summary", id: "{1}" }])).toEqual({ result: true, replaceable: false });
    expect(markOf(sheet("汇总备份", "{1}"), [{ role: "summary", id: "{1}" }])).toEqual({ result: true, replaceable: false });
    expect(markOf(sheet("差异系数", "{1}"), [{ role: "summary", id: "{1}" }])).toEqual({ result: true, replaceable: false });
    expect(markOf(sheet("汇总 (2)", "{1}"), [{ role: "summary", id: "{1}" }])).toEqual({ result: true, replaceable: true });
    expect(markOf(sheet("summary", "{1}"), [{ role: "summary", id: "{1}" }])).toEqual({ result: true, replaceable: true });
  });

  it("makes run tokens of eight letters and digits that differ", () => {
    const tokens = new Set(Array.from({ length: 50 }, newRunId));
    expect(tokens.size).toBe(50);
    for (const t of tokens) expect(t).toMatch(/^[a-z0-9]{8}$/);
  });
});
