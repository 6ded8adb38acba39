import { byId } from "./dom";
import type { PaneContext } from "./paneContext";

/** The page's language, title and fixed texts (data-t) in the pane's language. */
export function translatePane(ctx: PaneContext): void {
  document.documentElement.lang = ctx.env.lang === "en" ? "en" : "zh-CN";
  document.title = ctx.t("addin_title");
  byId("title").textContent = ctx.t("addin_title");
  byId("subtitle").textContent = ctx.t("addin_subtitle");
  document.querySelectorAll<HTMLElement>("[data-t]").forEach((node) => (node.textContent = ctx.t(node.dataset.t ?? "")));
}

/** The line naming the host's features the pane goes without; hidden when none is missing. */
export function showMissingFeatures(ctx: PaneContext): void {
  const features = byId("features");
  features.hidden = ctx.env.missing.length === 0;
  const list = ctx.env.missing.map((f) => ctx.t(`addin_feature_${f}`)).join(ctx.t("out_sep_list"));
  features.textContent = features.hidden ? "" : ctx.t("addin_missing_features", { features: list });
}
