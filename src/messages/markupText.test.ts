import { markupText } from "./markupText";

describe("markupText", () => {
  it("escapes & < > and double quotes, and leaves Chinese and single quotes as they are", () => {
    expect(markupText('A&B <"县"> \'x\'')).toBe("A&amp;B &lt;&quot;县&quot;&gt; 'x'");
    expect(markupText("&amp;")).toBe("&amp;amp;");
    expect(markupText("")).toBe("");
  });
});
