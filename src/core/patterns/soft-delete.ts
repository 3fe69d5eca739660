/**
 * soft-delete: rows are marked deleted (deleted_at) instead of removed, and every uniqueness rule
 * holds among live rows only: each unique constraint and unique index becomes a unique index
 * partial on `deleted_at IS NULL`, so a deleted row frees its email for reuse. A constraint a
 * foreign key relies on cannot become partial: the pattern declines and says which key.
 */
import type { SchemaChange } from '../changes/types';
import { emptyView } from '../model/empty';
import type { Column, Index, Table, View } from '../model/types';
import { column, columnOf, findView, fitName, q, qq, refOf, referencing, relationNames, TYPES } from './build';
import { changes, decline, defineTablePattern } from './define';
import { canonical, canonicalQuery, mentionsColumn } from './sql-text';
import { keyVoidedByLiveNulls } from '../rules/heuristics';

export interface SoftDeleteParams {
  column: string;
  liveView: boolean;
  viewName: string;
}

const SOFT_DELETE_COLUMNS = ['deleted_at', 'archived_at', 'discarded_at', 'removed_at', 'is_deleted', 'deleted', 'is_archived', 'archived'];

/** Values that identify a row globally (uuids, external ids, URLs) stay unique among deleted rows too. */
function isGlobalIdentifier(columns: string[]): boolean {
  return columns.length === 1 && /^(id|uuid|guid)$|(^|_)(uuid|guid|ap_id|external_id|remote_id|url|uri|token|digest|fingerprint)$/.test(columns[0]!);
}

