import { pendingHeld, type HeldFix } from "../addin/heldFixes";
import { roleText } from "../addin/roleChanges";
import { listText } from "../messages/listText";
import { columnLetters } from "../workbook/address";
import { parseFixKey } from "../workbook/read/matchColumns";
import { byId, el, focusDropped } from "./dom";
import type { PaneContext } from "./paneContext";

/** What the user can do with a held correction (heldFixes.ts). */
export interface HeldActions {
  move(held: HeldFix): void;
  drop(held: HeldFix): void;
}

/**
 * Shows, at the top of the pane, each correction held for the draft's sheet and range and not
 * decided on since (pendingHeld: the user gave its role to another column in the table): why it is
 * not applied, where its header is now, and the buttons that move it there or discard it. Hidden
 * when none is held. It is not the notice, which each action clears: it stays until the user decides.
 */
export function showHeld(ctx: PaneContext, actions: HeldActions): void {
  const draft = ctx.state.draft;
  const shown = pendingHeld(draft, ctx.state.held, draft.sheet, draft.range);
  const box = byId("held-fixes");
  box.replaceChildren(...shown.map((h) => heldParagraph(ctx, h, actions)));
  box.hidden = shown.length === 0;
}

/** One held correction's text and buttons. */
function heldParagraph(ctx: PaneContext, held: HeldFix, actions: HeldActions): HTMLElement {
  const p = el("div", { text: heldText(ctx, held) }); // not a p: its margins would pad the notice box
  const buttons = el("span", { className: "actions" });
  if (held.to !== null) buttons.append(heldButton(ctx.t("addin_held_fix_move", { to: columnLetters(held.to) }), () => actions.move(held)));
  buttons.append(heldButton(ctx.t("addin_held_fix_drop"), () => actions.drop(held)));
  p.append(el("br"), buttons);
  return p;
}

/**
 * Which held correction's line has the keyboard's focus (on one of its buttons), by its place among
 * the lines; null when none has. Deciding on one draws the lines anew (or hides them), which drops
 * the focus to the page: refocusHeld gives it back.
 *
 * @example focus on the second line's 放弃该更正 → 1
 */
export function focusedHeld(): number | null {
  const active = document.activeElement;
  const lines = Array.from(byId("held-fixes").querySelectorAll("div"));
  const at = lines.findIndex((line) => Array.from(line.querySelectorAll("button")).some((b) => b === active));
  return at < 0 ? null : at;
}

/**
 * After the held correction whose line had the focus (`at`, focusedHeld) was moved or discarded,
 * and only when the focus fell to the page: to the first button of the line now in its place (or
 * the last line), so that a keyboard user goes on with the next one; with none left, where
 * `otherwise` puts it (the table's row of the column concerned), not back at the top of the pane.
 *
 * @example two held, the first discarded by keyboard → the focus on the second's first button
 */
export function refocusHeld(at: number | null, otherwise: () => void): void {
  if (at === null || !focusDropped()) return;
  const lines = Array.from(byId("held-fixes").querySelectorAll("div"));
  const line = lines[Math.min(at, lines.length - 1)];
  const button = line?.querySelector<HTMLButtonElement>("button");
  if (button) button.focus();
  else otherwise();
}

function heldButton(text: string, click: () => void): HTMLButtonElement {
  const button = el("button", { className: "secondary", text });
  button.type = "button";
  button.addEventListener("click", click);
  return button;
}

/**
 * The held correction said: saved (the workbook's settings hold it, as the ribbon's 评估 reads
 * them: said as the ribbon says it) or made in the pane since, what it set the column to, and
 * where its header is now.
 *
 * @example heldText(ctx, { column: 13, was: "教学及辅助用方面积（㎡）", now: "体育、艺术教师/美术", to: 14, roles: ["teachingArea"], … }) // "N 列的表头已由“教学及辅助用方面积（㎡）”变为“体育、艺术教师/美术”，保存的列更正（N 列设为“教学及辅助用房面积”）是为原表头设置的，未予使用；该表头现在在 O 列。"
 */
export function heldText(ctx: PaneContext, held: HeldFix): string {
  const lang = ctx.env.lang;
  const roles = held.roles.map((key) => roleText(parseFixKey(key), lang));
  const role = listText(held.ignored ? [...roles, roleText(null, lang)] : roles, lang);
  const where = held.to === null ? ctx.t("addin_held_fix_lost") : ctx.t("addin_held_fix_found", { to: columnLetters(held.to) });
  const code = held.saved ? "addin_held_fix_saved" : "addin_held_fix";
  return ctx.t(code, { column: columnLetters(held.column), was: held.was, now: held.now, role, where });
}
