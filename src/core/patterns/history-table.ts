/**
 * history-table (catalogue tier 2): `<t>_history` holds a snapshot of the row after every insert
 * and update and before every delete, written by an AFTER row trigger on `<t>` in the same
 * transaction. Planned again after `<t>` changed, it keeps the history table in step: missing
 * columns added (nullable: old snapshots have no value), changed types followed, the trigger
 * function rewritten for the new column list.
 */
import { sqlComment } from '../sql/safe-text';
import type { SchemaChange } from '../changes/types';
import { emptyTable } from '../model/empty';
import { formatType } from '../model/format-type';
import type { Column, Table } from '../model/types';
import { btreeIndex, column, findRoutine, findTable, fitName, freeName, literal, parseQualifiedName, q, qq, refOf, relationNames, rowTrigger, sameRoutine, triggerFunction, TYPES } from './build';
import { changes, decline, defineTablePattern } from './define';

export interface HistoryTableParams {
  historyTable: string;
  actorSetting: string;
}

const META = ['history_id', 'operation', 'changed_at', 'changed_by'] as const;
type Meta = Record<(typeof META)[number], string>;

/** Names of the history table's own columns, clear of the main table's column names. */
function metaNames(main: Table): Meta {
  const used = new Set(main.columns.map((c) => c.name));
  const pick = (name: string) => {
    let candidate = used.has(name) ? `history_${name}` : name;
    for (let i = 1; used.has(candidate); i++) candidate = `history_${name}_${i}`;
    used.add(candidate);
    return candidate;
  };
  return { history_id: pick('history_id'), operation: pick('operation'), changed_at: pick('changed_at'), changed_by: pick('changed_by') };
}

/** A main-table column as the history table holds it: same type and collation, nothing else. */
function snapshotColumn(c: Column, notNull: boolean): Column {
  const out: Column = { name: c.name, type: { ...c.type, modifiers: [...c.type.modifiers] }, notNull };
  if (c.collation) out.collation = c.collation;
  return out;
}

function writeBody(main: Table, history: { schema: string; name: string }, meta: Meta, snapshot: string[], setting: string): string {
  const columns = [meta.operation, meta.changed_at, meta.changed_by, ...snapshot].map(q).join(', ');
  const values = (row: 'OLD' | 'NEW') => ['TG_OP', 'now()', `NULLIF(current_setting(${literal(setting)}, true), '')`, ...snapshot.map((c) => `${row}.${q(c)}`)].join(', ');
  const insert = (row: 'OLD' | 'NEW') => `    INSERT INTO ${qq(history)} (${columns})\n    VALUES (${values(row)});`;
  return `\nBEGIN\n  ${sqlComment(`Snapshot of ${qq(main)} after INSERT / UPDATE, before DELETE.`)}\n  IF TG_OP = 'DELETE' THEN\n${insert('OLD')}\n  ELSE\n${insert('NEW')}\n  END IF;\n  RETURN NULL;\nEND\n`;
}

