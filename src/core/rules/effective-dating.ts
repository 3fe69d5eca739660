/** Recognising effective-dated tables: a pair of period columns, or a range column. */
import type { Column, Table } from '../model/types';

const PERIOD_PAIRS: [string, string][] = [
  ['effective_from', 'effective_until'],
  ['effective_from', 'effective_to'],
  ['valid_from', 'valid_to'],
  ['valid_from', 'valid_until'],
  ['starts_at', 'ends_at'],
  ['start_date', 'end_date'],
  ['start_at', 'end_at'],
  ['period_start', 'period_end'],
  ['active_from', 'active_until'],
];
const TIME_TYPES = new Set(['timestamp with time zone', 'timestamp without time zone', 'date']);
const RANGE_TYPES = new Set(['tstzrange', 'tsrange', 'daterange']);

export function periodPair(table: Table): [Column, Column] | undefined {
  for (const [from, to] of PERIOD_PAIRS) {
    const a = table.columns.find((c) => c.name === from && TIME_TYPES.has(c.type.name));
    const b = table.columns.find((c) => c.name === to && TIME_TYPES.has(c.type.name));
    if (a && b) return [a, b];
  }
  return undefined;
}

export function rangeColumns(table: Table): Column[] {
  return table.columns.filter((c) => RANGE_TYPES.has(c.type.name) && c.type.arrayDims === 0 && !c.type.schema);
}
