/**
 * The down migration runs on the same live tables as the up migration, so what it adds back is
 * added the way the up path adds it: a dropped key over an index built CONCURRENTLY then taken
 * over USING INDEX, a dropped check or foreign key NOT VALID then validated in its own
 * transaction. One `reverse` string cannot say that (CREATE INDEX CONCURRENTLY cannot share a
 * transaction, VALIDATE must commit apart from the ADD): these give the up statement an `undo`,
 * and its plain `reverse` the hazards it has, for the tools that can only run that one statement.
 */
import type { TableConstraint } from '../changes/types';
import type { QualifiedName } from '../model/types';
import type { Hazard, PlannedStatement } from './plan-types';
import { addConstraintStatements } from './plan-tables';
import { undoStep } from './plan-statement';

/**
 * What a plain `ALTER TABLE ... ADD <constraint>` costs on a table with rows: a key or exclusion
 * constraint builds its index under ACCESS EXCLUSIVE; a check scans under ACCESS EXCLUSIVE; a
 * foreign key scans under SHARE ROW EXCLUSIVE on both tables (writes wait).
 */
export function plainAddHazards(constraint: TableConstraint): Hazard[] {
  if (constraint.type === 'foreign-key') return constraint.notValid ? [] : ['validation-scan'];
  if (constraint.type === 'check') return constraint.notValid ? [] : ['access-exclusive-lock', 'validation-scan'];
  return ['access-exclusive-lock', 'index-build'];
}

/**
 * Undoing the drop of `constraint` from an existing table: the up path's statements for adding it
 * (addConstraintStatements with `existing`), or nothing to add to the plain reverse when that is
 * already safe (a check or foreign key that was NOT VALID comes back NOT VALID: no scan).
 */
export function restoreConstraint(table: QualifiedName, constraint: TableConstraint, partitioned: boolean, referencesPartitioned: boolean): Pick<PlannedStatement, 'undo' | 'reverseHazards'> {
  if ((constraint.type === 'check' || constraint.type === 'foreign-key') && constraint.notValid) return {};
  return {
    undo: addConstraintStatements(table, constraint, true, partitioned, referencesPartitioned).map(undoStep),
    reverseHazards: plainAddHazards(constraint),
  };
}
