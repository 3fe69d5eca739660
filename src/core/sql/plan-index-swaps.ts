/**
 * Indexes and keys replaced beside rather than dropped first: unique indexes rebuilt under their
 * own name, plain unique indexes taken over by a key, indexes and keys whose place a key of
 * another name takes; and the marks Postgres keeps on an index rather than on its table (replica
 * identity, the clustered index). How the planner swaps such an index without a lapse in
 * uniqueness (or in the index queries use), and where it writes the marks so that they land on
 * the index that stays.
 */
import { indexServesAsKey } from '../model/key-constraints';
import type { SchemaChange, TableChanges, TableConstraint } from '../changes/types';
import { makeObjectName } from '../model/auto-names';
import { keyOf } from '../model/names';
import { relationNames } from '../model/names-in-use';
import type { Index, QualifiedName, Schema } from '../model/types';
import { objectsOnColumn } from './dependencies';
import { clusterOnSql, replicaIdentitySql } from './plan-table-settings';
import { addConstraintStatements, addIndexStatements, statement } from './plan-tables';
import type { PlannedStatement } from './plan-types';
import { quoteIdent, quoteQualified } from './safe-text';
import { indexSql } from './print-parts';

/**
 * Unique keys, primary keys and unique indexes replaced by a unique index or key of the same name
 * on the same table (a key made partial, as soft delete does; a key over other columns):
 * `table|name` -> a temporary name. The new index is built under it first, then the old one is
 * dropped and the new one renamed (a key's by USING INDEX) in one transaction, so uniqueness
 * holds throughout instead of lapsing for the length of the concurrent build.
 */
export function uniqueReplacements(from: Schema, changes: readonly SchemaChange[], promotions?: IndexPromotions): Map<string, string> {
  const out = new Map<string, string>();
  const dropped = new Set<string>();
  // Primary keys are replaced only by keys: a foreign key added back meanwhile waits for a key
  // (see keyedLate in plan.ts), not for an index, and would bind to the old key's index.
  const droppedPrimaryKeys = new Set<string>();
  const mustGoFirst = dropsThatGoFirst(from, changes);
  for (const change of changes) {
    if ((change.kind === 'drop-constraint' || change.kind === 'drop-index') && mustGoFirst(change)) continue;
    if (change.kind === 'drop-constraint' || change.kind === 'drop-index') {
      const table = from.tables[keyOf(change.table)];
      const primaryKey = table?.primaryKey?.name === change.name ? table.primaryKey : undefined;
      const unique = change.kind === 'drop-constraint' ? table?.uniqueConstraints.some((u) => u.name === change.name) : table?.indexes.some((ix) => ix.name === change.name && ix.unique);
      if (table && !table.partitioning && unique) dropped.add(`${keyOf(change.table)}|${change.name}`);
      if (table && !table.partitioning && primaryKey && change.kind === 'drop-constraint') droppedPrimaryKeys.add(`${keyOf(change.table)}|${change.name}`);
    } else if (change.kind === 'add-index' && change.index.unique && dropped.has(`${keyOf(change.table)}|${change.index.name}`)) {
      out.set(`${keyOf(change.table)}|${change.index.name}`, temporaryName(from, change.table.schema, change.index.name));
    } else if (change.kind === 'add-constraint' && builtConcurrently(change.constraint) && (dropped.has(`${keyOf(change.table)}|${change.constraint.name}`) || droppedPrimaryKeys.has(`${keyOf(change.table)}|${change.constraint.name}`)) && !promotions?.byConstraint.has(`${keyOf(change.table)}|${change.constraint.name}`)) {
      // A key replacing a unique index or key of its name: its index is built beside the old
      // one, and USING INDEX gives it the name once the old one is dropped.
      out.set(`${keyOf(change.table)}|${change.constraint.name}`, temporaryName(from, change.table.schema, change.constraint.name));
    }
  }
  return out;
}

type DropChange = Extract<SchemaChange, { kind: 'drop-constraint' | 'drop-index' }>;

/**
 * The drops of keys and indexes that cannot wait for a replacement to be built beside them:
 * - one on a column the changes drop goes with the column: it enforces nothing meanwhile, and the
 *   down migration must build it again only once the column is back;
 * - a primary key whose column is made nullable: Postgres refuses DROP NOT NULL on a column of
 *   the table's primary key (the columns phase), so that key cannot stand until later.
 */
