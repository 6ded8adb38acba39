import type { CountyFigure, Issue } from "../../engine/types";
import type { ReadFigure } from "./stagelessFigures";

export interface CountyFigures {
  readonly figures: readonly CountyFigure[];
  readonly issues: readonly Issue[];
  /**
   * One sheet's figures as read (readCountyFigures), before its stage-less G7 and G13 figures were
   * given their stages on that sheet alone: for withStages to give them over all sheets together.
   */
  readonly unstaged?: SheetFigures;
}

/**
 * A figures sheet read, before its stage-less G7 and G13 figures are given their stages: these
 * are given them over all the figures sheets together (withStages), so that a stage given on its
 * own on another sheet keeps its own figure.
 */
export interface SheetFigures {
  /** The items read as such, stage-less ones marked (stagelessFigures). */
  readonly read: readonly ReadFigure[];
  /** What was said reading them: before what stagelessFigures says. */
  readonly issues: readonly Issue[];
  /** G8 and G11 computed from amounts and counts, with what was said computing them: after it. */
  readonly computed: CountyFigures;
}
