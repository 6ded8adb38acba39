import { OfficeError, hostReason } from "../adapters/office/OfficeError";
import { during, failureText, innermostMessage, StepFailure } from "./failure";

describe("failure texts", () => {
  it("takes the innermost message of the cause chain", () => {
    const office = Object.assign(new Error("The workbook is protected."), { code: "AccessDenied" });
    expect(innermostMessage(new Error("writing the result sheets failed", { cause: office }))).toBe("The workbook is protected.");
    expect(innermostMessage(new Error("saving the add-in settings failed", { cause: { code: 5001, message: "Internal error" } }))).toBe("Internal error");
    expect(innermostMessage(new Error("top", { cause: "not an error" }))).toBe("not an error");
    expect(innermostMessage("plain")).toBe("plain");
  });

  it("words a step's failure from the catalogue in the pane's language, with the reason as detail", () => {
    const failure = new StepFailure("saving", new Error("outer", { cause: new Error("磁盘已满。") }));
    expect(failureText(failure, "zh")).toBe("保存评估设置失败：磁盘已满");
    expect(failureText(failure, "en")).toBe("Saving the settings failed: 磁盘已满");
    expect(failureText(new Error("x"), "en")).toBe("Error: x");
  });

  it("words the Office adapter's own failures from the catalogue, with the host's reason inside", () => {
    const host = Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" });
    const failure = new StepFailure("reading", new OfficeError("office_read_failed", { sheet: "学校", reason: hostReason(host) }, { cause: host }));
    expect(failureText(failure, "zh")).toBe("读取工作簿失败：无法读取工作表“学校”（The requested resource doesn't exist.）");
    expect(failureText(failure, "en")).toBe("Reading the workbook failed: Could not read the sheet “学校” (The requested resource doesn't exist.)");
  });

  it("marks what a step throws with the step, keeping an inner step's mark", async () => {
    await expect(during("writing", async () => Promise.reject(new Error("no")))).rejects.toMatchObject({ step: "writing" });
    const inner = during("reading", async () => Promise.reject(new Error("no")));
    await expect(during("writing", () => inner)).rejects.toMatchObject({ step: "reading" });
    await expect(during("writing", async () => 3)).resolves.toBe(3);
  });
});
