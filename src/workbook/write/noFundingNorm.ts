import type { ItemResult } from "../../engine/types";
import { message } from "../../messages/catalogue";
import type { FrontEnd, Lang } from "../../messages/types";
import { settingMeaning } from "../../profiles/settingNames";
import type { Profile } from "../../profiles/schema";

/**
 * Whether G6 went unjudged because the profile sets no per-student funding norm (national-2017:
 * each province sets its own, rules.md §4 item 6) — to be said as the norm lacking, not the data:
 * the school rows may well give their funding.
 * @example noFundingNorm(G6 not assessed with basis "none", national-2017) // true; (…, sichuan-guanghan-2024) // false
 */
export function noFundingNorm(item: ItemResult, profile: Profile | undefined): boolean {
  return item.code === "G6" && item.basis === "none" && profile?.guarantee.funding.norm === null;
}

/**
 * What to do about a G6 without a norm (out_basis_no_funding_norm), the 规则 rows it advises named
 * as the reader takes them (settingMeaning, the help page's 含义): written into the text, a renamed
 * setting would leave the advice naming a row the reader refuses.
 * @example noFundingNormAdvice("zh") // "…（“小学生均公用经费标准（元/生·年）”和“初中生均公用经费标准（元/生·年）”两行；也可写路径 …）…"
 */
export function noFundingNormAdvice(lang: Lang, frontEnd?: FrontEnd): string {
  const names = { primary: settingMeaning("guarantee.funding.norm.primary", lang), junior: settingMeaning("guarantee.funding.norm.junior", lang) };
  return message("out_basis_no_funding_norm", names, lang, frontEnd);
}
