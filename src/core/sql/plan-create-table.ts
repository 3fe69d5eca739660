/**
 * A table the migration creates, with everything that comes with it: its keys (inline: the table
 * is empty), indexes, a partition's share of its parent's indexes, triggers, row-level security,
 * policies and comments. Foreign keys wait until every table exists (or are held back for a key
 * attached later).
 */
import type { TableConstraint } from '../changes/types';
import { keyOf } from '../model/names';
import type { Schema, Table } from '../model/types';
import { appendAll } from '../lib/arrays';
import { tableConstraints } from '../diff/tables';
import { addConstraintStatements, addIndexStatements, statement } from './plan-tables';
import { commentSql as comment } from './plan-comments';
import type { PlannedStatement } from './plan-types';
import { indexSql, policySql, triggerSql } from './print-parts';
import { createTableSql, tableKeyword } from './print-schema';
import { quoteIdent, quoteQualified } from './safe-text';
import { detachBeforeDropSql } from './plan-partitions';
import { attachNewPartitionStatement, createStandaloneStatement, keysSharingParentIndex, notValidCheckCopies, notValidCopyStatements } from './plan-new-partitions';

/**
 * Everything that makes up a new table: the table, its keys, indexes, triggers, policies.
 * `holdBack`: foreign keys left out here (the caller adds them later: they reference a key this
 * migration attaches over its index in the validate phase).
 */
export function createTableStatements(table: Table, schema: Schema, holdBack: (fk: TableConstraint) => boolean = () => false, parentIsNew = false): PlannedStatement[] {
  const t = quoteQualified(table);
  // A new table is empty: its keys go inline; only foreign keys wait until every table exists.
  const parent = table.partitionOf ? schema.tables[keyOf(table.partitionOf.parent)] : undefined;
  // Keys the partition shares with a plain index of its parent: its own to make (see there).
  const sharedKeys = keysSharingParentIndex(table, parent);
  const standalone = parent !== undefined && !parentIsNew && !table.partitioning && (sharedKeys.length > 0 || notValidCheckCopies(table).length > 0);
  const inline = !table.partitionOf || standalone;
  // Going back, a partition of a referenced table is detached before it is dropped.
  const detach = detachBeforeDropSql(schema, table);
  const created = standalone ? createStandaloneStatement(table, parent) : statement({ sql: createTableSql(table, { inlineKeys: inline, parent }), description: `Create ${table.foreign ? 'foreign table' : 'table'} ${table.name}`, phase: 'tables', reverse: `DROP ${tableKeyword(table)} ${t};` });
  const out = [detach ? { ...created, reverse: `${detach}\n${created.reverse}` } : created];
  if (standalone) appendAll(out, notValidCopyStatements(table));
  // With a new parent, they are added before its index is built (which takes them over).
  for (const constraint of [...Object.values(tableConstraints(table)), ...(parentIsNew ? sharedKeys : [])]) {
    if (constraint.type === 'check' && !constraint.notValid) continue; // inside CREATE TABLE
    if (inline && (constraint.type === 'primary-key' || constraint.type === 'unique' || constraint.type === 'exclusion')) continue;
    if (holdBack(constraint)) continue;
    appendAll(out, addConstraintStatementsFor(table, constraint, false));
  }
  for (const index of table.indexes.filter((ix) => !ix.partitionOf)) appendAll(out, addIndexStatements(table, index, false, Boolean(table.partitioning)));
  // A partition of a parent created by this migration too: its share of the parent's indexes is
  // built now, under its own name, before the parent's (in the index phase), which attaches it.
  // Not on a partition that is partitioned itself: its partitions, created after it, would get
  // copies of such an index under names of Postgres's choosing. So too before a new partition
  // created on its own is attached.
  if ((parentIsNew || standalone) && !table.partitioning) {
    for (const index of table.indexes.filter((ix) => ix.partitionOf)) out.push(statement({ sql: `${indexSql({ ...index, only: false }, table)};`, description: `Index ${index.name} on ${table.name}, for ${index.partitionOf!.name} to attach`, phase: 'tables', reverse: '' }));
  }
  if (standalone) out.push(attachNewPartitionStatement(table, parent));
  // Triggers, row-level security and policies go with the table when the down migration drops it.
  // A partition's clones of its parent's row triggers come with it (or with the parent's trigger).
  for (const trigger of table.triggers.filter((x) => !x.partitionOf)) out.push(statement({ sql: `${triggerSql(trigger, table)};`, description: `Trigger ${trigger.name} on ${table.name}`, phase: 'triggers', reverse: '' }));
  if (table.rowLevelSecurity) out.push(statement({ sql: `ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY;`, description: `Row-level security on ${table.name}`, phase: 'triggers', reverse: '' }));
  if (table.forceRowLevelSecurity) out.push(statement({ sql: `ALTER TABLE ${t} FORCE ROW LEVEL SECURITY;`, description: `Forced row-level security on ${table.name}`, phase: 'triggers', reverse: '' }));
  for (const policy of table.policies) out.push(statement({ sql: `${policySql(policy, table)};`, description: `Policy ${policy.name} on ${table.name}`, phase: 'triggers', reverse: '' }));
  if (table.comment !== undefined) out.push(statement({ sql: comment(`${tableKeyword(table)} ${t}`, table.comment), description: `Comment on ${table.name}`, phase: 'comments' }));
  for (const column of table.columns.filter((c) => c.comment !== undefined)) {
    out.push(statement({ sql: comment(`COLUMN ${t}.${quoteIdent(column.name)}`, column.comment), description: `Comment on ${table.name}.${column.name}`, phase: 'comments' }));
  }
  return out;
}

export function addConstraintStatementsFor(table: Table, constraint: Parameters<typeof addConstraintStatements>[1], existing: boolean): PlannedStatement[] {
  return addConstraintStatements(table, constraint, existing, Boolean(table.partitioning));
}
