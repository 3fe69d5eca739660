/**
 * Inheritance changed in place. `ALTER TABLE child INHERIT parent` and `NO INHERIT parent` only
 * change the catalog (no scan, no rewrite) under a brief ACCESS EXCLUSIVE lock on the child.
 * INHERIT needs the child to have the parent's columns (same types, NOT NULL where the parent's
 * are) and its CHECKs, validated; so it runs after the child's columns and CHECKs are in place
 * and validated, and NO INHERIT runs first, before the child's own columns or CHECKs that came
 * from the parent are dropped. Each undoes the other.
 */
import type { SchemaChange } from '../changes/types';
import { statement } from './plan-statement';
import type { PlannedStatement } from './plan-types';
import { quoteQualified } from './safe-text';
import { keyOf } from '../model/names';
import { formatType } from '../model/format-type';
import type { QualifiedName, Schema } from '../model/types';

type Inherit = Extract<SchemaChange, { kind: 'inherit-table' | 'disinherit-table' }>;

/**
 * `existing`: the child is a table the migration does not create. Its columns that the parent
 * has stay its own as well as inherited (attislocal): Postgres has no statement that makes an
 * existing column inherited only, as CREATE TABLE ... INHERITS would have made it. `notes` says so.
 */
export function inheritanceStatements(change: Inherit, existing: boolean, notes: string[]): PlannedStatement[] {
  const t = quoteQualified(change.table);
  const p = quoteQualified(change.parent);
  const inherit = `ALTER TABLE ${t} INHERIT ${p};`;
  const noInherit = `ALTER TABLE ${t} NO INHERIT ${p};`;
  if (change.kind === 'inherit-table') {
    if (existing) {
      notes.push(`${change.table.name} inherits from ${change.parent.name}, but the columns it shares with ${change.parent.name} stay its own too (Postgres cannot make an existing column inherited only, as CREATE TABLE ... INHERITS does): dropping one of them from ${change.parent.name} later leaves it on ${change.table.name}`);
    }
    return [statement({
      sql: inherit,
      description: `${change.table.name} inherits from ${change.parent.name} (its columns and CHECKs, already in place, are merged with the parent's; brief ACCESS EXCLUSIVE on ${change.table.name}, no scan)`,
      phase: 'validate',
      hazards: ['access-exclusive-lock'],
      reverse: noInherit,
    })];
  }
  if (existing) {
    notes.push(`Not exactly reversible: the down migration makes ${change.table.name} inherit from ${change.parent.name} again, but the columns it shares with ${change.parent.name} stay its own too (Postgres cannot make an existing column inherited only)`);
  }
  return [statement({
    sql: noInherit,
    description: `${change.table.name} no longer inherits from ${change.parent.name} (it keeps its rows, and the columns and CHECKs it had from the parent become its own; brief ACCESS EXCLUSIVE on ${change.table.name})`,
    phase: 'prepare',
    hazards: ['access-exclusive-lock'],
    reverse: inherit,
  })];
}

/**
 * Whether an inheritance child has `column` from a parent now and as its own, of the same type,
 * in the target (the parent drops it, the child keeps it with its data).
 */
export function keptByChild(before: Schema, target: Schema, child: QualifiedName, column: string): boolean {
  const now = before.tables[keyOf(child)]?.columns.find((c) => c.name === column);
  const after = target.tables[keyOf(child)]?.columns.find((c) => c.name === column && !c.inherited);
  return Boolean(now?.inherited && after && formatType(now.type) === formatType(after.type));
}