function dropsThatGoFirst(from: Schema, changes: readonly SchemaChange[]): (change: DropChange) => boolean {
  const goneWithColumn = new Set(changes.flatMap((c) => (c.kind === 'drop-column' ? objectsOnColumn(from, c.table, c.column).flatMap((d) => (d.kind === 'constraint' || d.kind === 'index' ? [`${keyOf(d.table)}|${d.name}`] : [])) : [])));
  const madeNullable = new Set(changes.flatMap((c) => (c.kind === 'alter-column' && c.set.notNull === false ? [`${keyOf(c.table)}|${c.column}`] : [])));
  return (change) => {
    const table = keyOf(change.table);
    if (goneWithColumn.has(`${table}|${change.name}`)) return true;
    const primaryKey = from.tables[table]?.primaryKey;
    return primaryKey?.name === change.name && primaryKey.columns.some((c) => madeNullable.has(`${table}|${c}`));
  };
}

/**
 * Keys and indexes dropped from a table that gains a primary key or unique constraint under
 * another name over some of the same columns (an old primary key: a new primary key, whatever its
 * columns): the key's index is built beside them (concurrently, in the index phase) and the drop
 * waits until the key is attached over it, so the old index serves queries and enforces
 * uniqueness until the new one does. Postgres keeps one primary key a table: an old primary key
 * is dropped just before the new one is attached, in the same transaction (`first`); the new
 * index already enforces uniqueness then. `table|dropped` -> the key (`table|key`) it waits for.
 * Not the drops that must go first (dropsThatGoFirst); nor one whose name an index or key the
 * changes create takes; nor one over a column whose type changes (kept, the old index would be
 * rebuilt by the ALTER COLUMN TYPE under its ACCESS EXCLUSIVE lock only to be dropped); nor an
 * index over expressions only (nothing says which key it becomes). Partitioned tables and
 * partitions are planned per partition (plan-partitions.ts).
 */
export type KeyTakeovers = Map<string, { key: string; first: boolean }>;

export function keyTakeovers(from: Schema, changes: readonly SchemaChange[], promotions: IndexPromotions, replacements: ReadonlyMap<string, string>): KeyTakeovers {
  const out: KeyTakeovers = new Map();
  const mustGoFirst = dropsThatGoFirst(from, changes);
  const retyped = new Set(changes.flatMap((c) => (c.kind === 'alter-column' && c.set.type !== undefined ? [`${keyOf(c.table)}|${c.column}`] : [])));
  const rebuilt = new Set(changes.flatMap((c) => (c.kind === 'rebuild-table' || c.kind === 'drop-table' ? [keyOf(c.table)] : [])));
  const keys = changes.flatMap((c) => {
    if (c.kind !== 'add-constraint' || !builtConcurrently(c.constraint) || !('columns' in c.constraint)) return [];
    const table = from.tables[keyOf(c.table)];
    const key = `${keyOf(c.table)}|${c.constraint.name}`;
    if (!table || table.partitioning || table.partitionOf || rebuilt.has(keyOf(c.table)) || promotions.byConstraint.has(key) || replacements.has(key)) return [];
    return [{ table: keyOf(c.table), key, primary: c.constraint.type === 'primary-key', columns: c.constraint.columns }];
  });
  if (keys.length === 0) return out;
  // A name an index or key the changes create takes (an index redefined under its name): the old
  // one must be gone before the new one is built.
  const taken = new Set(changes.flatMap((c) => (c.kind === 'add-index' ? [`${c.table.schema}\u0000${c.index.name}`] : c.kind === 'add-constraint' ? [`${c.table.schema}\u0000${c.constraint.name}`] : [])));
  for (const change of changes) {
    if (change.kind !== 'drop-constraint' && change.kind !== 'drop-index') continue;
    const table = keyOf(change.table);
    const old = change.kind === 'drop-index' ? droppedIndexColumns(from, change) : droppedKeyColumns(from, change);
    if (!old || promotions.kept.has(`${table}|${change.name}`) || replacements.has(`${table}|${change.name}`) || mustGoFirst(change)) continue;
    if (taken.has(`${change.table.schema}\u0000${change.name}`) || old.columns.some((c) => retyped.has(`${table}|${c}`))) continue;
    // A new primary key takes the old one's place whatever its columns (a table has one).
    const key = (old.primary ? keys.find((k) => k.table === table && k.primary) : undefined) ?? keys.find((k) => k.table === table && k.columns.some((c) => old.columns.includes(c)));
    if (key) out.set(`${table}|${change.name}`, { key: key.key, first: old.primary && key.primary });
  }
  return out;
}

