/**
 * Partitions on a live database:
 *
 * - ATTACH: Postgres scans the table under ACCESS EXCLUSIVE to prove its rows fit the bound, and
 *   builds the parent's indexes on it under the same lock. Instead (as the Postgres manual
 *   advises): the parent's indexes are built on the table first, concurrently; a CHECK matching
 *   the bound is added NOT VALID and validated (writes go on); ATTACH then finds the check and the
 *   indexes and only takes over (no scan, no build); the check is dropped.
 * - DETACH: a catalog change under a brief ACCESS EXCLUSIVE on the parent (CONCURRENTLY cannot run
 *   in a transaction, is refused when there is a default partition, and before Postgres 17 leaves
 *   a CHECK constraint behind). The table keeps its rows, indexes and keys.
 * - A bound cannot change in place: detach, then attach with the new bound.
 */
import { sameIndexDefinition } from '../changes/partitions';
import type { SchemaChange, TableConstraint } from '../changes/types';
import { chooseName, nameAddition } from '../model/auto-names';
import { keyOf, sameName } from '../model/names';
import { relationNames } from '../model/names-in-use';
import type { Index, QualifiedName, Schema, Table } from '../model/types';
import { boundCheck } from './partition-bounds';
import { statement } from './plan-statement';
import { constraintClause } from './plan-tables';
import type { PlannedStatement } from './plan-types';
import { indexSql } from './print-parts';
import { partitionBoundSql } from './print-schema';
import { quoteIdent, quoteQualified } from './safe-text';

/** A key constraint as the unique index that backs it. */
function keyIndex(name: string, columns: string[]): Index {
  return { name, unique: true, method: 'btree', elements: columns.map((column) => ({ column, descending: false })), include: [], nullsNotDistinct: false, only: false };
}

type Attach = Extract<SchemaChange, { kind: 'attach-partition' }>;
type Detach = Extract<SchemaChange, { kind: 'detach-partition' }>;

/** Whether the parent has a default partition (ATTACH then scans it for rows of the new bound). */
/** Why a plain DETACH, for Squawk's require-concurrent-partition-detach. */
const PLAIN_DETACH = 'DETACH ... CONCURRENTLY cannot run in a transaction block, is refused when there is a default partition, and on older Postgres (15 among them) leaves a CHECK constraint behind; a plain DETACH only changes the catalog, and lock_timeout makes it give up rather than queue behind long queries';

function hasDefaultPartition(schema: Schema, parent: QualifiedName): boolean {
  return Object.values(schema.tables).some((t) => t.partitionOf && sameName(t.partitionOf.parent, parent) && /^DEFAULT$/i.test(t.partitionOf.bound));
}

/**
 * `previous`: the table is a partition now (of this parent or another) and moves: it is detached
 * in the same transaction as it is attached again, after its new bound's check is validated
 * while it is still attached, so there is no moment when its rows belong nowhere.
 */
