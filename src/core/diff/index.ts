/**
 * diff(from, to): the SchemaChange list that turns one schema into the other, for every object
 * kind, in a deterministic order (kind, then qualified name). A plain schema cannot tell a rename
 * from a drop and an add; renames come from the design edits, passed as `renames`: they are
 * applied to `from` first and emitted as they are, so a renamed column keeps its data.
 */
import { applyChanges } from '../changes/apply';
import type { SchemaChange } from '../changes/types';
import type { QualifiedName, Schema, Table, View } from '../model/types';
import { keyOf } from '../model/names';
import { partition, same, sqlLayoutFree } from './compare';
import { diffRoutine } from './routines';
import { diffSequence } from './sequences';
import { diffInheritance } from './inheritance';
import { diffPartitioning } from './partitions';
import { diffNamed, diffTable, diffViewIndexes, keptParentIndex } from './tables';
import { diffDefaultPrivileges, privilegeChange } from './privileges';
import { diffCollationsAndStatistics, diffExtensions, diffNamespaces, withoutExtensionTypeMoves } from './properties';
import { diffTypeInPlace } from './type-properties';
import { diffEnum } from './types';
import { appendAll } from '../lib/arrays';

/**
 * The base's view with its query laid out as the target's when they differ only in layout (a
 * query rewritten by a followed rename is printed on several lines): no replace-view for that.
 */
function layoutFreeAgainst(a: View, b: View): View {
  return a.query !== b.query && sqlLayoutFree(a.query) === sqlLayoutFree(b.query) ? { ...a, query: b.query } : a;
}

export { scriptRenames, type ImportedScript } from './script-renames';
export { unmanagedDifferences } from './unmanaged';

export interface DiffOptions {
  /** rename-* changes from design edits, in the order they were made. */
  renames?: SchemaChange[];
}

const RENAME_KINDS = new Set(['rename-table', 'rename-column', 'rename-constraint', 'rename-index', 'rename-view', 'rename-enum-value']);