export default defineTablePattern<HistoryTableParams>({
  id: 'history-table',
  title: 'History table',
  description:
    'Keeps a queryable audit trail: a <table>_history table with every column of the table (same types), plus history_id, operation (INSERT / UPDATE / DELETE), changed_at and changed_by (from a session setting such as app.user_id). An AFTER INSERT OR UPDATE OR DELETE trigger writes the row snapshot in the same transaction, and an index on (primary key, changed_at) serves "what did this row look like at time T". When the table later gains or changes a column, the pattern keeps the history table in step.',
  defaultParams: { historyTable: '', actorSetting: 'app.user_id' },
  params: [
    { name: 'historyTable', label: 'History table', kind: 'table', help: 'Name of the history table; empty: <table>_history in the same schema.' },
    { name: 'actorSetting', label: 'Session setting for changed_by', kind: 'string', help: "The setting the application sets per transaction (SET LOCAL app.user_id = '...')." },
  ],
  serves: ['require-history-trigger', 'require-history-parity'],
  partitionedTables: true,
  analyze(schema, main, params) {
    if (main.columns.length === 0) return decline(`${main.name} has no columns to keep history of`);
    const mainRef = refOf(main);
    const historyRef = params.historyTable ? parseQualifiedName(params.historyTable, main.schema) : { schema: main.schema, name: fitName(main.name, 'history') };
    if (historyRef.schema === main.schema && historyRef.name === main.name) return decline('the history table cannot be the table itself');
    const meta = metaNames(main);
    const existing = findTable(schema, historyRef);
    const out: SchemaChange[] = [];
    const pk = main.primaryKey?.columns ?? [];
    const indexColumns = [...pk, meta.changed_at];

    let history: Table;
    if (!existing) {
      if (relationNames(schema, historyRef.schema).has(historyRef.name)) return decline(`the name ${historyRef.name} is taken in schema ${historyRef.schema}; set historyTable`);
      if (!schema.namespaces[historyRef.schema]) out.push({ kind: 'add-schema', namespace: { name: historyRef.schema } });
      const taken = relationNames(schema, historyRef.schema);
      taken.add(historyRef.name);
      const pkName = freeName(historyRef.name, undefined, 'pkey', (n) => taken.has(n));
      taken.add(pkName);
      history = {
        ...emptyTable(historyRef.schema, historyRef.name),
        columns: [
          column(meta.history_id, TYPES.bigint, { identity: true }),
          column(meta.operation, TYPES.text, { notNull: true }),
          column(meta.changed_at, TYPES.timestamptz, { notNull: true, default: 'now()' }),
          column(meta.changed_by, TYPES.text),
          // A new history table is empty: NOT NULL holds for every snapshot of a NOT NULL column.
          ...main.columns.map((c) => snapshotColumn(c, c.notNull)),
        ],
        primaryKey: { name: pkName, columns: [meta.history_id], include: [], deferrable: false, initiallyDeferred: false },
        indexes: [btreeIndex(freeName(historyRef.name, indexColumns.join('_'), 'idx', (n) => taken.has(n)), indexColumns)],
        comment: `History of ${main.schema}.${main.name}: a snapshot per insert, update and delete (written by a trigger).`,
      };
      out.push({ kind: 'add-table', table: history });
    } else {
      history = existing;
      const has = (name: string) => existing.columns.some((c) => c.name === name);
      const historyTableRef = refOf(existing);
      if (!has(meta.operation) || !has(meta.changed_at) || !has(meta.changed_by)) {
        // A history table written by hand (or by the application): adopted when it repeats most
        // of the main table's columns; it gains the columns the trigger writes, nullable (its
        // rows have no value for them).
        const names = new Set(existing.columns.map((c) => c.name));
        const shared = main.columns.filter((c) => names.has(c.name)).length;
        if (shared / main.columns.length < 0.6) return decline(`${historyRef.name} exists and does not look like a history of ${main.name}; set historyTable to another name`);
        if (!has(meta.operation)) out.push({ kind: 'add-column', table: historyTableRef, column: column(meta.operation, TYPES.text) });
        if (!has(meta.changed_at)) out.push({ kind: 'add-column', table: historyTableRef, column: column(meta.changed_at, TYPES.timestamptz, { default: 'now()' }) });
        if (!has(meta.changed_by)) out.push({ kind: 'add-column', table: historyTableRef, column: column(meta.changed_by, TYPES.text) });
      }
      for (const c of main.columns) {
        const copy = existing.columns.find((h) => h.name === c.name);
        // Snapshots taken before the column existed have no value: the copy is nullable.
        if (!copy) out.push({ kind: 'add-column', table: historyTableRef, column: snapshotColumn(c, false) });
        else if (formatType(copy.type) !== formatType(c.type)) out.push({ kind: 'alter-column', table: historyTableRef, column: c.name, set: { type: c.type, using: `${q(c.name)}::${formatType(c.type)}` } });
      }
      // A column the main table dropped stays (old snapshots keep it) but must accept NULL now.
      const metaSet = new Set(Object.values(meta));
      for (const h of existing.columns) {
        if (metaSet.has(h.name) || main.columns.some((c) => c.name === h.name) || !h.notNull || h.identity) continue;
        out.push({ kind: 'alter-column', table: historyTableRef, column: h.name, set: { notNull: false } });
      }
      const indexed = existing.indexes.some((ix) => ix.elements.map((e) => e.column).join(',') === indexColumns.join(','));
      if (!indexed) {
        const taken = relationNames(schema, existing.schema);
        out.push({ kind: 'add-index', table: historyTableRef, index: btreeIndex(freeName(existing.name, indexColumns.join('_'), 'idx', (n) => taken.has(n)), indexColumns) });
      }
    }

    const snapshot = main.columns.map((c) => c.name);
    const fnRef = { schema: history.schema, name: fitName(history.name, 'write') };
    const routine = triggerFunction(fnRef, writeBody(main, refOf(history), meta, snapshot, params.actorSetting));
    const found = findRoutine(schema, fnRef);
    if (!found) out.push({ kind: 'add-routine', routine });
    else if (found.returns !== 'trigger') return decline(`a function ${fnRef.name}() that is not a trigger function exists`);
    else if (!sameRoutine(found, routine)) out.push({ kind: 'replace-routine', routine });

    const writes = main.triggers.some((t) => t.function.schema === fnRef.schema && t.function.name === fnRef.name);
    if (!writes) {
      const names = new Set(main.triggers.map((t) => t.name));
      let name = fitName(main.name, 'write_history');
      for (let i = 1; names.has(name); i++) name = fitName(main.name, `write_history${i}`);
      out.push({ kind: 'add-trigger', table: mainRef, trigger: rowTrigger(name, 'after', ['insert', 'update', 'delete'], fnRef) });
    }
    return changes(out);
  },
});
