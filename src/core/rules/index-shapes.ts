/** Comparing index definitions: equal ones, and ones whose columns lead another's. */
import type { IndexLike } from './schema-index';

/** A comparable text for what an index enforces and serves (columns, method, uniqueness, predicate). */
export function indexSignature(ix: IndexLike): string {
  const elements = ix.index
    ? ix.index.elements.map((e) => [e.column ?? e.expression, e.opclass ?? '', e.collation ?? '', e.descending, e.nulls ?? ''])
    : ix.columns.map((c) => [c, '', '', false, '']);
  return JSON.stringify([ix.method, elements, ix.index?.include ?? [], ix.index?.where ?? '']);
}

interface Key {
  /** Column name or expression text. */
  what: string;
  opclass: string;
  collation: string;
  descending: boolean;
  /** Where NULLs sort, made explicit: the default is last for ASC, first for DESC. */
  nullsFirst: boolean;
}

function keysOf(ix: IndexLike): Key[] | undefined {
  if (!ix.index) {
    if (ix.columns.some((c) => c === undefined)) return undefined;
    return ix.columns.map((c) => ({ what: `"${c!}"`, opclass: '', collation: '', descending: false, nullsFirst: false }));
  }
  return ix.index.elements.map((e) => ({
    what: e.column !== undefined ? `"${e.column}"` : `(${e.expression ?? ''})`,
    opclass: e.opclass ?? '',
    collation: e.collation ?? '',
    descending: e.descending,
    nullsFirst: e.nulls ? e.nulls === 'first' : e.descending,
  }));
}

/**
 * True when `small` serves nothing `big` does not: same method and predicate, and its key
 * elements (columns or expressions, with their opclass, collation and order) lead `big`'s. A
 * b-tree can be read backwards, so an order is also served when every element is reversed
 * (`(a DESC)` by `(a, b)`, whose backward scan gives `a DESC, b DESC`). Its INCLUDE columns must
 * be in `big` too. Two indexes of the same length that are each other's reverse both match; the
 * caller reports one.
 */
export function isPrefixOf(small: IndexLike, big: IndexLike): boolean {
  if (small.method !== big.method || small.method === 'hash') return false;
  if ((small.where ?? '') !== (big.where ?? '')) return false;
  const a = keysOf(small);
  const b = keysOf(big);
  if (!a || !b || a.length > b.length) return false;
  const sameElement = (x: Key, y: Key) => x.what === y.what && x.opclass === y.opclass && x.collation === y.collation;
  if (!a.every((k, i) => sameElement(k, b[i]!))) return false;
  const sameOrder = a.every((k, i) => k.descending === b[i]!.descending && k.nullsFirst === b[i]!.nullsFirst);
  const reversed = small.method === 'btree' && a.every((k, i) => k.descending !== b[i]!.descending && k.nullsFirst !== b[i]!.nullsFirst);
  // Order only matters to ordered methods; GIN and GiST keep none.
  const ordered = small.method === 'btree';
  if (ordered && !sameOrder && !reversed) return false;
  // Same length and same order is a duplicate (no-duplicate-index's finding), not a prefix.
  if (a.length === b.length && (sameOrder || !ordered)) return false;
  const bigColumns = new Set([...big.columns, ...(big.index?.include ?? [])]);
  return (small.index?.include ?? []).every((c) => bigColumns.has(c));
}
