/** Comparing index definitions: equal ones, and ones whose columns lead another's. */
import type { IndexLike } from './schema-index';

/** A comparable text for what an index enforces and serves (columns, method, uniqueness, predicate). */
export function indexSignature(ix: IndexLike): string {
  const elements = ix.index
    ? ix.index.elements.map((e) => [e.column ?? e.expression, e.opclass ?? '', e.collation ?? '', e.descending, e.nulls ?? ''])
    : ix.columns.map((c) => [c, '', '', false, '']);
  return JSON.stringify([ix.method, elements, ix.index?.include ?? [], ix.index?.where ?? '']);
}

/** True when `small`'s columns are a leading prefix of `big`'s (same method, both plain). */
export function isPrefixOf(small: IndexLike, big: IndexLike): boolean {
  if (small.method !== big.method || small.partial || big.partial) return false;
  if (small.columns.length >= big.columns.length) return false;
  if (small.columns.some((c) => c === undefined)) return false;
  if (small.index && small.index.elements.some((e) => e.opclass || e.collation || e.descending)) return false;
  if (big.index && big.index.elements.slice(0, small.columns.length).some((e) => e.opclass || e.collation || e.descending)) return false;
  return small.columns.every((c, i) => big.columns[i] === c);
}
