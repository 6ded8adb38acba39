/**
 * Gives a list its chosen option's full text as its title (the tooltip): at 320 px the closed list
 * clips it (国家标准（教督〔2017〕6号 without its bracket). Set wherever the list or its value is set.
 */
export function titleFromOption(select: HTMLSelectElement): void {
  select.title = select.options[select.selectedIndex]?.textContent ?? "";
}
