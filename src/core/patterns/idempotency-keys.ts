/**
 * idempotency-keys (schema level): the table that recognises a retried request by its key and
 * returns the first execution's result. idempotency_key unique within an optional scope, the
 * request's hash (a retry with another body is an error, not a replay), the stored response,
 * locked_at (a request in progress), created_at, expires_at with an index for the clean-up job.
 * On an existing idempotency table it adds the missing unique key and index.
 */
import type { SchemaChange } from '../changes/types';
import { nameAddition } from '../model/auto-names';
import { emptyTable } from '../model/empty';
import type { Table } from '../model/types';
import { btreeIndex, column, columnOf, constraintNames, findTable, freeName, literal, refOf, relationNames, TYPES, patternTableRef, startNewTable } from './build';
import { changes, decline, defineSchemaPattern } from './define';
import { canonical } from './sql-text';
import { appendAll } from '../lib/arrays';

export interface IdempotencyKeysParams {
  table: string;
  scopeColumn: string;
  ttl: string;
}

const KEY = ['idempotency_key', 'request_key', 'key'];

export default defineSchemaPattern<IdempotencyKeysParams>({
  id: 'idempotency-keys',
  title: 'Idempotency keys',
  description:
    'A table that makes side-effecting requests safe to retry: the first execution records its idempotency_key (unique within an optional scope such as the user), the hash of the request and, once done, the response status and body; a retry with the same key gets the stored response instead of running again, and a concurrent retry finds the row locked (locked_at). expires_at, indexed, lets a periodic job delete old keys.',
  defaultParams: { table: 'idempotency_keys', scopeColumn: 'scope', ttl: '24 hours' },
  params: [
    { name: 'table', label: 'Table', kind: 'table', help: 'Name of the table (schema.table or table, in public); an existing one gets the missing unique key.' },
    { name: 'scopeColumn', label: 'Scope column', kind: 'string', help: "The column keys are unique within (e.g. the caller); empty: keys are unique across all callers." },
    { name: 'ttl', label: 'Time to live', kind: 'string', help: "How long a key is kept: expires_at defaults to now() + this interval (e.g. '24 hours', '7 days')." },
  ],
  serves: ['require-idempotency-key-unique'],
  analyze(schema, target, params) {
    if (!/^[0-9a-z .:]+$/i.test(params.ttl.trim())) return decline(`ttl ${params.ttl} is not an interval such as '24 hours'`);
    const ref = patternTableRef(schema, target, params.table);
    const existing = findTable(schema, ref);
    const taken = relationNames(schema, ref.schema);
    const out: SchemaChange[] = [];
    if (!existing) {
      const start = startNewTable(schema, ref, taken);
      if ('reason' in start) return decline(start.reason);
      appendAll(out, start.changes);
      const { pkName } = start;
      const keyColumns = [...(params.scopeColumn ? [params.scopeColumn] : []), 'idempotency_key'];
      const uniqueName = freeName(ref.name, nameAddition(keyColumns), 'key', (n) => taken.has(n));
      taken.add(uniqueName);
      const table: Table = {
        ...emptyTable(ref.schema, ref.name),
        columns: [
          column('id', TYPES.bigint, { identity: true }),
          ...(params.scopeColumn ? [column(params.scopeColumn, TYPES.text, { notNull: true, default: "''" })] : []),
          column('idempotency_key', TYPES.text, { notNull: true }),
          column('request_hash', TYPES.text, { notNull: true }),
          column('response_status', TYPES.integer),
          column('response_body', TYPES.jsonb),
          column('locked_at', TYPES.timestamptz),
          column('created_at', TYPES.timestamptz, { notNull: true, default: 'now()' }),
          column('expires_at', TYPES.timestamptz, { notNull: true, default: canonical(`now() + ${literal(params.ttl.trim())}::interval`) }),
        ],
        primaryKey: { name: pkName, columns: ['id'], include: [], deferrable: false, initiallyDeferred: false },
        uniqueConstraints: [{ name: uniqueName, columns: keyColumns, include: [], nullsNotDistinct: false, deferrable: false, initiallyDeferred: false }],
        indexes: [btreeIndex(freeName(ref.name, 'expires_at', 'idx', (n) => taken.has(n)), ['expires_at'])],
        comment: 'Idempotency keys: the first execution of a request and its response; retries with the same key get the stored response.',
      };
      out.push({ kind: 'add-table', table });
      return changes(out);
    }
    const key = KEY.map((n) => columnOf(existing, n)).find(Boolean);
    if (!key) return decline(`${existing.name} has no key column (idempotency_key, request_key or key)`);
    const scope = params.scopeColumn ? columnOf(existing, params.scopeColumn) : undefined;
    const unique = [...(existing.primaryKey ? [existing.primaryKey.columns] : []), ...existing.uniqueConstraints.map((u) => u.columns), ...existing.indexes.filter((ix) => ix.unique && !ix.where).map((ix) => ix.elements.map((e) => e.column ?? ''))]
      .some((cols) => cols.includes(key.name));
    if (!unique) {
      const columns = [...(scope ? [scope.name] : []), key.name];
      const constraints = constraintNames(existing);
      out.push({ kind: 'add-constraint', table: refOf(existing), constraint: { type: 'unique', name: freeName(existing.name, nameAddition(columns), 'key', (n) => taken.has(n) || constraints.has(n)), columns, include: [], nullsNotDistinct: false, deferrable: false, initiallyDeferred: false } });
    }
    const expires = columnOf(existing, 'expires_at');
    if (expires && !existing.indexes.some((ix) => ix.elements[0]?.column === 'expires_at')) {
      out.push({ kind: 'add-index', table: refOf(existing), index: btreeIndex(freeName(existing.name, 'expires_at', 'idx', (n) => taken.has(n)), ['expires_at']) });
    }
    return changes(out);
  },
});
