import { stillOld } from "./replaceSheets";
import { writingName } from "./sheetTags";
import { FakeExcel } from "./testing/fakeExcel";

describe("replaceSheets: the old result sheets, asked again", () => {
  it("keeps those still there under the name the survey found: not one deleted since, nor one renamed since", async () => {
    const excel = new FakeExcel();
    excel.model.addSheet("学校");
    const [summary, coefficients, schools] = ["汇总", "差异系数", "学校达标"].map((n) => excel.model.addSheet(n));
    const old = [summary, coefficients, schools].map((s) => ({ id: s?.id ?? "", name: s?.name ?? "" }));
    excel.model.deleteSheet(coefficients ?? excel.model.sheets[0]!);
    if (schools) schools.name = "学校达标 上次";
    const kept = await excel.run(async (context) => (await stillOld(context, old)).map((o) => o.ref.name));
    expect(kept).toEqual(["汇总"]);
  });

  it("sends no request when there are none (a first run)", async () => {
    const excel = new FakeExcel();
    await excel.run((context) => stillOld(context, []));
    expect(excel.syncs).toBe(0);
  });

  it("names a sheet being written after its run and place: ~yzjh~<run>~<index>", () => {
    expect(writingName("k3j2h5g8", 2)).toBe("~yzjh~k3j2h5g8~2");
  });
});