/** The plain columns of a dropped index of a plain table (none for one over expressions only). */
function droppedIndexColumns(from: Schema, change: DropChange): { columns: string[]; primary: boolean } | undefined {
  const table = from.tables[keyOf(change.table)];
  const index = table?.indexes.find((ix) => ix.name === change.name);
  if (!table || !index || index.partitionOf || table.partitioning || table.partitionOf) return undefined;
  const columns = index.elements.flatMap((e) => (e.column !== undefined ? [e.column] : []));
  return columns.length > 0 ? { columns, primary: false } : undefined;
}

function droppedKeyColumns(from: Schema, change: DropChange): { columns: string[]; primary: boolean } | undefined {
  const table = from.tables[keyOf(change.table)];
  if (!table || table.partitioning || table.partitionOf) return undefined;
  if (table.primaryKey?.name === change.name) return { columns: table.primaryKey.columns, primary: true };
  const unique = table.uniqueConstraints.find((u) => u.name === change.name);
  return unique ? { columns: unique.columns, primary: false } : undefined;
}

function temporaryName(from: Schema, schema: string, name: string): string {
  const taken = relationNames(from, schema);
  let temporary = makeObjectName(name, undefined, 'new');
  for (let i = 1; taken.has(temporary); i++) temporary = makeObjectName(name, undefined, `new${i}`);
  return temporary;
}

