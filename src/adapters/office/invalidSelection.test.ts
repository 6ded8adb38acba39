import { isInvalidSelection, retryOnInvalidSelection } from "./invalidSelection";
import { OfficeError } from "./OfficeError";
import { FakeExcelError } from "./testing/fakeExcel";

const refused = () => new FakeExcelError("InvalidSelection", "The current selection is invalid for this operation.");

describe("retryOnInvalidSelection", () => {
  it("tries once more after InvalidSelection and gives the second answer", async () => {
    let calls = 0;
    const step = async () => {
      calls++;
      if (calls === 1) throw refused();
      return "sheets";
    };
    await expect(retryOnInvalidSelection(step, 0)).resolves.toBe("sheets");
    expect(calls).toBe(2);
  });

  it("does not retry other failures", async () => {
    let calls = 0;
    const step = async () => {
      calls++;
      throw new FakeExcelError("AccessDenied", "protected");
    };
    await expect(retryOnInvalidSelection(step, 0)).rejects.toMatchObject({ code: "AccessDenied" });
    expect(calls).toBe(1);
  });

  it("turns a second InvalidSelection into office_workbook_inactive, the host's error as cause", async () => {
    const failure = retryOnInvalidSelection(async () => {
      throw refused();
    }, 0);
    await expect(failure).rejects.toBeInstanceOf(OfficeError);
    await expect(failure).rejects.toMatchObject({ code: "office_workbook_inactive", cause: { code: "InvalidSelection" } });
  });

  it("recognises the code only", () => {
    expect(isInvalidSelection(refused())).toBe(true);
    expect(isInvalidSelection(new Error("InvalidSelection"))).toBe(false);
    expect(isInvalidSelection(null)).toBe(false);
  });
});
