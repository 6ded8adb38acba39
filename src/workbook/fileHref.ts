/**
 * What a relative URI reference's path may not hold as it is (RFC 3986 §3.3; RFC 3987 §2.2 for
 * the IRI Excel writes): control characters, the space, `%` (it starts an escape), `#` and `?`
 * (they would start the fragment or the query), `[` `]` (reserved for IP literals) and the other
 * ASCII characters a URI never holds (`" < > ^ \` { | }`); beyond ASCII, the private-use characters
 * and U+FFF0–FFFF, which an IRI may not hold either (U+FFFE in a .rels made exceljs refuse the file).
 */
const MUST_ESCAPE = /[\p{Cc} "%<>[\]^`{|}#?\p{Co}\uFFF0-\uFFFF]/gu;
/** A lone surrogate (no character at all; XML refuses it): written as U+FFFD, the replacement character. */
const LONE_SURROGATE = /\p{Cs}/gu;

/**
 * A relative file path as a hyperlink address: `/`-separated, with only what a URI reference's
 * path must not hold percent-encoded (MUST_ESCAPE); every other character stays as it is, CJK
 * included. Excel itself writes a relative hyperlink so, an IRI: it keeps non-ASCII characters raw
 * and escapes only unsafe ASCII, and a CJK name sent as %E5… UTF-8 escapes may not be resolved to
 * the file by Excel on Chinese Windows, whose file names it does not take to be UTF-8. A relative
 * address is resolved against the folder of the workbook holding the link (LibreOffice, checked:
 * the overview's links open the results beside it).
 *
 * @example fileHref("北山县\\1#楼 [a].xlsx") // "北山县/1%23楼%20%5Ba%5D.xlsx"
 */
export function fileHref(path: string): string {
  const href = path.replace(/\\/g, "/").replace(LONE_SURROGATE, "\uFFFD").replace(MUST_ESCAPE, (c) => encodeURIComponent(c));
  // A first segment holding ":" (甲:乙.xlsx, possible outside Windows) would read as a scheme (RFC 3986 §4.2).
  return (href.split("/")[0] ?? "").includes(":") ? `./${href}` : href;
}

/**
 * The address of a link into another workbook: the file (fileHref) and, with `at`, a cell of it
 * after `#` (`Sheet!$A$12`, written absolute as the links into the source workbook are: exceljs
 * takes a bare `Sheet!A12` for a place in the workbook written). Excel opens the file at that cell.
 *
 * @example fileLinkAddress("北山县-评估结果.xlsx", "学校达标!$A$16") // "北山县-评估结果.xlsx#学校达标!$A$16"; fileLinkAddress("甲 县.xlsx") // "甲%20县.xlsx"
 */
export function fileLinkAddress(file: string, at?: string): string {
  return at === undefined ? fileHref(file) : `${fileHref(file)}#${at}`;
}
