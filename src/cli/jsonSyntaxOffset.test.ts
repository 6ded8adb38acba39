import fc from "fast-check";
import { jsonSyntaxOffset } from "./jsonSyntaxOffset";

/** JSON.parse's own verdict: null when it accepts the text, else its message. */
function parserError(text: string): string | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe("jsonSyntaxOffset", () => {
  it("points at the mistakes Node 20's parser gives no position for (offsets counted by hand)", () => {
    // {"extends": 'national-2017'}: { is 0, "extends" 1–9, : 10, space 11, the quote 12.
    expect(jsonSyntaxOffset(`{"extends": 'national-2017'}`)).toBe(12);
    // {"extends": x}: the x is at 12 too.
    expect(jsonSyntaxOffset(`{"extends": x}`)).toBe(12);
    // [1,]: the ] after the comma, 3.
    expect(jsonSyntaxOffset("[1,]")).toBe(3);
    // {"a":tru}: t r u at 5–7, the } at 8 where "e" should be.
    expect(jsonSyntaxOffset(`{"a":tru}`)).toBe(8);
    // A comment (JSON has none): the / at 4.
    expect(jsonSyntaxOffset("{\n  // 本县规则\n}")).toBe(4);
    // {a:1}: an unquoted name at 1.
    expect(jsonSyntaxOffset("{a:1}")).toBe(1);
  });

  it("points at the end of a text that stops early, and at what follows a complete value", () => {
    expect(jsonSyntaxOffset("")).toBe(0);
    expect(jsonSyntaxOffset('{"a":\n')).toBe(6);
    expect(jsonSyntaxOffset('"abc')).toBe(4);
    expect(jsonSyntaxOffset("{} {}")).toBe(3);
  });

  it("refuses what JSON.parse refuses in strings and numbers: a raw line break, a bad escape, 01, 1., -", () => {
    expect(jsonSyntaxOffset('"a\nb"')).toBe(2);
    expect(jsonSyntaxOffset('"\\x"')).toBe(2);
    expect(jsonSyntaxOffset('"\\u12g4"')).toBe(5);
    expect(jsonSyntaxOffset("01")).toBe(1);
    expect(jsonSyntaxOffset("1.")).toBe(2);
    expect(jsonSyntaxOffset("1e+")).toBe(3);
    expect(jsonSyntaxOffset("-")).toBe(1);
  });

  it("accepts valid JSON, with all four kinds of whitespace and every escape", () => {
    expect(jsonSyntaxOffset(' \t\r\n{"a": [1, -0.5e+3, true, false, null, "\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9"], "b": {}}\n')).toBeNull();
    expect(jsonSyntaxOffset("[]")).toBeNull();
    expect(jsonSyntaxOffset("0")).toBeNull();
  });

  it("says nothing (null) rather than a wrong place when the text nests too deeply to scan", () => {
    expect(jsonSyntaxOffset("[".repeat(100_000))).toBeNull();
  });

  it("agrees with JSON.parse on which texts are JSON, and on the position wherever the parser names one", () => {
    const letters = fc.constantFrom(...'{}[]",:. \n\t-+eE0129truefalsn\\u\'x/\u0001'.split(""));
    const texts = fc.oneof(
      fc.json(),
      fc.json().map((json) => json.slice(0, -1)),
      fc.array(letters, { maxLength: 14 }).map((chars) => chars.join("")),
      fc.tuple(fc.json(), fc.nat(40), letters).map(([json, at, ch]) => json.slice(0, at) + ch + json.slice(at)),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const error = parserError(text);
        const offset = jsonSyntaxOffset(text);
        expect(offset === null).toBe(error === null);
        const position = error === null ? undefined : /position (\d+)/.exec(error)?.[1];
        if (position !== undefined) expect(offset).toBe(Number(position));
      }),
      { numRuns: 20_000 },
    );
  });
});
