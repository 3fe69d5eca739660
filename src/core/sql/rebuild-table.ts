/**
 * A table rebuilt in another shape (it becomes partitioned, or no longer, or is partitioned by
 * another key), which Postgres cannot do with ALTER TABLE. In one transaction, with writes to the
 * table held off from the start (reads go on until the swap):
 *
 *   LOCK the table IN SHARE MODE; CREATE the new table under a temporary name, with its
 *   partitions; INSERT ... SELECT every row across (the common columns, converted where the type
 *   changed); release its sequences; DROP the old table (and its partitions); RENAME the new one;
 *   own the sequences again and continue identity numbering; add the keys, indexes, foreign keys,
 *   triggers, row-level security, policies and comments.
 *
 * The keys and indexes come after the copy (one build each, not row by row), inside the same
 * transaction: nothing outside sees the table until it is complete. Views and functions over the
 * table and foreign keys that reference it are dropped before and created again after by the
 * planner (expand.ts). The down migration is the same rebuild the other way.
 */
import type { SchemaChange } from '../changes/types';
import { partitionTree } from '../changes/partitions';
import { tableConstraints } from '../diff/tables';
import { chooseName } from '../model/auto-names';
import { keyOf, sameName } from '../model/names';
import { relationNames } from '../model/names-in-use';
import type { QualifiedName, Schema, Table } from '../model/types';
import { constraintClause } from './plan-tables';
import { statement } from './plan-statement';
import type { Hazard, PlannedStatement } from './plan-types';
import { indexSql, policySql, triggerSql } from './print-parts';
import { createTableSql } from './print-schema';
import { quoteIdent, quoteLiteral, quoteQualified } from './safe-text';
import { ownedSequences } from './sequences';
import { conversion } from './type-casts';
import { appendAll } from '../lib/arrays';

type Rebuild = Extract<SchemaChange, { kind: 'rebuild-table' }>;
type Step = (sql: string, description: string, extra?: { hazards?: Hazard[]; squawk?: string[]; why?: keyof typeof REASON }) => PlannedStatement;

/** Why each step of a rebuild passes a Squawk gate. */
const REASON = {
  newTable: 'the table is created by this migration inside this transaction: nothing else can use it until the transaction commits',
  drop: 'the old table\'s rows were copied into its replacement just above, in this transaction',
  dropAll: 'the replacement keeps none of the old table\'s columns, so its rows cannot be carried over: the drop is the change asked for (and is marked as deleting data)',
  rename: 'the replacement takes the old table\'s name in the same transaction: clients never see the table missing',
};

function shape(table: Table): string {
  if (!table.partitioning) return 'a plain table';
  return `partitioned by ${table.partitioning.strategy} (${table.partitioning.keys.map((k) => k.column ?? k.expression).join(', ')})`;
}

