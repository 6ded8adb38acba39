import type { CachedSource } from "../addin/cachedSource";
import { byId } from "./dom";
import { titleFromOption } from "./titleFromOption";

/** What the pane's controls ask of it. */
export interface PaneActions {
  changeSheet(sheet: string): Promise<void>;
  changeRange(range: string | null): Promise<void>;
  repropose(): Promise<void>;
  wholeSheet(): Promise<void>;
  refresh(): Promise<void>;
  resetFixes(): Promise<void>;
  changeProfile(profileId: string): Promise<void>;
  changeYear(value: string): Promise<void>;
  evaluate(): Promise<void>;
  /** 全部展开更正 / 收起 above the mapping table. */
  toggleAllRows(): void;
}

/** Binds the pane's controls to `actions`, each list's title to its choice, and forgets what was read when the user comes back. */
export function bindControls(actions: PaneActions, source: CachedSource): void {
  byId<HTMLSelectElement>("sheet").addEventListener("change", (e) => void actions.changeSheet((e.target as HTMLSelectElement).value));
  byId<HTMLInputElement>("range").addEventListener("change", (e) => void actions.changeRange((e.target as HTMLInputElement).value.trim() || null));
  byId("use-selection").addEventListener("click", () => void actions.repropose());
  byId("use-used").addEventListener("click", () => void actions.wholeSheet());
  byId("detect").addEventListener("click", () => void actions.refresh());
  byId("mapping-open-all").addEventListener("click", () => actions.toggleAllRows());
  byId("mapping-reset").addEventListener("click", () => void actions.resetFixes());
  byId<HTMLSelectElement>("profile").addEventListener("change", (e) => void actions.changeProfile((e.target as HTMLSelectElement).value));
  byId<HTMLSelectElement>("year").addEventListener("change", (e) => void actions.changeYear((e.target as HTMLSelectElement).value));
  byId("evaluate").addEventListener("click", () => void actions.evaluate());
  for (const id of ["sheet", "profile", "year"]) byId(id).addEventListener("change", (e) => titleFromOption(e.target as HTMLSelectElement));
  forgetOnReturn(source);
}

/**
 * Forgets what was read whenever the user comes back to the pane: to edit the grid they have to
 * leave it, and a mapping fixed on the sheet as it was would be applied to the sheet as it is.
 */
function forgetOnReturn(source: CachedSource): void {
  const forget = () => source.clear();
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState !== "hidden") forget();
  });
  if (typeof window !== "undefined") window.addEventListener("focus", forget);
}
