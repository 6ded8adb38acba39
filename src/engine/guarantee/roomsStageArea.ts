import type { Profile } from "../../profiles/schema";
import type { RoomsStageArea } from "../types";
import { smallRuralArea, type RoomContext } from "./roomCheck";

/** The kinds of `used`, in its order (schoolFindings: music, then art). */
const ROOM_KINDS = ["music", "art"] as const;

/**
 * The small-rural area a combined school's shared music and art rooms were judged by (rules.md §4
 * item 3): the larger of its stages' (smallRuralArea), said with the smaller ones where they
 * differ, where every room area judged (`used`: RoomFinding.area of music and art, null where the
 * rooms were counted by the bureau or not at all) was that area and one was, with the kinds judged
 * by it (a kind the bureau stated is not, and the note names only the others); null otherwise — one
 * stage, not small rural, equal areas, no area judged, or a more lenient relaxation applied.
 *
 * @example roomsStageArea(national, { stages: ["primary", "junior"], smallRural: true }, [61, null])
 * // { applied: { stage: "junior", area: 61 }, others: [{ stage: "primary", area: 54 }], kinds: ["music"] }
 * @example roomsStageArea(national, { stages: ["primary", "junior"], smallRural: true }, [null, null]) // null
 */
export function roomsStageArea(profile: Profile, ctx: RoomContext, used: readonly (number | null)[]): RoomsStageArea | null {
  const rural = profile.guarantee.rooms.relaxedSmallRural;
  if (rural === null || !ctx.smallRural || ctx.stages.length < 2) return null;
  const area = smallRuralArea(rural, ctx.stages);
  const judged = used.filter((a): a is number => a !== null);
  const decided = judged.length > 0 && judged.every((a) => a === area);
  const others = ctx.stages.filter((s) => rural[s] < area).map((stage) => ({ stage, area: rural[stage] }));
  const applied = ctx.stages.find((s) => rural[s] === area);
  if (!decided || others.length === 0 || applied === undefined) return null;
  return { applied: { stage: applied, area }, others, kinds: ROOM_KINDS.filter((_, i) => used[i] === area) };
}
