/** Opens a page outside the pane, in the user's browser. */
export type OpenBrowser = (url: string) => void;

/** The part of Office.context the help link asks: the requirement sets, and the browser window of OpenBrowserWindowApi 1.1. */
export interface BrowserContext {
  readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  readonly ui?: { openBrowserWindow?: (url: string) => void };
}

/**
 * Office's own way to open a page in the user's browser (Office.context.ui.openBrowserWindow),
 * where the host supports OpenBrowserWindowApi 1.1; null elsewhere (an older host, the stand-in
 * of the end-to-end test), where the link's own target="_blank" opens it.
 *
 * @example officeBrowser({ requirements: { isSetSupported: () => true }, ui: { openBrowserWindow } }) // (url) => openBrowserWindow(url)
 * @example officeBrowser({ requirements: { isSetSupported: () => false }, ui: {} }) // null
 */
export function officeBrowser(context: BrowserContext | undefined): OpenBrowser | null {
  const open = context?.ui?.openBrowserWindow;
  if (open === undefined || !context?.requirements.isSetSupported("OpenBrowserWindowApi", "1.1")) return null;
  return (url) => open.call(context.ui, url);
}

/**
 * The header's 帮助 link (href help.html, the page the manifest's SupportUrl names) opened by
 * `open` when there is one: a link with target="_blank" in a task pane may open inside Office's
 * own web view, or not at all, on some hosts. `base`: the pane's address, which help.html sits
 * beside, asked on the click.
 *
 * @example bindHelpLink(a, open, () => "https://localhost:3000/taskpane.html") // a click opens "https://localhost:3000/help.html"
 */
export function bindHelpLink(link: HTMLAnchorElement, open: OpenBrowser | null, base: () => string): void {
  if (open === null) return;
  link.addEventListener("click", (event) => {
    event.preventDefault();
    open(new URL(link.getAttribute("href") ?? "help.html", base()).href);
  });
}
