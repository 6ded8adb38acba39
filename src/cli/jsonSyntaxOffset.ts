/** Where the scan stopped: the offset of the first character that cannot continue valid JSON. */
class Stop {
  constructor(readonly at: number) {}
}

interface Cursor {
  readonly text: string;
  at: number;
}

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= "0" && ch <= "9";
const isHex = (ch: string | undefined): boolean => ch !== undefined && /^[0-9a-fA-F]$/.test(ch);

/** JSON's whitespace is these four only (RFC 8259 §2); a BOM or a non-breaking space is an error. */
function skipSpace(c: Cursor): void {
  while (c.text[c.at] === " " || c.text[c.at] === "\t" || c.text[c.at] === "\n" || c.text[c.at] === "\r") c.at++;
}

function expect(c: Cursor, ch: string): void {
  if (c.text[c.at] !== ch) throw new Stop(c.at);
  c.at++;
}

function digits(c: Cursor): void {
  if (!isDigit(c.text[c.at])) throw new Stop(c.at);
  while (isDigit(c.text[c.at])) c.at++;
}

/** RFC 8259 §6: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?; a leading 0 ends the integer part, so `01` stops at the 1. */
function number(c: Cursor): void {
  if (c.text[c.at] === "-") c.at++;
  if (c.text[c.at] === "0") c.at++;
  else digits(c);
  if (c.text[c.at] === ".") {
    c.at++;
    digits(c);
  }
  if (c.text[c.at] !== "e" && c.text[c.at] !== "E") return;
  c.at++;
  if (c.text[c.at] === "+" || c.text[c.at] === "-") c.at++;
  digits(c);
}

function escape(c: Cursor): void {
  const ch = c.text[c.at];
  if (ch === undefined || !'"\\/bfnrtu'.includes(ch)) throw new Stop(c.at);
  c.at++;
  for (let i = 0; ch === "u" && i < 4; i++, c.at++) if (!isHex(c.text[c.at])) throw new Stop(c.at);
}

/** RFC 8259 §7: no raw control characters (a line break inside quotes), only the listed escapes. */
function string(c: Cursor): void {
  expect(c, '"');
  for (;;) {
    const ch = c.text[c.at];
    if (ch === undefined || ch < " ") throw new Stop(c.at);
    c.at++;
    if (ch === '"') return;
    if (ch === "\\") escape(c);
  }
}

/** Members or elements after the opening bracket, separated by commas, with none after the last. */
function items(c: Cursor, close: string, item: (c: Cursor) => void): void {
  c.at++;
  skipSpace(c);
  if (c.text[c.at] !== close) {
    item(c);
    skipSpace(c);
    while (c.text[c.at] !== close) {
      expect(c, ",");
      item(c);
      skipSpace(c);
    }
  }
  c.at++;
}

function member(c: Cursor): void {
  skipSpace(c);
  string(c);
  skipSpace(c);
  expect(c, ":");
  value(c);
}

function value(c: Cursor): void {
  skipSpace(c);
  const ch = c.text[c.at];
  if (ch === "{") return items(c, "}", member);
  if (ch === "[") return items(c, "]", value);
  if (ch === '"') return string(c);
  if (ch === "-" || isDigit(ch)) return number(c);
  const word = ["true", "false", "null"].find((w) => w[0] === ch);
  if (word === undefined) throw new Stop(c.at);
  for (const letter of word) expect(c, letter);
}

/**
 * The offset of the first character that makes `text` invalid JSON (RFC 8259), as JSON.parse
 * would reject it; text.length when it ends too early; null when it is valid. Node 20's parser
 * names no offset for an unexpected token ("Unexpected token ''', … is not valid JSON"), which
 * is exactly the common mistakes: single quotes, an unquoted word, a comma before `]`. Null
 * also when the text nests too deeply for this recursive scan (no place is better than a wrong one).
 * @example jsonSyntaxOffset(`{"extends": 'national-2017'}`) // 12, the first '
 * @example jsonSyntaxOffset("[1,]") // 3, the ]
 */
export function jsonSyntaxOffset(text: string): number | null {
  const c: Cursor = { text, at: 0 };
  try {
    value(c);
    skipSpace(c);
    return c.at < text.length ? c.at : null;
  } catch (error) {
    if (error instanceof Stop) return error.at;
    if (error instanceof RangeError) return null;
    throw error;
  }
}
