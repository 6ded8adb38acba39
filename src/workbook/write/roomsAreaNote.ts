import type { SchoolGuarantee, StageArea } from "../../engine/types";
import { message } from "../../messages/catalogue";
import { listText } from "../../messages/listText";
import type { Lang } from "../../messages/types";
import { stageLabel } from "./writeLabels";

function stageArea(a: StageArea, lang: Lang): string {
  return message("out_stage_area", { stage: stageLabel(a.stage, lang), area: a.area }, lang);
}

/**
 * The 说明 of a combined school whose shared music and art rooms were judged at the larger of its
 * stages' small-rural areas (SchoolGuarantee.roomsStageArea; rules.md §4 item 3): the area applied,
 * its stage, and the smaller ones not applied, for the kinds of room judged by it (one whose compliant
 * rooms the bureau stated is not named); null for any other school.
 * @example roomsAreaNote(小河学校 with { applied: { stage: "junior", area: 61 }, others: [{ stage: "primary", area: 54 }] }, "zh")
 * // "音乐、美术教室按初中的农村小规模学校面积 61 ㎡ 判定：各学段共用教室，取较大者（小学 54 ㎡ 未采用）"; in en "… at the junior secondary small-rural area … (primary 54 m² not applied)"
 */
export function roomsAreaNote(g: SchoolGuarantee, lang: Lang): string | null {
  const rooms = g.roomsStageArea;
  if (rooms === null) return null;
  const others = listText(rooms.others.map((a) => stageArea(a, lang)), lang);
  const kinds = message(`out_rooms_kinds_${rooms.kinds.join("_")}`, {}, lang);
  return message("out_rooms_stage_area", { rooms: kinds, stage: stageLabel(rooms.applied.stage, lang), area: rooms.applied.area, others }, lang);
}