/** The statements that turn `from` (in `schema`) into `to` with `partitions`, keeping the rows. */
function rebuildSteps(from: Table, to: Table, partitions: Table[], schema: Schema, after: Schema, rebuiltTables: ReadonlySet<string>): PlannedStatement[] {
  const ref: QualifiedName = { schema: to.schema, name: to.name };
  const final = quoteQualified(ref);
  const old = quoteQualified(from);
  const taken = relationNames(schema, to.schema);
  const temporary = (name: string) => {
    const chosen = chooseName(name, undefined, 'rebuild', (n) => taken.has(n));
    taken.add(chosen);
    return chosen;
  };
  const tmp = temporary(to.name);
  const step: Step = (sql, description, extra = {}) =>
    statement({ sql, description, phase: 'tables', reverse: '', ...(extra.hazards ? { hazards: extra.hazards } : {}), ...(extra.squawk ? { squawkIgnore: { rules: extra.squawk, reason: REASON[extra.why ?? 'newTable'] } } : {}) });
  const out: PlannedStatement[] = [];
  out.push(step(`LOCK TABLE ${old} IN SHARE MODE;`, `Rebuild ${to.name} as ${shape(to)} (it was ${shape(from)}): writes to it wait until the migration commits; reads go on until the swap`, { hazards: ['table-rewrite'] }));
  out.push(step(createTableSql({ ...to, name: tmp }), `The new ${to.name}, under the name ${tmp} until the old one is gone`));
  // Partitions: their own names, unless the old table (or its partitions) still hold them.
  const partitionNames = new Map<string, string>();
  const parentName = (p: QualifiedName) => (keyOf(p) === keyOf(ref) ? tmp : (partitionNames.get(keyOf(p)) ?? p.name));
  for (const partition of partitions) {
    const name = taken.has(partition.name) ? temporary(partition.name) : partition.name;
    taken.add(name);
    partitionNames.set(keyOf(partition), name);
    const parent = { schema: partition.partitionOf!.parent.schema, name: parentName(partition.partitionOf!.parent) };
    out.push(step(createTableSql({ ...partition, name, partitionOf: { ...partition.partitionOf!, parent } }, { parent: keyOf(partition.partitionOf!.parent) === keyOf(ref) ? to : partitions.find((p) => sameName(p, partition.partitionOf!.parent)) }), `Partition ${partition.name} of the new ${to.name}`));
  }
  // The rows, column by column (a column the new table computes or does not have is left out).
  const copied = to.columns.filter((c) => !c.generated && from.columns.some((f) => f.name === c.name));
  let mayFail = false;
  const values = copied.map((c) => {
    const before = from.columns.find((f) => f.name === c.name)!;
    if (JSON.stringify(before.type) === JSON.stringify(c.type)) return quoteIdent(c.name);
    const converted = conversion(c.name, before.type, c.type, schema);
    mayFail ||= converted.mayFail;
    return converted.using ?? quoteIdent(c.name);
  });
  // Rows go to the partitions by their bounds: without a default partition, a row that fits
  // none makes the copy fail ("no partition of relation found for row").
  const unrouted = Boolean(to.partitioning) && !partitions.some((p) => keyOf(p.partitionOf!.parent) === keyOf(ref) && /^DEFAULT$/i.test(p.partitionOf!.bound));
  mayFail ||= unrouted;
  const overriding = copied.some((c) => c.identity?.kind === 'always') ? ' OVERRIDING SYSTEM VALUE' : '';
  // No column stays: there is nothing of the old rows to copy (the drop below deletes them).
  if (copied.length > 0) out.push(step(`INSERT INTO ${quoteQualified({ schema: to.schema, name: tmp })} (${copied.map((c) => quoteIdent(c.name)).join(', ')})${overriding}\nSELECT ${values.join(', ')} FROM ${old};`, `Copy every row of ${from.name} into the new table${unrouted ? ' (fails on a row that fits no partition: there is no default partition)' : ''}`, { hazards: ['table-rewrite', ...(mayFail ? (['may-fail-on-data'] as const) : [])] }));
  // Sequences owned by the old table's columns would go with it.
  const sequences = ownedSequences(schema, from);
  for (const s of sequences) out.push(step(`ALTER SEQUENCE ${quoteQualified(s)} OWNED BY NONE;`, `Keep ${s.name} when the old ${from.name} is dropped`));
  const rows = copied.length > 0 ? 'its rows are in the new table' : 'and its rows: the new table has none of its columns';
  out.push(step(`DROP TABLE ${old};`, `Drop the old ${from.name}${partitionTree(Object.values(schema.tables), from).length > 0 ? ' and its partitions' : ''} (${rows})`, { hazards: ['access-exclusive-lock', ...(copied.length > 0 ? [] : (['deletes-data'] as const))], squawk: ['ban-drop-table'], why: copied.length > 0 ? 'drop' : 'dropAll' }));
  out.push(step(`ALTER TABLE ${quoteQualified({ schema: to.schema, name: tmp })} RENAME TO ${quoteIdent(to.name)};`, `The new table takes the name ${to.name}`, { squawk: ['renaming-table'], why: 'rename' }));
  for (const partition of partitions) {
    const name = partitionNames.get(keyOf(partition))!;
    if (name !== partition.name) out.push(step(`ALTER TABLE ${quoteQualified({ schema: partition.schema, name })} RENAME TO ${quoteIdent(partition.name)};`, `Partition ${partition.name} takes its name`, { squawk: ['renaming-table'], why: 'rename' }));
  }
  for (const s of ownedSequences(after, to)) {
    if (!sequences.some((old) => keyOf(old) === keyOf(s))) continue;
    out.push(step(`ALTER SEQUENCE ${quoteQualified(s)} OWNED BY ${final}.${quoteIdent(s.ownedBy!.column)};`, `${s.name} belongs to ${to.name}.${s.ownedBy!.column} again`));
  }
  for (const c of copied.filter((c) => c.identity)) {
    out.push(step(`SELECT setval(pg_get_serial_sequence(${quoteLiteral(final)}, ${quoteLiteral(c.name)}), coalesce(max(${quoteIdent(c.name)}) + 1, ${c.identity!.sequenceOptions?.start ?? 1}), false) FROM ${final};`, `Continue ${to.name}.${c.name} after the copied values`));
  }
  // A foreign key to another table rebuilt in this migration is dropped before that rebuild and
  // added again after it (expand.ts, as for every foreign key to a rebuilt table): not here too.
  const rebuilt = (t: QualifiedName) => !sameName(t, ref) && rebuiltTables.has(keyOf(t));
  for (const table of [{ ...to, name: to.name }, ...partitions]) appendAll(out, dressTable({ ...table, foreignKeys: table.foreignKeys.filter((fk) => !rebuilt(fk.references)) }, step));
  return out;
}

