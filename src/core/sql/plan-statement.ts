/** A planned statement from a draft: no hazards, transactional, not destructive unless said. */
import type { Hazard, Phase, PlannedStatement } from './plan-types';

export interface StatementDraft {
  sql: string;
  description: string;
  phase: Phase;
  hazards?: Hazard[];
  transactional?: boolean;
  ownTransaction?: boolean;
  reverse?: string;
  reverseHazards?: Hazard[];
  undo?: PlannedStatement[];
  destructive?: boolean;
  squawkIgnore?: PlannedStatement['squawkIgnore'];
  rewrite?: PlannedStatement['rewrite'];
}

export function statement(draft: StatementDraft): PlannedStatement {
  return { hazards: [], transactional: true, destructive: false, ...draft };
}


/** A statement of an `undo` (plan-types.ts): what runs, not what would undo it again. */
export function undoStep(s: PlannedStatement): PlannedStatement {
  const { reverse: _reverse, ...rest } = s;
  return rest;
}