export function diff(from: Schema, to: Schema, options: DiffOptions = {}): SchemaChange[] {
  const renames = (options.renames ?? []).filter((c) => RENAME_KINDS.has(c.kind));
  const base = renames.length > 0 ? applyChanges(from, renames) : from;
  const changes: SchemaChange[] = [...renames];
  const strip = <T extends { source?: unknown }>(value: T): T => {
    const { source: _source, ...rest } = value;
    return rest as T;
  };

  const namespaces = partition(base.namespaces, to.namespaces);
  for (const name of namespaces.added) changes.push({ kind: 'add-schema', namespace: strip(to.namespaces[name]!) });
  appendAll(changes, diffNamespaces(base, to));
  const extensions = partition(base.extensions, to.extensions);
  for (const name of extensions.added) changes.push({ kind: 'add-extension', extension: strip(to.extensions[name]!) });
  appendAll(changes, diffExtensions(base, to));
  const collationsAndStatistics = diffCollationsAndStatistics(base, to);
  appendAll(changes, collationsAndStatistics.early);

  const types = partition(base.types, to.types);
  for (const key of types.added) changes.push({ kind: 'add-type', type: strip(to.types[key]!) });
  for (const key of types.kept) {
    const a = base.types[key]!;
    const b = to.types[key]!;
    const typeRef = { kind: 'type' as const, schema: b.schema, name: b.name };
    if (same(a, b, new Set(['source', 'comment', 'owner', 'privileges']))) {
      if (a.comment !== b.comment) changes.push({ kind: 'set-comment', target: typeRef, comment: b.comment ?? null });
      appendAll(changes, privilegeChange(typeRef, 'type', a.privileges, b.privileges));
      continue;
    }
    const enumChanges = a.kind === 'enum' && b.kind === 'enum' ? diffEnum(a, b) : undefined;
    const inPlace = enumChanges ?? diffTypeInPlace(a, b);
    if (inPlace) {
      appendAll(changes, inPlace);
      if (a.comment !== b.comment && !inPlace.some((c) => c.kind === 'set-comment')) changes.push({ kind: 'set-comment', target: typeRef, comment: b.comment ?? null });
      appendAll(changes, privilegeChange(typeRef, 'type', a.privileges, b.privileges));
    } else {
      changes.push({ kind: 'drop-type', type: { schema: a.schema, name: a.name } }, { kind: 'add-type', type: strip(b) });
    }
  }

  const sequences = partition(base.sequences, to.sequences);
  for (const key of sequences.added) changes.push({ kind: 'add-sequence', sequence: strip(to.sequences[key]!) });
  for (const key of sequences.kept) appendAll(changes, diffSequence(base.sequences[key]!, to.sequences[key]!));

  const routines = partition(base.routines, to.routines);
  for (const key of routines.added) changes.push({ kind: 'add-routine', routine: strip(to.routines[key]!) });
  for (const key of routines.kept) appendAll(changes, diffRoutine(base.routines[key]!, to.routines[key]!));

  const tables = partition(base.tables, to.tables);
  // Partitions detached, attached or moved, and tables rebuilt because their partitioning changed.
  const partitioning = diffPartitioning(base, to);
  const rebuilt = (key: string) => partitioning.rebuilt.has(key);
  const inheritance = diffInheritance(base, to, rebuilt);
  appendAll(changes, partitioning.detaches);
  appendAll(changes, inheritance.disinherits);
  for (const key of tables.added.filter((k) => !rebuilt(k))) changes.push({ kind: 'add-table', table: stripTable(to.tables[key]!) });
  // Postgres cannot move a foreign table to another server (nor make a table foreign, or not):
  // it is created anew.
  const serverChanged = (key: string) => !rebuilt(key) && base.tables[key]!.foreign?.server !== to.tables[key]!.foreign?.server;
  for (const key of tables.kept.filter(serverChanged)) {
    changes.push({ kind: 'drop-table', table: { schema: base.tables[key]!.schema, name: base.tables[key]!.name } }, { kind: 'add-table', table: stripTable(to.tables[key]!) });
  }
  appendAll(changes, partitioning.rebuilds);
  const moved = (key: string) => partitioning.moved.has(key) || inheritance.moved.has(key);
  // A parent's NOT NULL reaches its children; a child's own one (under its own key) is its own.
  const parentNotNull = (schema: Schema, table: Table) => (column: string) => (table.partitionOf ? [table.partitionOf.parent] : table.inherits)
    .some((p: QualifiedName) => schema.tables[keyOf(p)]?.columns.some((c) => c.name === column && c.notNull));
  for (const key of tables.kept.filter((k) => !rebuilt(k) && !serverChanged(k))) {
    const [a, b] = [base.tables[key]!, to.tables[key]!];
    const parents = { from: parentNotNull(base, a), to: parentNotNull(to, b) };
    const parentCheckNotValid = (name: string) => (b.partitionOf ? [b.partitionOf.parent] : b.inherits).some((p) => to.tables[keyOf(p)]?.checks.some((c) => c.name === name && c.notValid));
    appendAll(changes, withoutExtensionTypeMoves(diffTable(a, b, { allColumns: moved(key), parentNotNull: (side, column) => parents[side](column), keptParentIndex: keptParentIndex(base, to, a, b), parentCheckNotValid }), base, to));
  }
  appendAll(changes, partitioning.attaches);
  appendAll(changes, inheritance.inherits);
  appendAll(changes, collationsAndStatistics.late);
  for (const key of tables.removed.filter((k) => !rebuilt(k))) changes.push({ kind: 'drop-table', table: { schema: base.tables[key]!.schema, name: base.tables[key]!.name } });

  const views = partition(base.views, to.views);
  for (const key of views.added) changes.push({ kind: 'add-view', view: strip(to.views[key]!) });
  for (const key of views.kept) {
    const b = to.views[key]!;
    const a = layoutFreeAgainst(base.views[key]!, b);
    // A view's columns and the columns it reads are derived from its query (the importer's).
    const ref = { schema: b.schema, name: b.name };
    appendAll(changes, privilegeChange({ kind: b.materialized ? 'materialized-view' : 'view', ...ref }, 'table', a.privileges, b.privileges));
    // The same query can stand for other columns: `t.*` is expanded when the view is created, so
    // a view created again after its table gained a column has that column (Postgres does not
    // widen the older view). The names the query gave then are the view's definition too.
    const expandedAgain = Boolean(a.columns && b.columns) && a.columns!.map((c) => c.name).join('\0') !== b.columns!.map((c) => c.name).join('\0');
    if (!expandedAgain && same(a, b, new Set(['source', 'owner', 'privileges', 'columns', 'readsColumns']))) continue;
    const ignoreHangers = new Set(['source', 'owner', 'privileges', 'indexes', 'triggers', 'comment', 'columnComments', 'columnDefaults', 'columns', 'readsColumns']);
    if (expandedAgain || !same(a, b, ignoreHangers)) {
      // A materialized view cannot be replaced in place; a view can when its columns stay.
      if (a.materialized || b.materialized) changes.push({ kind: 'drop-view', view: ref }, { kind: 'add-view', view: strip(b) });
      else changes.push({ kind: 'replace-view', view: strip(b) });
      continue;
    }
    // Same definition: only what hangs on the view changed.
    appendAll(changes, diffViewIndexes(ref, a.indexes, b.indexes));
    appendAll(changes, diffNamed(a.triggers, b.triggers, (name) => ({ kind: 'drop-trigger', table: ref, name }), (trigger) => ({ kind: 'add-trigger', table: ref, trigger })));
    if (a.comment !== b.comment) changes.push({ kind: 'set-comment', target: { kind: b.materialized ? 'materialized-view' : 'view', schema: b.schema, name: b.name }, comment: b.comment ?? null });
    // CREATE OR REPLACE keeps column comments and defaults: the planner writes those that changed.
    if (!same(a.columnComments, b.columnComments) || !same(a.columnDefaults ?? {}, b.columnDefaults ?? {})) changes.push({ kind: 'replace-view', view: strip(b) });
  }
  for (const key of views.removed) changes.push({ kind: 'drop-view', view: { schema: base.views[key]!.schema, name: base.views[key]!.name } });

  for (const key of routines.removed) {
    const r = base.routines[key]!;
    changes.push({ kind: 'drop-routine', routine: { schema: r.schema, name: r.name, signature: r.signature } });
  }
  for (const key of sequences.removed) changes.push({ kind: 'drop-sequence', sequence: { schema: base.sequences[key]!.schema, name: base.sequences[key]!.name } });
  for (const key of types.removed) changes.push({ kind: 'drop-type', type: { schema: base.types[key]!.schema, name: base.types[key]!.name } });
  for (const name of extensions.removed) changes.push({ kind: 'drop-extension', name });
  appendAll(changes, collationsAndStatistics.drops);
  for (const name of namespaces.removed) changes.push({ kind: 'drop-schema', name });
  // Last: objects the migration creates get the default privileges in force before.
  appendAll(changes, diffDefaultPrivileges(base, to));
  return changes;
}

/** A table as an add-table change carries it: without source positions anywhere inside. */
function stripTable(table: Schema['tables'][string]): Schema['tables'][string] {
  return JSON.parse(JSON.stringify(table, (key, value) => (key === 'source' ? undefined : value)));
}
