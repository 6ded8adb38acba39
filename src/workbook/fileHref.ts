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
