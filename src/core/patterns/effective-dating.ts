/**
 * effective-dating: versions of an entity valid over periods that must not overlap. The period
 * becomes one range value (tstzrange / daterange), generated from effective_from / until or
 * replacing them (backfilled), and `EXCLUDE USING gist (entity WITH =, period WITH &&)` (btree_gist)
 * lets the database refuse overlapping versions, with a CHECK that the period is not empty. The
 * primary key stays the surrogate it was.
 */
import type { SchemaChange } from '../changes/types';
import { nameAddition } from '../model/auto-names';
import type { Column, Schema, Table } from '../model/types';
import { column, columnOf, constraintNames, freeName, q, qq, refOf, relationNames, type } from './build';
import { dropBlocker, dropColumns } from './drop';
import { changes, decline, defineTablePattern } from './define';
import { canonical, mentionsColumn } from './sql-text';
import { PERIOD_PAIRS } from '../rules/effective-dating';
import { appendAll } from '../lib/arrays';

export interface EffectiveDatingParams {
  rangeColumn: string;
  rangeType: 'auto' | 'tstzrange' | 'tsrange' | 'daterange';
  entityColumns: string[];
  replacePeriodColumns: boolean;
}

const RANGE_OF: Record<string, 'tstzrange' | 'tsrange' | 'daterange'> = {
  'timestamp with time zone': 'tstzrange',
  'timestamp without time zone': 'tsrange',
  date: 'daterange',
};
const RANGE_TYPES = new Set(['tstzrange', 'tsrange', 'daterange']);

function periodPair(table: Table): [Column, Column] | undefined {
  for (const [from, to] of PERIOD_PAIRS) {
    const a = table.columns.find((c) => c.name === from && !c.type.schema && RANGE_OF[c.type.name]);
    const b = table.columns.find((c) => c.name === to && !c.type.schema && RANGE_OF[c.type.name]);
    if (a && b) return [a, b];
  }
  return undefined;
}

/** The entity a version belongs to: a reference column that is not unique on its own, foreign keys first. */
function inferEntity(table: Table): string[] | undefined {
  const uniqueAlone = new Set([
    ...(table.primaryKey?.columns.length === 1 ? table.primaryKey.columns : []),
    ...table.uniqueConstraints.filter((u) => u.columns.length === 1).map((u) => u.columns[0]!),
    ...table.indexes.filter((ix) => ix.unique && !ix.where && ix.elements.length === 1).map((ix) => ix.elements[0]!.column ?? ''),
  ]);
  const candidates = table.columns.filter((c) => /_id$/.test(c.name) && !uniqueAlone.has(c.name) && c.type.arrayDims === 0);
  const fk = candidates.find((c) => table.foreignKeys.some((f) => f.columns.length === 1 && f.columns[0] === c.name));
  const chosen = fk ?? candidates[0];
  return chosen ? [chosen.name] : undefined;
}

export function extensionSchema(schema: Schema, namespace: string): string {
  return schema.namespaces.public ? 'public' : namespace;
}

