/**
 * Changes the planner will not write, said up front with what to do instead: a design that
 * needs a newer Postgres than the target (a virtual generated column before 18, NULLS NOT
 * DISTINCT before 15...). The change is left out of the migration and the plan's notes say why;
 * the CLI then exits 1. Nothing is emitted that would fail half-way on the target.
 */
import type { SchemaChange, TableConstraint } from '../changes/types';
import type { Column, Index, Table, View } from '../model/types';
import { FEATURE_SINCE, type Feature, supports } from './versions';
import { appendAll } from '../lib/arrays';

interface Need {
  feature: Feature;
  what: string;
  fix: string;
}

function columnNeeds(table: string, column: Column): Need[] {
  if (column.generated && !column.generated.stored) {
    return [{ feature: 'virtualGenerated', what: `the virtual generated column ${table}.${column.name}`, fix: 'make it STORED' }];
  }
  return [];
}

function indexNeeds(table: string, index: Index): Need[] {
  return index.nullsNotDistinct ? [{ feature: 'nullsNotDistinct', what: `index ${index.name} on ${table} (NULLS NOT DISTINCT)`, fix: 'drop NULLS NOT DISTINCT (or index coalesce(column, sentinel) instead)' }] : [];
}

function constraintNeeds(table: string, constraint: TableConstraint, partitioned: boolean): Need[] {
  if ((constraint.type === 'primary-key' || constraint.type === 'unique') && constraint.withoutOverlaps) return [{ feature: 'temporalKeys', what: `temporal key ${constraint.name} on ${table} (WITHOUT OVERLAPS)`, fix: 'use an exclusion constraint (EXCLUDE USING gist (... WITH =, range WITH &&), with btree_gist)' }];
  if (constraint.type === 'foreign-key' && constraint.period) return [{ feature: 'temporalKeys', what: `temporal foreign key ${constraint.name} on ${table} (PERIOD)`, fix: 'check it with a trigger instead' }];
  if (constraint.type === 'unique' && constraint.nullsNotDistinct) return [{ feature: 'nullsNotDistinct', what: `unique key ${constraint.name} on ${table} (NULLS NOT DISTINCT)`, fix: 'drop NULLS NOT DISTINCT (or make the columns NOT NULL)' }];
  if (constraint.type === 'foreign-key' && constraint.onDeleteColumns?.length) return [{ feature: 'onDeleteSetColumns', what: `foreign key ${constraint.name} on ${table} (ON DELETE SET ... with a column list)`, fix: 'set every referencing column (drop the column list)' }];
  if (constraint.type === 'exclusion' && partitioned) return [{ feature: 'exclusionOnPartitioned', what: `exclusion constraint ${constraint.name} on partitioned table ${table}`, fix: 'add it to each partition instead' }];
  return [];
}

function tableNeeds(table: Table): Need[] {
  const name = table.name;
  const out = [...table.columns.flatMap((c) => columnNeeds(name, c)), ...table.indexes.flatMap((ix) => indexNeeds(name, ix))];
  if (table.primaryKey) appendAll(out, constraintNeeds(name, { type: 'primary-key', ...table.primaryKey }, false));
  for (const u of table.uniqueConstraints) appendAll(out, constraintNeeds(name, { type: 'unique', ...u }, false));
  for (const fk of table.foreignKeys) appendAll(out, constraintNeeds(name, { type: 'foreign-key', ...fk }, false));
  if (table.partitioning) {
    for (const x of table.exclusions) appendAll(out, constraintNeeds(name, { type: 'exclusion', ...x }, true));
    for (const c of table.columns) if (c.identity) out.push({ feature: 'identityOnPartitioned', what: `identity column ${name}.${c.name} on a partitioned table`, fix: 'use a sequence default (serial) instead' });
  }
  return out;
}

function viewNeeds(view: View): Need[] {
  return view.options.some((o) => /^security_invoker\b/i.test(o)) ? [{ feature: 'securityInvoker', what: `view ${view.name} WITH (security_invoker)`, fix: 'drop the option (the view then runs with its owner\'s rights)' }] : [];
}

function needsOf(change: SchemaChange, partitioned: (table: { schema: string; name: string }) => boolean): Need[] {
  switch (change.kind) {
    case 'add-table':
      return tableNeeds(change.table);
    case 'rebuild-table':
      return [change.table, ...change.partitions].flatMap(tableNeeds);
    case 'add-column':
      return [...columnNeeds(change.table.name, change.column), ...(change.column.identity && partitioned(change.table) ? [{ feature: 'identityOnPartitioned' as const, what: `identity column ${change.table.name}.${change.column.name} on a partitioned table`, fix: 'use a sequence default (serial) instead' }] : [])];
    case 'alter-column':
      return change.set.generated && !change.set.generated.stored ? [{ feature: 'virtualGenerated', what: `the virtual generated column ${change.table.name}.${change.column}`, fix: 'make it STORED' }] : [];
    case 'add-index':
      return indexNeeds(change.table.name, change.index);
    case 'add-constraint':
      return constraintNeeds(change.table.name, change.constraint, partitioned(change.table));
    case 'add-view':
    case 'replace-view':
      return viewNeeds(change.view);
    default:
      return [];
  }
}

/** Why the target version cannot take this change (with what to do), or undefined. */
export function versionRefusal(change: SchemaChange, version: number, partitioned: (table: { schema: string; name: string }) => boolean): string | undefined {
  const missing = needsOf(change, partitioned).filter((n) => !supports(version, n.feature));
  if (missing.length === 0) return undefined;
  return missing.map((n) => `${n.what} needs Postgres ${FEATURE_SINCE[n.feature]}, and the target is ${version}: ${n.fix}, or target Postgres ${FEATURE_SINCE[n.feature]} or newer`).join('; ');
}
