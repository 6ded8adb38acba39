import { OfficeError } from "../adapters/office/OfficeError";
import { failureText, during } from "./failure";
import { goToCell, goToResult, SheetGone } from "./goToSheet";

const notFound = () => new OfficeError("office_navigate_failed", { target: "x", reason: "ItemNotFound" }, { cause: Object.assign(new Error("ItemNotFound: no sheet"), { code: "ItemNotFound" }) });

describe("goToResult / goToCell", () => {
  it("says a result sheet is gone when Excel finds no sheet of its name", async () => {
    const failure = await during("navigating", () => goToResult("汇总 (2)", async () => Promise.reject(notFound()))).catch((e: unknown) => e);
    expect(failureText(failure, "zh")).toBe("无法转到该工作表或单元格：结果工作表“汇总 (2)”已改名或删除（改名后的表作为您的副本保留，不再更新）；请重新评估，以写出新的结果工作表");
  });

  it("names the sheet of a quoted cell reference", async () => {
    const failure = await goToCell("'Tom''s 学校'!B6", async () => Promise.reject(notFound())).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SheetGone);
    expect((failure as SheetGone).params).toEqual({ sheet: "Tom's 学校", cell: "'Tom''s 学校'!B6" });
  });

  it("passes other failures on as they are, and does nothing when the sheet is there", async () => {
    const denied = Object.assign(new Error("AccessDenied"), { code: "AccessDenied" });
    await expect(goToResult("汇总", async () => Promise.reject(denied))).rejects.toBe(denied);
    await expect(goToCell("学校!B6", async () => undefined)).resolves.toBeUndefined();
  });
});
