/**
 * Text made safe inside XML or HTML, as element text or a double-quoted attribute: & < > and "
 * escaped. One for the help page (src/help) and the chart parts of the command line's workbook
 * (src/adapters/xlsx), whose titles and sheet names hold Chinese, quotes and ampersands: a raw & or <
 * makes a chart part unreadable to Excel.
 * @example markupText('A&B <"县">') // 'A&amp;B &lt;&quot;县&quot;&gt;'
 */
export function markupText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