/** What a table has besides its columns and valid checks: keys, indexes, foreign keys, triggers, security, comments. */
function dressTable(table: Table, step: Step): PlannedStatement[] {
  const t = quoteQualified(table);
  const out: PlannedStatement[] = [];
  const constraints = Object.values(tableConstraints(table)).filter((c) => !(c.type === 'check' && !c.notValid));
  const order = ['primary-key', 'unique', 'exclusion', 'check', 'foreign-key'];
  constraints.sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
  for (const c of constraints) {
    const notValid = (c.type === 'check' || c.type === 'foreign-key') && c.notValid ? ' NOT VALID' : '';
    const squawk = c.type === 'foreign-key' ? ['adding-foreign-key-constraint', 'constraint-missing-not-valid'] : c.type === 'check' ? [] : ['adding-serial-primary-key-field', 'disallowed-unique-constraint', 'constraint-missing-not-valid'];
    out.push(step(`ALTER TABLE ${t} ADD ${constraintClause(c)}${notValid};`, `${c.name} on the new ${table.name}`, { squawk: squawk.length > 0 ? squawk : undefined }));
  }
  for (const index of table.indexes.filter((ix) => !ix.partitionOf)) out.push(step(`${indexSql(index, table)};`, `Index ${index.name} on the new ${table.name}`, { squawk: ['require-concurrent-index-creation'] }));
  for (const trigger of table.triggers.filter((x) => !x.partitionOf)) out.push(step(`${triggerSql(trigger, table)};`, `Trigger ${trigger.name} on the new ${table.name}`));
  if (table.rowLevelSecurity) out.push(step(`ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY;`, `Row-level security on the new ${table.name}`));
  if (table.forceRowLevelSecurity) out.push(step(`ALTER TABLE ${t} FORCE ROW LEVEL SECURITY;`, `Forced row-level security on the new ${table.name}`));
  for (const policy of table.policies) out.push(step(`${policySql(policy, table)};`, `Policy ${policy.name} on the new ${table.name}`));
  if (table.comment !== undefined) out.push(step(`COMMENT ON TABLE ${t} IS ${quoteLiteral(table.comment)};`, `Comment on ${table.name}`));
  for (const column of table.columns.filter((c) => c.comment !== undefined && !c.inherited)) {
    out.push(step(`COMMENT ON COLUMN ${t}.${quoteIdent(column.name)} IS ${quoteLiteral(column.comment!)};`, `Comment on ${table.name}.${column.name}`));
  }
  return out;
}

/** `rebuilt`: the keys of every table this migration rebuilds. */
export function rebuildTableStatements(change: Rebuild, before: Schema, target: Schema, rebuilt: ReadonlySet<string>): PlannedStatement[] {
  const old = before.tables[keyOf(change.table)];
  if (!old) return [];
  const oldPartitions = partitionTree(Object.values(before.tables), old);
  const up = rebuildSteps(old, change.table, change.partitions, before, target, rebuilt);
  const down = rebuildSteps(change.table, old, oldPartitions, target, before, rebuilt);
  up[0] = { ...up[0]!, reverse: down.map((s) => s.sql).join('\n') };
  return up;
}
