/**
 * Sequences that belong to a column (serial, bigserial, or OWNED BY): Postgres drops them with
 * their column or table, so the changes must not drop them again; and a column that moves
 * between identity and serial must lose its identity (whose own sequence usually has the same
 * name, `<table>_<column>_seq`) before its new sequence is created.
 */
import type { SchemaChange } from '../changes/types';
import { keyOf, sameName } from '../model/names';
import type { Schema, Sequence } from '../model/types';
import type { Phase } from './plan-types';

/** The sequences Postgres drops by itself because the changes drop their table or column. */
export function sequencesDroppedWithOwner(base: Schema, changes: readonly SchemaChange[]): Set<SchemaChange> {
  const out = new Set<SchemaChange>();
  for (const change of changes) {
    if (change.kind !== 'drop-sequence') continue;
    const owner = base.sequences[keyOf(change.sequence)]?.ownedBy;
    if (!owner) continue;
    const gone = changes.some((c) => (c.kind === 'drop-table' && sameName(c.table, owner.table)) || (c.kind === 'drop-column' && sameName(c.table, owner.table) && c.column === owner.column));
    if (gone) out.add(change);
  }
  return out;
}

/** Sequences owned by a table's column (for a drop's reverse: they come back with it). */
export function ownedSequences(schema: Schema, table: { schema: string; name: string }, column?: string): Sequence[] {
  return Object.values(schema.sequences).filter((s) => s.ownedBy && sameName(s.ownedBy.table, table) && (column === undefined || s.ownedBy.column === column));
}

/**
 * identity -> serial: the alter-column is split so that DROP IDENTITY runs first, then the new
 * sequence is created (in the columns phase), then the rest of the column's changes (its
 * default, nextval of the new sequence).
 */
export function identityToSerial(changes: SchemaChange[], phases: Map<SchemaChange, Phase>): SchemaChange[] {
  type AddSequence = Extract<SchemaChange, { kind: 'add-sequence' }>;
  const ownedBy = (change: Extract<SchemaChange, { kind: 'alter-column' }>) => (c: SchemaChange): c is AddSequence =>
    c.kind === 'add-sequence' && Boolean(c.sequence.ownedBy) && sameName(c.sequence.ownedBy!.table, change.table) && c.sequence.ownedBy!.column === change.column;
  const moved = new Set<SchemaChange>();
  for (const change of changes) if (change.kind === 'alter-column' && change.set.identity === null) for (const s of changes.filter(ownedBy(change))) moved.add(s);
  if (moved.size === 0) return changes;
  const out: SchemaChange[] = [];
  for (const change of changes) {
    if (moved.has(change)) continue;
    if (change.kind !== 'alter-column' || change.set.identity !== null || !changes.some(ownedBy(change))) {
      out.push(change);
      continue;
    }
    const { identity: _identity, ...rest } = change.set;
    out.push({ ...change, set: { identity: null } });
    for (const s of changes.filter(ownedBy(change))) {
      phases.set(s, 'columns');
      out.push(s);
    }
    if (Object.keys(rest).length > 0) out.push({ ...change, set: rest });
  }
  return out;
}