/** A key planned as a concurrent index build, then ADD CONSTRAINT ... USING INDEX (addConstraintStatements). */
function builtConcurrently(constraint: TableConstraint): boolean {
  return (constraint.type === 'primary-key' || constraint.type === 'unique') && !constraint.withoutOverlaps;
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

/**
 * Plain unique indexes that become a primary key or unique constraint over the same columns:
 * Postgres makes the index the constraint's as it is (`ADD CONSTRAINT c ... USING INDEX i`, which
 * renames the index to the constraint's name; no build), so dropping it and building it again
 * (uniqueness lapsing meanwhile) is needless. The index must be a btree over plain columns in
 * their default order, with no predicate, as USING INDEX requires. An index of the constraint's
 * own name is taken first, else one over the same columns.
 */
export interface IndexPromotions {
  /** `table|constraint` -> the index (as it was) the constraint takes over. */
  byConstraint: Map<string, Index>;
  /** `table|index` of the indexes taken over: their drops are left out. */
  kept: Set<string>;
}

export function indexPromotions(from: Schema, changes: readonly SchemaChange[]): IndexPromotions {
  const out: IndexPromotions = { byConstraint: new Map(), kept: new Set() };
  const dropped = new Map<string, Index[]>();
  for (const change of changes) {
    if (change.kind !== 'drop-index') continue;
    const table = from.tables[keyOf(change.table)];
    const index = table?.indexes.find((ix) => ix.name === change.name);
    if (table && !table.partitioning && index && !index.partitionOf) dropped.set(keyOf(change.table), [...(dropped.get(keyOf(change.table)) ?? []), index]);
  }
  if (dropped.size === 0) return out;
  for (const change of changes) {
    if (change.kind !== 'add-constraint') continue;
    const table = keyOf(change.table);
    const free = (dropped.get(table) ?? []).filter((ix) => !out.kept.has(`${table}|${ix.name}`) && servesAsKey(ix, change.constraint));
    const index = free.find((ix) => ix.name === change.constraint.name) ?? free[0];
    if (!index) continue;
    out.byConstraint.set(`${table}|${change.constraint.name}`, index);
    out.kept.add(`${table}|${index.name}`);
  }
  return out;
}

function servesAsKey(index: Index, constraint: TableConstraint): boolean {
  return (constraint.type === 'primary-key' || constraint.type === 'unique') && indexServesAsKey(index, constraint);
}

/**
 * The statement that makes a kept index its constraint's. Going back, Postgres has no way to give
 * the index back but to drop the constraint with it and build it again: in the same transaction
 * (uniqueness never lapses), under a SHARE lock that holds writes while it builds.
 */
export function promotionStatement(table: QualifiedName, constraint: TableConstraint, index: Index): PlannedStatement {
  const t = quoteQualified(table);
  const name = quoteIdent(constraint.name);
  const kind = constraint.type === 'primary-key' ? 'PRIMARY KEY' : 'UNIQUE';
  const deferrable = 'deferrable' in constraint && constraint.deferrable ? (constraint.initiallyDeferred ? ' DEFERRABLE INITIALLY DEFERRED' : ' DEFERRABLE') : '';
  return statement({
    sql: `ALTER TABLE ${t} ADD CONSTRAINT ${name} ${kind} USING INDEX ${quoteIdent(index.name)}${deferrable};`,
    description: `${kind} ${constraint.name} on ${table.name}, over the unique index ${index.name}${index.name === constraint.name ? '' : ', which takes its name'} (kept, not built again)`,
    phase: 'validate',
    reverse: `ALTER TABLE ${t} DROP CONSTRAINT ${name};\n${indexSql(index, table)};`,
  });
}

/** Everything the planner swaps beside an index or key rather than dropping it first. */
export interface IndexSwaps {
  promotions: IndexPromotions;
  replacements: Map<string, string>;
  marks: IndexMarks;
  takeovers: KeyTakeovers;
}

export function planIndexSwaps(from: Schema, changes: readonly SchemaChange[]): IndexSwaps {
  const promotions = indexPromotions(from, changes);
  const replacements = uniqueReplacements(from, changes, promotions);
  return { promotions, replacements, marks: indexMarks(from, changes, replacements), takeovers: keyTakeovers(from, changes, promotions, replacements) };
}

/** A drop that waits until every key is attached (keyTakeovers): the planner holds its statements back. */
export function waitsForKeys(swaps: IndexSwaps, change: SchemaChange): boolean {
  const takeover = (change.kind === 'drop-constraint' || change.kind === 'drop-index') ? swaps.takeovers.get(`${keyOf(change.table)}|${change.name}`) : undefined;
  return takeover !== undefined && !takeover.first;
}

/**
 * The statements of `change` as the swaps have them: `statements` (the change planned as it is)
 * left out, moved or replaced. `extras`: what comes with an object the change creates (comments,
 * privileges), for the statements that replace the plain ones.
 */
export function swappedStatements(swaps: IndexSwaps, change: SchemaChange, statements: PlannedStatement[], extras: () => PlannedStatement[]): PlannedStatement[] {
  const { promotions, replacements, marks, takeovers } = swaps;
  if (change.kind === 'drop-index' && promotions.kept.has(`${keyOf(change.table)}|${change.name}`)) return []; // the index stays: a constraint takes it over (below)
  if (change.kind === 'add-constraint') {
    const key = `${keyOf(change.table)}|${change.constraint.name}`;
    const promoted = promotions.byConstraint.get(key);
    if (promoted) return [promotionStatement(change.table, change.constraint, promoted), ...extras()];
    const temporary = replacements.get(key);
    if (temporary) return [...addConstraintStatements(change.table, change.constraint, true, false, false, temporary), ...extras(), ...(marks.afterSwap.get(key) ?? [])];
    return statements;
  }
  if (change.kind === 'add-index') {
    const key = `${keyOf(change.table)}|${change.index.name}`;
    const temporary = replacements.get(key);
    if (!temporary) return statements;
    const [build] = addIndexStatements(change.table, { ...change.index, name: temporary }, true, false);
    return [
      { ...build!, description: `Build the new ${change.index.name} as ${temporary} (the old one keeps enforcing uniqueness meanwhile)` },
      statement({
        sql: `ALTER INDEX ${quoteQualified({ schema: change.table.schema, name: temporary })} RENAME TO ${quoteIdent(change.index.name)};`,
        description: `The new index takes the name ${change.index.name}`,
        phase: 'validate',
        reverse: `ALTER INDEX ${quoteQualified({ schema: change.table.schema, name: change.index.name })} RENAME TO ${quoteIdent(temporary)};`,
      }),
      ...(marks.afterSwap.get(key) ?? []),
    ];
  }
  if (change.kind === 'drop-constraint' || change.kind === 'drop-index') {
    const key = `${keyOf(change.table)}|${change.name}`;
    if (replacements.has(key)) return statements.map((s) => ({ ...s, phase: 'validate' as const, description: `${s.description} (its replacement is built)` }));
    const takeover = takeovers.get(key);
    if (takeover) return statements.map((s) => ({ ...s, phase: 'validate' as const, description: `${s.description} (${takeover.key.slice(takeover.key.lastIndexOf('|') + 1)} takes its place)` }));
  }
  return statements;
}