export function livePredicate(deleted: Column): string {
  return deleted.type.name === 'boolean' ? `NOT (${q(deleted.name)})` : `${q(deleted.name)} IS NULL`;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((c) => b.includes(c));

function liveViewOf(table: Table, deleted: Column, name: string): View {
  const columns = table.columns.filter((c) => c.name !== deleted.name).map((c) => q(c.name));
  return {
    ...emptyView(table.schema, name, false),
    query: canonicalQuery(`SELECT ${columns.join(', ')} FROM ${qq(table)} WHERE ${livePredicate(deleted)}`),
    dependsOn: [refOf(table)],
  };
}

export default defineTablePattern<SoftDeleteParams>({
  id: 'soft-delete',
  title: 'Soft delete',
  description:
    'Marks rows as deleted with a deleted_at timestamp instead of removing them, so a mistaken delete can be undone and history keeps its references. Every unique constraint and unique index becomes a unique index partial on the live rows (WHERE deleted_at IS NULL): a deleted account frees its email for a new one. Optionally adds a <table>_live view of the rows that are not deleted. A unique key that a foreign key references cannot become partial, so the pattern declines and names it.',
  defaultParams: { column: 'deleted_at', liveView: false, viewName: '' },
  params: [
    { name: 'column', label: 'Deleted-at column', kind: 'string', help: 'Name of the timestamptz column; at its default an existing archived_at, discarded_at, is_deleted... is reused.' },
    { name: 'liveView', label: 'Live-rows view', kind: 'boolean', help: 'Also create a view of the rows that are not deleted.' },
    { name: 'viewName', label: 'View name', kind: 'string', help: 'Name of the live-rows view; empty: <table>_live.' },
  ],
  serves: ['require-partial-unique-for-soft-delete', 'require-soft-delete'],
  partitionedTables: true,
  analyze(schema, table, params) {
    const ref = refOf(table);
    const out: SchemaChange[] = [];
    let deleted = columnOf(table, params.column) ?? (params.column === 'deleted_at' ? SOFT_DELETE_COLUMNS.map((n) => columnOf(table, n)).find(Boolean) : undefined);
    if (deleted && deleted.type.name !== 'boolean' && !/^timestamp|^date$/.test(deleted.type.name)) {
      return decline(`${table.name}.${deleted.name} is of type ${deleted.type.name}: a soft-delete column is a timestamp or a boolean`);
    }
    if (!deleted) {
      deleted = column(params.column, TYPES.timestamptz);
      out.push({ kind: 'add-column', table: ref, column: deleted });
    }
    const live = livePredicate(deleted);
    const referencedBy = referencing(schema, table);

    for (const u of table.uniqueConstraints) {
      if (u.partitionOf) continue;
      // A key that includes the nullable delete column holds nothing among live rows: it becomes
      // the partial key of its other columns (keyVoidedByLiveNulls).
      const voided = keyVoidedByLiveNulls(deleted, u.columns, u.nullsNotDistinct);
      const blocking = referencedBy.find(({ fk }) => sameSet(fk.referencedColumns, u.columns));
      if (voided && blocking) continue;
      if (!voided) {
        if (u.columns.includes(deleted.name) || isGlobalIdentifier(u.columns)) continue;
        if (blocking) return decline(`foreign key ${blocking.fk.name} on ${blocking.table.name} references the unique key ${u.name} (${u.columns.join(', ')}), which cannot become partial; reference the primary key instead, or keep ${u.name} and add a partial index by hand`);
        if (u.deferrable) return decline(`unique constraint ${u.name} is deferrable; a partial unique index cannot be`);
      }
      const index: Index = {
        name: u.name,
        unique: true,
        method: 'btree',
        elements: (voided ?? u.columns).map((c) => ({ column: c, descending: false })),
        include: [...u.include],
        where: canonical(live),
        nullsNotDistinct: u.nullsNotDistinct,
        only: false,
      };
      out.push({ kind: 'drop-constraint', table: ref, name: u.name }, { kind: 'add-index', table: ref, index });
    }
    for (const ix of table.indexes) {
      if (!ix.unique || ix.partitionOf) continue;
      const voided = ix.where ? undefined : keyVoidedByLiveNulls(deleted, ix.elements.map((e) => e.column), ix.nullsNotDistinct);
      if (!voided) {
        const columns = ix.elements.map((e) => e.column ?? '');
        if (isGlobalIdentifier(columns)) continue;
        if (ix.where && mentionsColumn(ix.where, deleted.name)) continue;
        if (ix.elements.some((e) => e.column === deleted.name || (e.expression && mentionsColumn(e.expression, deleted.name)))) continue;
        const blocking = ix.where === undefined && ix.elements.every((e) => e.column) ? referencedBy.find(({ fk }) => sameSet(fk.referencedColumns, columns)) : undefined;
        if (blocking && !table.uniqueConstraints.some((u) => sameSet(u.columns, columns)) && !sameSet(table.primaryKey?.columns ?? [], columns)) {
          return decline(`foreign key ${blocking.fk.name} on ${blocking.table.name} relies on the unique index ${ix.name} (${columns.join(', ')}), which cannot become partial`);
        }
      }
      const { source: _source, comment: _comment, ...rest } = ix;
      const elements = voided ? ix.elements.filter((e) => e.column !== deleted.name) : ix.elements;
      const index: Index = { ...rest, elements, where: canonical(ix.where ? `(${ix.where}) AND ${live}` : live) };
      out.push({ kind: 'drop-index', table: ref, name: ix.name }, { kind: 'add-index', table: ref, index });
    }
    // A partitioned table's unique keys exist on every partition as attached copies; replacing
    // them means replacing each partition's copy in step, which the pattern does not do yet.
    const replaced = out.flatMap((c) => (c.kind === 'drop-constraint' || c.kind === 'drop-index' ? [c.name] : []));
    if (table.partitioning && replaced.length > 0) {
      return decline(`${table.name} is partitioned and its unique keys (${replaced.join(', ')}) would have to become partial on every partition, which this pattern does not support yet`);
    }

    if (params.liveView) {
      const name = params.viewName || fitName(table.name, 'live');
      const wanted = liveViewOf(table, deleted, name);
      const current = findView(schema, { schema: table.schema, name });
      if (!current) {
        if (relationNames(schema, table.schema).has(name)) return decline(`the name ${name} is taken in schema ${table.schema}; set viewName`);
        out.push({ kind: 'add-view', view: wanted });
      } else if (current.materialized || current.dependsOn.length !== 1 || current.dependsOn[0]!.name !== table.name || current.dependsOn[0]!.schema !== table.schema) {
        return decline(`a view ${name} exists that is not the live rows of ${table.name}; set viewName`);
      } else if (current.query !== wanted.query) {
        out.push({ kind: 'replace-view', view: { ...wanted, ...(current.comment !== undefined ? { comment: current.comment } : {}) } });
      }
    }
    return changes(out);
  },
});