export default defineTablePattern<EffectiveDatingParams>({
  id: 'effective-dating',
  title: 'Effective dating',
  description:
    'For rows that are versions of an entity valid over a period (prices, contracts, assignments): the period becomes one range column (tstzrange or daterange) generated from effective_from / effective_until, or replacing them (backfilled from them), and an EXCLUDE USING gist (entity WITH =, period WITH &&) constraint (extension btree_gist) makes the database reject overlapping versions, with a CHECK that a period is not empty. The primary key stays a surrogate key.',
  defaultParams: { rangeColumn: 'valid_period', rangeType: 'auto', entityColumns: [], replacePeriodColumns: false },
  params: [
    { name: 'rangeColumn', label: 'Range column', kind: 'string', help: 'Name of the period column; an existing range column is used as it is.' },
    { name: 'rangeType', label: 'Range type', kind: 'choice', choices: ['auto', 'tstzrange', 'tsrange', 'daterange'], help: 'auto: from the type of the period columns (timestamptz -> tstzrange, date -> daterange).' },
    { name: 'entityColumns', label: 'Entity key', kind: 'columns', help: 'The columns that identify the entity whose versions must not overlap; empty: the <x>_id column (a foreign key first) that is not unique on its own.' },
    { name: 'replacePeriodColumns', label: 'Replace effective_from / until', kind: 'boolean', help: 'Backfill a plain range column and drop the two period columns (loses them; the down migration restores them). Off: the range is generated from them.', destructive: true },
  ],
  serves: ['require-exclusion-for-effective-dating'],
  analyze(schema, table, params) {
    const ref = refOf(table);
    const out: SchemaChange[] = [];
    const constraints = constraintNames(table);
    const taken = relationNames(schema, table.schema);
    const pair = periodPair(table);

    const entity = params.entityColumns.length > 0 ? params.entityColumns : inferEntity(table);
    if (!entity) return decline(`${table.name} has no column that identifies the entity its rows are versions of: set entityColumns`);
    const missing = entity.filter((c) => !columnOf(table, c));
    if (missing.length > 0) return decline(`${table.name} has no column ${missing.join(', ')}`);

    let range = columnOf(table, params.rangeColumn);
    if (range && (range.type.schema || !RANGE_TYPES.has(range.type.name) || range.type.arrayDims > 0)) return decline(`${table.name}.${range.name} exists and is not a range`);
    if (!range && params.rangeColumn === 'valid_period') range = table.columns.find((c) => !c.type.schema && RANGE_TYPES.has(c.type.name) && c.type.arrayDims === 0);
    if (range && entity.includes(range.name)) return decline('the range column cannot be part of the entity key');
    let rangeName = range?.name ?? params.rangeColumn;

    if (!range) {
      if (pair) {
        const [from, until] = pair;
        const natural = RANGE_OF[from.type.name]!;
        const kind = params.rangeType === 'auto' ? natural : params.rangeType;
        const expression = canonical(`${kind}(${q(from.name)}, ${q(until.name)}, '[)')`);
        if (!params.replacePeriodColumns) {
          if (kind !== natural) return decline(`a ${kind} generated from ${from.type.name} columns would not be immutable: use ${natural} or replacePeriodColumns`);
          out.push({ kind: 'add-column', table: ref, column: { ...column(rangeName, type(kind)), generated: { expression, stored: true } } });
        } else {
          const blocked = dropBlocker(schema, table, [from.name, until.name]);
          if (blocked) return decline(blocked);
          out.push({ kind: 'add-column', table: ref, column: column(rangeName, type(kind)) });
          out.push({
            kind: 'data-migration',
            description: `Backfill ${rangeName} from ${from.name} / ${until.name}`,
            table: ref,
            sql: `UPDATE ${qq(table)} SET ${q(rangeName)} = ${kind}(${q(from.name)}, ${q(until.name)}, '[)');`,
            reverseSql: `UPDATE ${qq(table)} SET ${q(from.name)} = lower(${q(rangeName)}), ${q(until.name)} = upper(${q(rangeName)});`,
          });
          out.push({ kind: 'alter-column', table: ref, column: rangeName, set: { notNull: true } });
          appendAll(out, dropColumns(table, [from, until]));
        }
      } else if (params.entityColumns.length > 0) {
        const kind = params.rangeType === 'auto' ? 'tstzrange' : params.rangeType;
        const start = kind === 'daterange' ? 'CURRENT_DATE' : kind === 'tsrange' ? 'LOCALTIMESTAMP' : 'now()';
        out.push({ kind: 'add-column', table: ref, column: column(rangeName, type(kind), { notNull: true, default: canonical(`${kind}(${start}, NULL)`) }) });
      } else {
        return decline(`${table.name} has no validity period (effective_from / effective_until, valid_from / valid_to or a range column): set entityColumns to add one`);
      }
    } else {
      rangeName = range.name;
    }

    const extensionNamespace = extensionSchema(schema, table.schema);
    if (!schema.extensions.btree_gist) out.push({ kind: 'add-extension', extension: { name: 'btree_gist', schema: extensionNamespace } });
    const guarded = table.exclusions.some((x) => x.elements.some((e) => e.column === rangeName && e.operator === '&&') && entity.every((c) => x.elements.some((e) => e.column === c && e.operator === '=')));
    if (!guarded) {
      const name = freeName(table.name, nameAddition([...entity, rangeName]), 'excl', (n) => constraints.has(n) || taken.has(n));
      constraints.add(name);
      out.push({
        kind: 'add-constraint',
        table: ref,
        constraint: { type: 'exclusion', name, method: 'gist', elements: [...entity.map((c) => ({ column: c, operator: '=' })), { column: rangeName, operator: '&&' }], include: [], deferrable: false, initiallyDeferred: false },
      });
    }
    if (!table.checks.some((c) => /isempty\(/.test(c.expression) && mentionsColumn(c.expression, rangeName))) {
      const name = freeName(table.name, rangeName, 'check', (n) => constraints.has(n));
      out.push({ kind: 'add-constraint', table: ref, constraint: { type: 'check', name, expression: canonical(`NOT isempty(${q(rangeName)})`), notValid: false, noInherit: false, deferrable: false, initiallyDeferred: false } });
    }
    return changes(out);
  },
});
