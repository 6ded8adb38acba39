import type { Issue } from "../../engine/types";
import { retypeJoined } from "./retypeJoined";

const at = (code: string, cell: string | null, type = "nine_year"): Issue => ({ code, severity: "warning", cell, params: { name: "白马镇中心校（初中部）", text: "中心校", type } });

describe("retypeJoined", () => {
  it("re-says the type at the joined rows' type cells (0-based rows 43, 44 are sheet rows 44, 45)", () => {
    const issues = [at("read_type_text_unknown", "学校基本情况!C44"), at("read_type_word_from_name", "学校基本情况!C45")];
    retypeJoined(issues, "学校基本情况", [43, 44], "complete_middle");
    expect(issues.map((i) => i.params["type"])).toEqual(["complete_middle", "complete_middle"]);
  });

  it("leaves other rows, other sheets, cell-less issues and other codes as they are", () => {
    const issues = [at("read_type_text_unknown", "学校基本情况!C46"), at("read_type_text_unknown", "其他!C44"), at("read_type_text_unknown", null), at("read_type_from_stage_text", "学校基本情况!C44")];
    const before = issues.map((i) => ({ ...i }));
    retypeJoined(issues, "学校基本情况", [43, 44], "complete_middle");
    expect(issues).toEqual(before);
  });

  it("does nothing to an empty list", () => {
    const issues: Issue[] = [];
    retypeJoined(issues, "S", [0], "nine_year");
    expect(issues).toEqual([]);
  });
});