export function attachPartitionStatements(change: Attach, before: Schema, target: Schema, previous?: { parent: QualifiedName; bound: string }): PlannedStatement[] {
  const child = before.tables[keyOf(change.table)];
  const parent = before.tables[keyOf(change.parent)] ?? target.tables[keyOf(change.parent)];
  if (!child || !parent) return [];
  const t = quoteQualified(change.table);
  const p = quoteQualified(change.parent);
  const taken = relationNames(before, change.table.schema);
  const copyName = (parentObject: string, fallback: string[]) => {
    const name = copyNameInTarget(target, change.table, change.parent, parentObject)
      ?? chooseName(child.name, fallback.join('_') || undefined, 'idx', (n) => taken.has(n));
    taken.add(name);
    return name;
  };
  const out: PlannedStatement[] = [];
  /** What ATTACH would build itself (an expression index): going back drops it again. */
  const builtByAttach: string[] = [];
  for (const index of parent.indexes.filter((ix) => !ix.partitionOf)) {
    if (child.indexes.some((ix) => sameIndexDefinition(ix, index))) continue;
    const name = copyName(index.name, index.elements.map((e) => e.column ?? 'expr'));
    if (index.elements.some((e) => !e.column)) {
      builtByAttach.push(`DROP INDEX ${quoteQualified({ schema: change.table.schema, name })};`);
      continue;
    }
    out.push(statement({ sql: `${indexSql({ ...index, name, only: false }, change.table, { concurrently: true, ifNotExists: true })};`, description: `Index ${name} on ${change.table.name} as the parent's ${index.name} will want it (built without blocking writes, so ATTACH only takes it over)`, phase: 'indexes', hazards: ['index-build'], transactional: false, reverse: `DROP INDEX CONCURRENTLY IF EXISTS ${quoteQualified({ schema: change.table.schema, name })};` }));
  }
  const keys = [...(parent.primaryKey ? [{ kind: 'PRIMARY KEY', key: parent.primaryKey }] : []), ...parent.uniqueConstraints.map((key) => ({ kind: 'UNIQUE', key }))];
  for (const { kind, key } of keys) {
    const own = kind === 'PRIMARY KEY' ? (child.primaryKey ? [child.primaryKey] : []) : child.uniqueConstraints;
    if (own.some((k) => k.columns.join('\u0000') === key.columns.join('\u0000'))) continue;
    const name = copyName(key.name, key.columns);
    if (key.include.length > 0) {
      builtByAttach.push(`ALTER TABLE ${t} DROP CONSTRAINT ${quoteIdent(name)};`);
      continue;
    }
    const index = quoteQualified({ schema: change.table.schema, name });
    out.push(
      statement({ sql: `${indexSql(keyIndex(name, key.columns), change.table, { concurrently: true, ifNotExists: true })};`, description: `Index for ${change.table.name}'s share of ${key.name} (built without blocking writes)`, phase: 'indexes', hazards: ['index-build'], transactional: false, reverse: `DROP INDEX CONCURRENTLY IF EXISTS ${index};` }),
      statement({ sql: `ALTER TABLE ${t} ADD CONSTRAINT ${quoteIdent(name)} ${kind} USING INDEX ${quoteIdent(name)};`, description: `${kind} ${name} on ${change.table.name}, over the index just built (ATTACH takes it over)`, phase: 'validate', reverse: `ALTER TABLE ${t} DROP CONSTRAINT ${quoteIdent(name)};` }),
    );
  }
  const bound = partitionBoundSql({ ...child, partitionOf: { parent: change.parent, bound: change.bound } });
  const check = boundCheck(parent, change.bound);
  const checkName = check ? chooseName(child.name, undefined, 'partition_bound', (n) => constraintNames(child).has(n)) : undefined;
  if (check && checkName) {
    out.push(
      statement({ sql: `ALTER TABLE ${t} ADD CONSTRAINT ${quoteIdent(checkName)} CHECK (${check}) NOT VALID;`, description: `The bound of ${change.table.name} as a check, so that ATTACH need not scan it (no scan, no long lock)`, phase: 'constraints', reverse: '' }),
      statement({ sql: `ALTER TABLE ${t} VALIDATE CONSTRAINT ${quoteIdent(checkName)};`, description: `Validate ${checkName} against existing rows (writes go on)`, phase: 'validate', hazards: ['validation-scan'], ownTransaction: true }),
    );
  }
  if (previous) {
    const from = quoteQualified(previous.parent);
    out.push(statement({
      sql: `ALTER TABLE ${from} DETACH PARTITION ${t};`,
      description: `Detach ${change.table.name} from ${previous.parent.name} to attach it again${sameName(previous.parent, change.parent) ? ' with its new bound' : ` to ${change.parent.name}`}, in the same transaction (brief ACCESS EXCLUSIVE on ${previous.parent.name})`,
      phase: 'validate',
      hazards: ['access-exclusive-lock'],
      squawkIgnore: { rules: ['require-concurrent-partition-detach'], reason: `detached and attached again in one transaction, so its rows always belong to a partition; ${PLAIN_DETACH}` },
      reverse: `ALTER TABLE ${from} ATTACH PARTITION ${t} ${partitionBoundSql({ ...child, partitionOf: previous })};`,
    }));
  }
  // ATTACH clones the parent's foreign keys onto the table (under their names); DETACH leaves the
  // clones behind as the table's own, so going back drops those it did not have (IF EXISTS: the
  // parent's foreign key may be gone by then, its clones with it).
  const ownBefore = new Set(child.foreignKeys.map((fk) => fk.name));
  const parentLater = target.tables[keyOf(change.parent)] ?? parent;
  const clones = parentLater.foreignKeys.filter((fk) => !fk.partitionOf && !ownBefore.has(fk.name));
  for (const clone of clones) builtByAttach.push(`ALTER TABLE ${t} DROP CONSTRAINT IF EXISTS ${quoteIdent(clone.name)};`);
  const defaultScan = hasDefaultPartition(before, change.parent);
  // A cloned foreign key is checked against the table's rows there and then (no NOT VALID for
  // a clone); one the table has already, equal to the parent's, is taken over unchecked.
  const cloneScan = clones.length > 0 ? [`checks ${change.table.name}'s rows against the foreign key${clones.length > 1 ? 's' : ''} ${clones.map((fk) => fk.name).join(', ')} it gets from ${change.parent.name}`] : [];
  const scans = [...(check ? [] : [`scans ${change.table.name} for rows outside the bound`]), ...(defaultScan ? ['scans the default partition for rows of the new bound'] : []), ...cloneScan];
  out.push(statement({
    sql: `ALTER TABLE ${p} ATTACH PARTITION ${t} ${bound};`,
    description: `Attach ${change.table.name} to ${change.parent.name} (${scans.length > 0 ? scans.join(' and ') : 'no scan: the check proves the bound'}; ACCESS EXCLUSIVE on ${change.table.name} only)`,
    phase: 'validate',
    hazards: ['access-exclusive-lock', ...(scans.length > 0 ? (['validation-scan'] as const) : [])],
    reverse: [`ALTER TABLE ${p} DETACH PARTITION ${t};`, ...builtByAttach].join('\n'),
  }));
  if (checkName) out.push(statement({ sql: `ALTER TABLE ${t} DROP CONSTRAINT ${quoteIdent(checkName)};`, description: `Drop ${checkName} (the partition bound holds it now)`, phase: 'validate', reverse: '' }));
  return out;
}

