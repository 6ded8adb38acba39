/**
 * The help page's own style, inline: the page opens outside Office, offline, and shares no file
 * with the pane (taskpane.css changes with the pane). System fonts only. Below 40em a table's rows
 * stack, each cell under its column's head (data-label), so that the settings list reads at 320 px
 * without a sideways scroll; long paths break anywhere.
 */
export const HELP_STYLE = `
body { margin: 0; font-family: "Segoe UI", "Microsoft YaHei", "PingFang SC", system-ui, sans-serif; font-size: 14px; line-height: 1.6; color: #1f1f1f; background: #fff; }
main { max-width: 60em; margin: 0 auto; padding: 12px 16px 32px; }
h1 { font-size: 22px; line-height: 30px; margin: 8px 0 12px; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid #d0d0d0; padding-bottom: 4px; }
h3 { font-size: 15px; margin: 18px 0 6px; }
section[lang="en"] { border-top: 3px solid #107c41; margin-top: 40px; }
p.lang { text-align: right; margin: 8px 0 0; }
a { color: #0f6cbd; }
code { font-family: Consolas, "Courier New", monospace; font-size: 13px; background: #f3f3f3; padding: 0 3px; border-radius: 2px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { border: 1px solid #d0d0d0; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f0f6f2; }
td code + code { margin-left: 4px; }
@media (min-width: 40.01em) { table.settings td:nth-child(2) { width: 32%; } }
ul, ol { padding-left: 1.4em; }
li { margin: 2px 0; }
@media (max-width: 40em) {
  main { padding: 8px 10px 24px; }
  code { overflow-wrap: anywhere; }
  table, thead, tbody, tr, th, td { display: block; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  tr { border: 1px solid #d0d0d0; margin: 0 0 8px; padding: 4px 6px; }
  td { border: none; padding: 1px 0; }
  td::before { content: attr(data-label) "："; color: #555; }
  section[lang="en"] td::before { content: attr(data-label) ": "; }
  td:first-child { font-weight: 600; }
  td:first-child::before, section[lang="en"] td:first-child::before { content: none; }
}
`;
