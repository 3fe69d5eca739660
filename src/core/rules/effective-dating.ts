/** Recognising effective-dated tables: a pair of period columns, or a range column. */
import type { Column, Table } from '../model/types';
import { columnsNamed } from './heuristics';

/**
 * Names that say "this row is valid for a period". Generic start/end pairs (a job's started_at /
 * ended_at, a session's start_date / end_date) describe events, not versions, and are left out.
 */
export const PERIOD_PAIRS: [string, string][] = [
  ['effective_from', 'effective_until'],
  ['effective_from', 'effective_to'],
  ['effective_start', 'effective_end'],
  ['valid_from', 'valid_to'],
  ['valid_from', 'valid_until'],
  ['active_from', 'active_until'],
  ['active_from', 'active_to'],
];
const TIME_TYPES = new Set(['timestamp with time zone', 'timestamp without time zone', 'date']);
const RANGE_TYPES = new Set(['tstzrange', 'tsrange', 'daterange']);

export function periodPair(table: Table): [Column, Column] | undefined {
  for (const [from, to] of PERIOD_PAIRS) {
    const a = columnsNamed(table, from).find((c) => TIME_TYPES.has(c.type.name));
    const b = columnsNamed(table, to).find((c) => TIME_TYPES.has(c.type.name));
    if (a && b) return [a, b];
  }
  return undefined;
}

export function rangeColumns(table: Table): Column[] {
  return table.columns.filter((c) => RANGE_TYPES.has(c.type.name) && c.type.arrayDims === 0 && !c.type.schema);
}

/**
 * A system-time period (`sys_period`, the temporal_tables convention, and its spellings): the span
 * in which the database held that version of the row, which a versioning trigger opens at the
 * transaction's clock and closes when it copies the row to its history table. The trigger cannot
 * make two such periods overlap, and the current table holds one row per key; an EXCLUDE
 * constraint guards application (valid) time, which users write.
 */
export function isSystemTimePeriod(column: Column): boolean {
  return /^(sys|system|transaction|tx)_(period|time|range)$/.test(column.name.toLowerCase());
}

/**
 * Effective-dated versions share an entity: a reference column (`<x>_id`, not the key) that is
 * not unique on its own, so one entity has several rows over time. A table whose own row carries
 * a validity period (an account valid until a date) has no versions to overlap.
 */
export function hasVersionsPerEntity(table: Table): boolean {
  if (hasOwnIdentifier(table)) return false;
  const pk = table.primaryKey?.columns ?? [];
  const uniqueAlone = new Set([
    ...table.uniqueConstraints.filter((u) => u.columns.length === 1).map((u) => u.columns[0]!),
    ...table.indexes.filter((ix) => ix.unique && !ix.where && ix.elements.length === 1).map((ix) => ix.elements[0]!.column ?? ''),
  ]);
  if (pk.length === 1) uniqueAlone.add(pk[0]!);
  return table.columns.some((c) => /_id$/.test(c.name) && !uniqueAlone.has(c.name));
}

const OWN_IDENTIFIER = /^(objectid|identifier|gml_?id)$/;
const TEXT_TYPES = new Set(['text', 'character varying', 'citext']);

/**
 * A row that carries its own identifier as an object (3DCityDB's `feature` and `appearance`, each
 * with CityGML's `objectid` and `identifier`) is an object in its own right: its `<x>_id` columns
 * name other things (the feature's class, an appearance's feature), not an entity it is a version
 * of, and its validity period is the object's own (CityGML's validFrom / validTo).
 */
function hasOwnIdentifier(table: Table): boolean {
  return table.columns.some((c) => OWN_IDENTIFIER.test(c.name) && !c.type.schema && TEXT_TYPES.has(c.type.name));
}