function constraintNames(table: Table): Set<string> {
  return new Set([table.primaryKey?.name, ...table.uniqueConstraints.map((c) => c.name), ...table.foreignKeys.map((c) => c.name), ...table.checks.map((c) => c.name), ...table.exclusions.map((c) => c.name)].filter((n): n is string => n !== undefined));
}

export function detachPartitionStatements(change: Detach, before: Schema): PlannedStatement[] {
  const child = before.tables[keyOf(change.table)];
  if (!child?.partitionOf) return [];
  const t = quoteQualified(change.table);
  const p = quoteQualified(change.parent);
  return [statement({
    sql: `ALTER TABLE ${p} DETACH PARTITION ${t};`,
    description: `Detach ${change.table.name} from ${change.parent.name} (it keeps its rows, indexes and keys; brief ACCESS EXCLUSIVE on ${change.parent.name})`,
    phase: 'prepare',
    hazards: ['access-exclusive-lock'],
    squawkIgnore: { rules: ['require-concurrent-partition-detach'], reason: PLAIN_DETACH },
    reverse: `ALTER TABLE ${p} ATTACH PARTITION ${t} ${partitionBoundSql(child)};`,
  })];
}

/**
 * A partition of a table that foreign keys reference (its parent or one above): Postgres binds a
 * copy of each such key to the partition and refuses DROP TABLE ("other objects depend on it")
 * until the partition is detached, which checks that no referencing row points into it and takes
 * the copies away. Undefined for any other table (a plain DROP TABLE does).
 */
export function detachBeforeDropSql(schema: Schema, table: Table): string | undefined {
  if (!table.partitionOf) return undefined;
  const ancestors: QualifiedName[] = [];
  for (let at: Table | undefined = table; at?.partitionOf; at = schema.tables[keyOf(at.partitionOf.parent)]) ancestors.push(at.partitionOf.parent);
  const referenced = Object.values(schema.tables).some((t) => t.foreignKeys.some((fk) => !fk.partitionOf && ancestors.some((a) => sameName(a, fk.references))));
  return referenced ? `ALTER TABLE ${quoteQualified(table.partitionOf.parent)} DETACH PARTITION ${quoteQualified(table)};` : undefined;
}

/** `PLAIN_DETACH` for a statement that detaches a partition to drop it. */
export const DETACH_TO_DROP = { rules: ['require-concurrent-partition-detach'], reason: PLAIN_DETACH };

/**
 * The name of a partition's index or key attached to the parent's `parentObject` in the target
 * (undefined when the target has none, or the partition is not there).
 */
