import { BUILT_IN_PROFILES, builtInProfile } from "../profiles/resolveProfile";
import { byId, option } from "./dom";
import type { PaneContext, PaneState } from "./paneContext";
import { titleFromOption } from "./titleFromOption";

/** The profile list, the draft's selected, then its years (fillYears). */
export function fillProfiles(ctx: PaneContext): void {
  const profiles = byId<HTMLSelectElement>("profile");
  const ids = Object.keys(BUILT_IN_PROFILES);
  profiles.replaceChildren(...ids.map((id) => option(id, builtInProfile(id).name[ctx.env.lang], id === ctx.state.draft.profileId)));
  titleFromOption(profiles);
  fillYears(ctx);
}

/**
 * The years after 最新: those the draft's profile sets a target for and those the workbook's school
 * sheets state (a year chosen picks their sheets, as the CLI's --year does), with the draft's own,
 * ascending; the draft's selected.
 */
export function fillYears(ctx: PaneContext): void {
  const year = ctx.state.draft.year;
  const years = [...new Set([...knownYears(ctx.state), ...(year === null ? [] : [year])])].sort((a, b) => a - b);
  const opts = [option("", latestText(ctx), year === null), ...years.map((y) => option(String(y), String(y), y === year))];
  byId<HTMLSelectElement>("year").replaceChildren(...opts);
  titleFromOption(byId<HTMLSelectElement>("year"));
}

/**
 * The entry for no year chosen: the sheet title's year, else the profile's latest target year, as
 * the engine takes it (passingShare latestTarget), named; a profile with no targets has none to name.
 * @example latestText(四川省 with targets 2023–2025) // "按表格标题（无则按 2025 年目标）"; national // "按表格标题"
 */
function latestText(ctx: PaneContext): string {
  const targets = builtInProfile(ctx.state.draft.profileId).targets.map((t) => t.year);
  return targets.length === 0 ? ctx.t("addin_year_latest") : ctx.t("addin_year_latest_target", { year: String(Math.max(...targets)) });
}

/** Whether `year` is one the draft's profile sets a target for, or one a school sheet states. */
export function yearKnown(state: Pick<PaneState, "draft" | "sheetYears">, year: number): boolean {
  return knownYears(state).includes(year);
}

function knownYears(state: Pick<PaneState, "draft" | "sheetYears">): number[] {
  return [...builtInProfile(state.draft.profileId).targets.map((t) => t.year), ...state.sheetYears];
}
