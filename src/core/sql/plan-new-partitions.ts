/**
 * A new partition whose primary or unique key is its share of a plain unique index of the parent
 * (the parent's index took the key over, as Postgres does when the key is there first).
 */
import type { TableConstraint } from '../changes/types';
import { sameName } from '../model/names';
import type { CheckConstraint, Table } from '../model/types';
import { checkSql } from './print-parts';
import { statement } from './plan-statement';
import type { PlannedStatement } from './plan-types';
import { createTableSql, partitionBoundSql } from './print-schema';
import { quoteQualified } from './safe-text';

/**
 * The partition's keys attached to one of the parent's plain indexes, as the partition's own:
 * neither the parent's index nor its CREATE INDEX makes them (an index makes indexes), so the
 * migration adds them, where the parent's index takes them over.
 */
export function keysSharingParentIndex(table: Table, parent: Table | undefined): TableConstraint[] {
  if (!parent) return [];
  const ofParentIndex = (key: { partitionOf?: { schema: string; name: string } }) => key.partitionOf !== undefined && parent.indexes.some((ix) => sameName({ schema: parent.schema, name: ix.name }, key.partitionOf!));
  const keys: TableConstraint[] = [];
  if (table.primaryKey && ofParentIndex(table.primaryKey)) {
    const { partitionOf: _share, source: _source, ...key } = table.primaryKey;
    keys.push({ type: 'primary-key', ...key });
  }
  for (const unique of table.uniqueConstraints.filter(ofParentIndex)) {
    const { partitionOf: _share, source: _source, ...key } = unique;
    keys.push({ type: 'unique', ...key });
  }
  return keys;
}

/**
 * The partition created on its own, to be attached (`attachNewPartitionStatement`), for a parent
 * whose index exists already: CREATE TABLE ... PARTITION OF builds a copy of each of the parent's
 * indexes before the table's own keys exist, so the index would get a new copy and the key an
 * index of its own; ATTACH PARTITION takes over the key instead (it compares the parent's indexes
 * with all the table's, those behind keys too). The table has the parent's columns, NOT NULLs and
 * checks (ATTACH requires them) and its keys inline; its shares of the parent's indexes are built
 * between the two, under their names.
 */
export function createStandaloneStatement(table: Table, parent: Table): PlannedStatement {
  const { partitionOf: _bound, ...rest } = table;
  const alone: Table = {
    ...rest,
    columns: table.columns.map((c) => ({ ...c, inherited: false })),
    // The parent's checks, which ATTACH requires the table to have: the validated ones inline,
    // the NOT VALID ones added after (notValidCopyStatements).
    checks: table.checks.map((c) => (c.inherited ? { ...c, inherited: false } : c)),
    ...(table.primaryKey ? { primaryKey: withoutShare(table.primaryKey) } : {}),
    uniqueConstraints: table.uniqueConstraints.map(withoutShare),
    exclusions: table.exclusions.map(withoutShare),
  };
  const why = keysSharingParentIndex(table, parent).length > 0 ? `whose indexes then take over its keys` : "keeping its copies of the parent's NOT VALID checks NOT VALID";
  return statement({ sql: createTableSql(alone, { inlineKeys: true }), description: `Create table ${table.name} on its own (attached to ${parent.name} below, ${why})`, phase: 'tables', reverse: `DROP TABLE ${quoteQualified(table)};` });
}

/**
 * A new partition whose copy of its parent's NOT VALID check is NOT VALID too (the parent's was
 * added after the partition existed, as pg_dump's output does): CREATE TABLE ... PARTITION OF
 * would copy it validated, so the partition is created on its own with the check added NOT VALID,
 * and attached (ATTACH keeps the partition's validity under a NOT VALID parent's check).
 */
export function notValidCheckCopies(table: Table): CheckConstraint[] {
  return table.partitionOf ? table.checks.filter((c) => c.inherited && c.notValid) : [];
}

/** The NOT VALID copies added to the partition created on its own, before it is attached. */
export function notValidCopyStatements(table: Table): PlannedStatement[] {
  return notValidCheckCopies(table).map((c) => statement({ sql: `ALTER TABLE ${quoteQualified(table)} ADD ${checkSql(c)};`, description: `Check ${c.name} on ${table.name}, NOT VALID as on its parent, for the attach`, phase: 'tables', reverse: '' }));
}

/** The new table attached: it is empty, so the attach scans nothing. Dropped with it going back. */
export function attachNewPartitionStatement(table: Table, parent: Table): PlannedStatement {
  return statement({ sql: `ALTER TABLE ${quoteQualified(parent)} ATTACH PARTITION ${quoteQualified(table)} ${partitionBoundSql(table)};`, description: `Attach ${table.name} to ${parent.name} (new and empty: nothing to scan)`, phase: 'tables', reverse: '' });
}

function withoutShare<T extends { partitionOf?: unknown }>(key: T): T {
  const { partitionOf: _share, ...own } = key;
  return own as T;
}