export function copyNameInTarget(target: Schema, partition: QualifiedName, parent: QualifiedName, parentObject: string): string | undefined {
  const later = target.tables[keyOf(partition)];
  const attached = (ref: QualifiedName | undefined) => ref?.name === parentObject && ref.schema === parent.schema;
  return later?.indexes.find((ix) => attached(ix.partitionOf))?.name
    ?? [later?.primaryKey, ...(later?.uniqueConstraints ?? [])].find((k) => attached(k?.partitionOf))?.name;
}

type KeyConstraint = Extract<TableConstraint, { type: 'primary-key' | 'unique' }>;

/**
 * A primary or unique key added to a partitioned table that has rows. `ALTER TABLE parent ADD
 * PRIMARY KEY` builds each partition's index under a lock that blocks its writes, and takes over
 * an equal key a partition has already. So: the partitions that lack one get a unique index
 * built concurrently and made their key (`USING INDEX`); then the parent's key only takes them
 * over. Going back, the parent's DROP CONSTRAINT takes the partitions' keys along: the ones the
 * partitions had of their own are added again. Undefined when a partition is itself partitioned.
 */
export function partitionedKeyStatements(table: QualifiedName, constraint: KeyConstraint, before: Schema, target: Schema): PlannedStatement[] | undefined {
  const partitions = Object.values(before.tables).filter((t) => t.partitionOf && sameName(t.partitionOf.parent, table));
  if (partitions.length === 0 || partitions.some((p) => p.partitioning) || constraint.include.length > 0) return undefined;
  const kind = constraint.type === 'primary-key' ? 'PRIMARY KEY' : 'UNIQUE';
  const taken = relationNames(before, table.schema);
  const same = (columns: string[]) => columns.join('\u0000') === constraint.columns.join('\u0000');
  const out: PlannedStatement[] = [];
  const restore: string[] = [];
  for (const partition of partitions) {
    const own = constraint.type === 'primary-key' ? (partition.primaryKey ? [partition.primaryKey] : []) : partition.uniqueConstraints;
    const local = own.find((k) => !k.partitionOf && same(k.columns));
    const p = quoteQualified(partition);
    if (local) {
      restore.push(`ALTER TABLE ${p} ADD ${constraintClause({ ...constraint, name: local.name })};`);
      continue;
    }
    // The name the target gives the partition's share (the one a dropped object freed, say),
    // else the one Postgres would choose.
    const name = copyNameInTarget(target, partition, table, constraint.name)
      ?? (constraint.type === 'primary-key' ? chooseName(partition.name, undefined, 'pkey', (n) => taken.has(n)) : chooseName(partition.name, nameAddition(constraint.columns), 'key', (n) => taken.has(n)));
    taken.add(name);
    out.push(
      statement({ sql: `${indexSql({ ...keyIndex(name, constraint.columns), nullsNotDistinct: constraint.type === 'unique' && constraint.nullsNotDistinct }, partition, { concurrently: true, ifNotExists: true })};`, description: `Index for ${partition.name}'s share of ${constraint.name} (built without blocking writes)`, phase: 'indexes', hazards: ['index-build'], transactional: false, reverse: '' }),
      statement({ sql: `ALTER TABLE ${p} ADD CONSTRAINT ${quoteIdent(name)} ${kind} USING INDEX ${quoteIdent(name)};`, description: `${kind} ${name} on partition ${partition.name}, over the index just built`, phase: 'validate', reverse: '' }),
    );
  }
  const t = quoteQualified(table);
  out.push(statement({
    sql: `ALTER TABLE ${t} ADD ${constraintClause(constraint)};`,
    description: `${kind} ${constraint.name} on ${table.name}: every partition has its key already, so Postgres only takes them over`,
    phase: 'validate',
    reverse: [`ALTER TABLE ${t} DROP CONSTRAINT ${quoteIdent(constraint.name)};`, ...restore].join('\n'),
    squawkIgnore: { rules: ['adding-serial-primary-key-field', 'disallowed-unique-constraint', 'constraint-missing-not-valid'], reason: 'each partition\'s key exists already (built concurrently above, or the partition\'s own): the partitioned table\'s key only takes them over, and a partitioned table cannot take a key USING INDEX' },
  }));
  return out;
}
