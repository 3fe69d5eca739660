/**
 * The renames a migration step makes, read from the imports of a script and of the same script
 * with the step added (a migration folder's scripts 1..k and 1..k+1, or a schema file and its
 * next version that appends ALTER ... RENAME): the target's renames past the baseline's own.
 * A model cannot tell a renamed column from a dropped one and a new one; the script can, and
 * Postgres keeps a renamed object's data, keys, indexes and dependants, so the migration has to
 * rename as well, not drop and add (which loses the column's data, or the table's).
 *
 * Kept: renames of objects the baseline has and the target still has under their final name. A
 * rename of an object the step itself creates, or of one it renames away and then drops (Prisma's
 * enum and table swaps rename the old object to *_old before dropping it), is left out: a drop
 * and an add of those is what the step did.
 */
import { applyChanges, ChangeError } from '../changes/apply';
import type { SchemaChange } from '../changes/types';
import { keyOf, sameName } from '../model/names';
import type { QualifiedName, Schema, Table } from '../model/types';
import { canonical } from './compare';

export interface ImportedScript {
  schema: Schema;
  /** The renames the script made, in order (ImportResult.renames). */
  renames: readonly SchemaChange[];
}

export function scriptRenames(before: ImportedScript, after: ImportedScript): SchemaChange[] {
  const base = before.renames;
  // The target's script must start as the baseline's did: otherwise its renames are not a step.
  if (after.renames.length <= base.length || base.some((r, i) => canonical(r) !== canonical(after.renames[i]))) return [];
  let candidates = after.renames.slice(base.length);
  // Leaving out a rename can leave a later one without its object: settle in a few rounds.
  for (let round = 0; round < 4; round++) {
    const applicable = applicableInOrder(before.schema, candidates);
    const kept = applicable.filter((rename, i) => survives(rename, applicable.slice(i + 1), after.schema));
    if (kept.length === candidates.length) return kept;
    candidates = kept;
  }
  return applicableInOrder(before.schema, candidates);
}

/** The renames that apply, each to the schema the ones before it left (its object exists). */
function applicableInOrder(schema: Schema, renames: readonly SchemaChange[]): SchemaChange[] {
  const applicable: SchemaChange[] = [];
  let running = schema;
  for (const rename of renames) {
    try {
      running = applyChanges(running, [rename]);
      applicable.push(rename);
    } catch (error) {
      if (!(error instanceof ChangeError)) throw error;
    }
  }
  return applicable;
}

/** The renamed object, followed through the later renames, is in the target under that name. */
function survives(rename: SchemaChange, later: readonly SchemaChange[], target: Schema): boolean {
  const tableAfter = (table: QualifiedName): QualifiedName => {
    let name = table;
    for (const next of later) if (next.kind === 'rename-table' && sameName(next.table, name)) name = { schema: name.schema, name: next.newName };
    return name;
  };
  /** A name inside a table (column, constraint, index), followed through later renames of its kind. */
  const memberAfter = (kind: SchemaChange['kind'], table: QualifiedName, name: string): { table: Table | undefined; name: string } => {
    let current = { table, name };
    for (const next of later) {
      if (next.kind === 'rename-table' && sameName(next.table, current.table)) current = { table: { schema: current.table.schema, name: next.newName }, name: current.name };
      else if ((next.kind === 'rename-column' || next.kind === 'rename-constraint' || next.kind === 'rename-index') && next.kind === kind && sameName(next.table, current.table) && memberName(next) === current.name) {
        current = { table: current.table, name: next.newName };
      }
    }
    return { table: target.tables[keyOf(current.table)], name: current.name };
  };
  switch (rename.kind) {
    case 'rename-table':
      return Boolean(target.tables[keyOf(tableAfter({ schema: rename.table.schema, name: rename.newName }))]);
    case 'rename-view': {
      let name: QualifiedName = { schema: rename.view.schema, name: rename.newName };
      for (const next of later) if (next.kind === 'rename-view' && sameName(next.view, name)) name = { schema: name.schema, name: next.newName };
      return Boolean(target.views[keyOf(name)]);
    }
    case 'rename-column': {
      const { table, name } = memberAfter('rename-column', rename.table, rename.newName);
      return Boolean(table?.columns.some((c) => c.name === name));
    }
    case 'rename-constraint': {
      const { table, name } = memberAfter('rename-constraint', rename.table, rename.newName);
      return Boolean(table && [table.primaryKey, ...table.uniqueConstraints, ...table.foreignKeys, ...table.checks, ...table.exclusions].some((c) => c?.name === name));
    }
    case 'rename-index': {
      const { table, name } = memberAfter('rename-index', rename.table, rename.newName);
      return Boolean(table?.indexes.some((i) => i.name === name));
    }
    case 'rename-enum-value': {
      let value = rename.newValue;
      for (const next of later) if (next.kind === 'rename-enum-value' && sameName(next.type, rename.type) && next.value === value) value = next.newValue;
      const type = target.types[keyOf(rename.type)];
      return type?.kind === 'enum' && type.values.includes(value);
    }
    default:
      return false;
  }
}

function memberName(change: SchemaChange): string | undefined {
  if (change.kind === 'rename-column') return change.column;
  if (change.kind === 'rename-constraint' || change.kind === 'rename-index') return change.name;
  return undefined;
}
