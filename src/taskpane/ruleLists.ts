import { BUILT_IN_PROFILES, builtInProfile } from "../profiles/resolveProfile";
import { byId, option } from "./dom";
import type { PaneContext } from "./paneContext";
import { titleFromOption } from "./titleFromOption";

/** The profile list, the draft's selected, then its years (fillYears). */
export function fillProfiles(ctx: PaneContext): void {
  const profiles = byId<HTMLSelectElement>("profile");
  const ids = Object.keys(BUILT_IN_PROFILES);
  profiles.replaceChildren(...ids.map((id) => option(id, builtInProfile(id).name[ctx.env.lang], id === ctx.state.draft.profileId)));
  titleFromOption(profiles);
  fillYears(ctx);
}

/** The years of the draft's profile after 最新, the draft's selected; a year the profile lacks gives way to 最新. */
export function fillYears(ctx: PaneContext): void {
  const state = ctx.state;
  const years = builtInProfile(state.draft.profileId).targets.map((t) => t.year);
  if (state.draft.year !== null && !years.includes(state.draft.year)) state.draft = { ...state.draft, year: null };
  const opts = [option("", ctx.t("addin_year_latest"), state.draft.year === null), ...years.map((y) => option(String(y), String(y), y === state.draft.year))];
  byId<HTMLSelectElement>("year").replaceChildren(...opts);
  titleFromOption(byId<HTMLSelectElement>("year"));
}
