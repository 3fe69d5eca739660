/**
 * outbox-publisher: an AFTER INSERT OR UPDATE OR DELETE row trigger on a table writes each change
 * (the row as jsonb, its key, the operation) into the outbox in the same transaction, through one
 * shared function `<outbox>_publish()`. Turns the schema-level outbox on when it is off.
 */
import type { SchemaChange } from '../changes/types';
import type { Table } from '../model/types';
import { columnOf, findRoutine, findTable, fitName, qq, refOf, patternTableRef, rowTrigger, sameRoutine, triggerFunction } from './build';
import { changes, decline, defineTablePattern } from './define';
import { outboxChanges } from './outbox';
import { appendAll } from '../lib/arrays';

export interface OutboxPublisherParams {
  outboxTable: string;
  aggregateType: string;
}

function publishBody(outbox: Table | { schema: string; name: string }, withHeaders: boolean): string {
  const columns = ['aggregate_type', 'aggregate_id', 'event_type', 'payload', ...(withHeaders ? ['headers'] : [])];
  const values = ['TG_ARGV[0]', "array_to_string(key_parts, ':')", "TG_ARGV[0] || '.' || lower(TG_OP)", 'row_data', ...(withHeaders ? ["jsonb_build_object('table', TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, 'operation', TG_OP)"] : [])];
  return `
DECLARE
  row_data jsonb;
  key_parts text[] := '{}';
BEGIN
  -- Arguments: the aggregate type, then the key columns of the row.
  IF TG_OP = 'DELETE' THEN
    row_data := to_jsonb(OLD);
  ELSE
    row_data := to_jsonb(NEW);
  END IF;
  FOR i IN 1 .. TG_NARGS - 1 LOOP
    key_parts := key_parts || (row_data ->> TG_ARGV[i]);
  END LOOP;
  INSERT INTO ${qq(outbox)} (${columns.join(', ')})
  VALUES (${values.join(', ')});
  RETURN NULL;
END
`;
}

export default defineTablePattern<OutboxPublisherParams>({
  id: 'outbox-publisher',
  title: 'Publish changes to the outbox',
  description:
    'An AFTER INSERT OR UPDATE OR DELETE trigger on the table writes every change into the outbox table in the same transaction: aggregate_type (the table name by default), aggregate_id (the primary key), event_type (<type>.insert / .update / .delete) and the row as jsonb. If the transaction rolls back, so does the event; if it commits, the relay will publish it. Turns the schema-level outbox pattern on if it is off.',
  defaultParams: { outboxTable: 'outbox', aggregateType: '' },
  params: [
    { name: 'outboxTable', label: 'Outbox table', kind: 'table', help: 'The outbox to write to (created by the outbox pattern if missing).' },
    { name: 'aggregateType', label: 'Aggregate type', kind: 'string', help: 'The aggregate_type written for this table; empty: the table name.' },
  ],
  serves: ['require-outbox-unpublished-index'],
  partitionedTables: true,
  analyze(schema, table, params) {
    const key = table.primaryKey?.columns;
    if (!key || key.length === 0) return decline(`${table.name} has no primary key to name the aggregate with`);
    const outboxRef = patternTableRef(schema, undefined, params.outboxTable);
    if (outboxRef.schema === table.schema && outboxRef.name === table.name) return decline('the outbox does not publish itself');
    const out: SchemaChange[] = [];
    const outbox = findTable(schema, outboxRef);
    let withHeaders = true;
    if (!outbox) {
      const created = outboxChanges(schema, outboxRef);
      if (!created.ok) return created;
      appendAll(out, created.changes);
    } else {
      const missing = ['aggregate_type', 'aggregate_id', 'event_type', 'payload'].filter((c) => !columnOf(outbox, c));
      if (missing.length > 0) return decline(`${outbox.name} lacks ${missing.join(', ')}: it is not an outbox this pattern can write to`);
      withHeaders = Boolean(columnOf(outbox, 'headers'));
    }
    const fnRef = { schema: outboxRef.schema, name: fitName(outboxRef.name, 'publish') };
    const routine = triggerFunction(fnRef, publishBody(outboxRef, withHeaders));
    const found = findRoutine(schema, fnRef);
    if (!found) out.push({ kind: 'add-routine', routine });
    else if (found.returns !== 'trigger') return decline(`a function ${fnRef.name}() that is not a trigger function exists`);
    else if (!sameRoutine(found, routine)) out.push({ kind: 'replace-routine', routine });

    const args = [params.aggregateType || table.name, ...key];
    const current = table.triggers.find((t) => t.function.schema === fnRef.schema && t.function.name === fnRef.name);
    if (!current) {
      const names = new Set(table.triggers.map((t) => t.name));
      let name = fitName(table.name, 'to_outbox');
      for (let i = 1; names.has(name); i++) name = fitName(table.name, `to_outbox${i}`);
      out.push({ kind: 'add-trigger', table: refOf(table), trigger: rowTrigger(name, 'after', ['insert', 'update', 'delete'], fnRef, { arguments: args }) });
    } else if (current.arguments.join('\u0000') !== args.join('\u0000')) {
      out.push({ kind: 'drop-trigger', table: refOf(table), name: current.name }, { kind: 'add-trigger', table: refOf(table), trigger: { ...rowTrigger(current.name, 'after', ['insert', 'update', 'delete'], fnRef, { arguments: args }) } });
    }
    return changes(out);
  },
});
