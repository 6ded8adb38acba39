import type { Issue } from "../../engine/types";
import { bySeverity } from "./bySeverity";

const issue = (code: string, severity: Issue["severity"]): Issue => ({ code, severity, cell: null, params: {} });

describe("bySeverity", () => {
  it("puts errors first, then warnings, then notes, each in the order found", () => {
    const found = [issue("a", "info"), issue("b", "error"), issue("c", "warning"), issue("d", "error"), issue("e", "info")];
    expect(bySeverity(found).map((i) => i.code)).toEqual(["b", "d", "c", "a", "e"]);
  });

  it("keeps a list of one kind as it is, and an empty one empty", () => {
    expect(bySeverity([issue("x", "info"), issue("y", "info")]).map((i) => i.code)).toEqual(["x", "y"]);
    expect(bySeverity([])).toEqual([]);
  });
});
