/**
 * Unique indexes rebuilt under their own name, and the marks Postgres keeps on an index rather
 * than on its table (replica identity, the clustered index): how the planner swaps such an index
 * without a lapse in uniqueness, and where it writes the marks so that they land on the index
 * that stays.
 */
import type { SchemaChange, TableChanges } from '../changes/types';
import { makeObjectName } from '../model/auto-names';
import { keyOf } from '../model/names';
import { relationNames } from '../model/names-in-use';
import type { Schema } from '../model/types';
import { objectsOnColumn } from './dependencies';
import { clusterOnSql, replicaIdentitySql } from './plan-table-settings';
import { statement } from './plan-tables';
import type { PlannedStatement } from './plan-types';
import { quoteQualified } from './safe-text';

/**
 * Unique keys replaced by a unique index of the same name on the same table (a key made partial,
 * as soft delete does): `table|name` -> a temporary name. The new index is built under it first,
 * then the old key is dropped and the new index renamed, so uniqueness holds throughout instead
 * of lapsing for the length of the concurrent build.
 */
export function uniqueReplacements(from: Schema, changes: readonly SchemaChange[]): Map<string, string> {
  const out = new Map<string, string>();
  const dropped = new Set<string>();
  // A key on a column the changes drop goes with the column: it enforces nothing meanwhile, and
  // the down migration must build it again only once the column is back.
  const goneWithColumn = new Set(changes.flatMap((c) => (c.kind === 'drop-column' ? objectsOnColumn(from, c.table, c.column).flatMap((d) => (d.kind === 'constraint' || d.kind === 'index' ? [`${keyOf(d.table)}|${d.name}`] : [])) : [])));
  for (const change of changes) {
    if ((change.kind === 'drop-constraint' || change.kind === 'drop-index') && goneWithColumn.has(`${keyOf(change.table)}|${change.name}`)) continue;
    if (change.kind === 'drop-constraint' || change.kind === 'drop-index') {
      const table = from.tables[keyOf(change.table)];
      const unique = change.kind === 'drop-constraint' ? table?.uniqueConstraints.some((u) => u.name === change.name) : table?.indexes.some((ix) => ix.name === change.name && ix.unique);
      if (table && !table.partitioning && unique) dropped.add(`${keyOf(change.table)}|${change.name}`);
    } else if (change.kind === 'add-index' && change.index.unique && dropped.has(`${keyOf(change.table)}|${change.index.name}`)) {
      const taken = relationNames(from, change.table.schema);
      let name = makeObjectName(change.index.name, undefined, 'new');
      for (let i = 1; taken.has(name); i++) name = makeObjectName(change.index.name, undefined, `new${i}`);
      out.set(`${keyOf(change.table)}|${change.index.name}`, name);
    }
  }
  return out;
}

/**
 * Postgres marks a table's replica identity and its clustered index on the index itself. When
 * the migration drops that index (to build it anew under the same name, or for good), the marks
 * are written apart from the table's other settings:
 * - on a unique index swapped for its replacement (built under a temporary name, the old one
 *   dropped, the new one renamed), once the new index has taken the name (written earlier, they
 *   would land on the old index and go with it);
 * - a replica identity whose index is dropped: the drop leaves the table identified by no index
 *   (relreplident stays 'i'), so the target's identity is written even when it reads the same,
 *   and its reverse is left to the drop's, which builds the index again and marks it.
 */
export interface IndexMarks {
  /** `table|index` -> the statements written after the swapped index's rename. */
  afterSwap: Map<string, PlannedStatement[]>;
  /** alter-table changes -> the same change without the marks written elsewhere, and the marks. */
  split: Map<SchemaChange, { rest: SchemaChange; marks: PlannedStatement[] }>;
}

/** The replica identity a dropped index (or key) carried at the start, for the drop's reverse. */
export function restoredIdentity(from: Schema, change: SchemaChange): PlannedStatement[] {
  if (change.kind !== 'drop-index' && change.kind !== 'drop-constraint') return [];
  const identity = from.tables[keyOf(change.table)]?.replicaIdentity;
  if (identity?.kind !== 'index' || identity.index !== change.name) return [];
  return [statement({ sql: replicaIdentitySql(quoteQualified(change.table), identity), description: `Replica identity of ${change.table.name}`, phase: 'validate', reverse: '' })];
}

export function indexMarks(from: Schema, changes: readonly SchemaChange[], replacements: ReadonlyMap<string, string>): IndexMarks {
  const marks: IndexMarks = { afterSwap: new Map(), split: new Map() };
  const dropped = new Set(changes.flatMap((c) => (c.kind === 'drop-index' || c.kind === 'drop-constraint' ? [`${keyOf(c.table)}|${c.name}`] : [])));
  for (const change of changes) {
    if (change.kind !== 'alter-table' || (change.set.replicaIdentity === undefined && change.set.clusterOn === undefined)) continue;
    const key = keyOf(change.table);
    const t = quoteQualified(change.table);
    const { replicaIdentity, clusterOn, ...rest } = change.set;
    const kept: TableChanges = { ...rest };
    const late: PlannedStatement[] = [];
    const afterSwap = (index: string, s: PlannedStatement) => marks.afterSwap.set(`${key}|${index}`, [...(marks.afterSwap.get(`${key}|${index}`) ?? []), s]);
    const oldIdentity = from.tables[key]?.replicaIdentity;
    if (replicaIdentity !== undefined) {
      const s = statement({ sql: replicaIdentitySql(t, replicaIdentity), description: `Replica identity of ${change.table.name}`, phase: 'validate', reverse: '' });
      if (replicaIdentity?.kind === 'index' && replacements.has(`${key}|${replicaIdentity.index}`)) afterSwap(replicaIdentity.index, s);
      else if (oldIdentity?.kind === 'index' && dropped.has(`${key}|${oldIdentity.index}`)) late.push(s);
      else kept.replicaIdentity = replicaIdentity;
    }
    if (clusterOn !== undefined) {
      if (clusterOn !== null && replacements.has(`${key}|${clusterOn}`)) afterSwap(clusterOn, statement({ sql: clusterOnSql(t, clusterOn), description: `Index ${clusterOn} is clustered on`, phase: 'validate', reverse: '' }));
      else kept.clusterOn = clusterOn;
    }
    marks.split.set(change, { rest: { ...change, set: kept }, marks: late });
  }
  return marks;
}
