/** Comparing model objects for the differ: by content, ignoring where they were read from. */

/** Canonical JSON of a value: keys sorted, source ranges and comments left out. */
export function canonical(value: unknown, ignore: ReadonlySet<string> = IGNORED): string {
  return JSON.stringify(strip(value, ignore));
}

const IGNORED = new Set(['source']);

function strip(value: unknown, ignore: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => strip(v, ignore));
  if (!value || typeof value !== 'object') return value;
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const child = (value as Record<string, unknown>)[key];
    if (ignore.has(key) || child === undefined) continue;
    result[key] = strip(child, ignore);
  }
  return result;
}

/**
 * `canonical(a, ignore) === canonical(b, ignore)`, decided by walking both values together: no
 * strings are built, the walk stops at the first difference, and a value compared with itself
 * (an unchanged object kept by reference) is equal at once. JSON's rules are followed exactly:
 * undefined (and functions) inside an object count as absent and inside an array as null, and
 * so do non-finite numbers.
 */
export function same(a: unknown, b: unknown, ignore: ReadonlySet<string> = IGNORED): boolean {
  // At the top level JSON.stringify gives undefined (not "null") for undefined and functions.
  if (isAbsent(a) || isAbsent(b)) return isAbsent(a) && isAbsent(b);
  return equalJson(a, b, ignore);
}

/** What JSON.stringify leaves out of an object (and prints as null in an array). */
function isAbsent(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** Whether JSON prints the value as `null`. */
function isJsonNull(value: unknown): boolean {
  return value === null || isAbsent(value) || (typeof value === 'number' && !Number.isFinite(value));
}

function equalJson(a: unknown, b: unknown, ignore: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (isJsonNull(a) || isJsonNull(b)) return isJsonNull(a) && isJsonNull(b);
  if (typeof a !== 'object' || typeof b !== 'object') return false; // different primitives (0 === -0 already)
  const aArray = Array.isArray(a);
  if (aArray !== Array.isArray(b)) return false;
  if (aArray) {
    const x = a as unknown[];
    const y = b as unknown[];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!equalJson(x[i], y[i], ignore)) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const key of Object.keys(x)) {
    const value = x[key];
    if (ignore.has(key) || isAbsent(value)) continue;
    const other = y[key];
    if (isAbsent(other) || !Object.prototype.hasOwnProperty.call(y, key)) return false;
    if (!equalJson(value, other, ignore)) return false;
    count++;
  }
  for (const key of Object.keys(y)) {
    if (ignore.has(key) || isAbsent(y[key])) continue;
    count--;
  }
  return count === 0;
}

/** Keys of two records, split into removed / added / kept, each sorted for a stable output. */
export function partition<T>(from: Record<string, T>, to: Record<string, T>): { removed: string[]; added: string[]; kept: string[] } {
  const removed = Object.keys(from).filter((k) => !(k in to)).sort();
  const added = Object.keys(to).filter((k) => !(k in from)).sort();
  const kept = Object.keys(from).filter((k) => k in to).sort();
  return { removed, added, kept };
}

/** The same split for lists of named things. */
export function byName<T extends { name: string }>(items: T[]): Record<string, T> {
  const record: Record<string, T> = {};
  for (const item of items) record[item.name] = item;
  return record;
}

/** Named things by name, in a Map (a later one of the same name wins, as in `byName`). */
export function mapByName<T extends { name: string }>(items: T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.name, item);
  return map;
}

/** `partition` for Maps: names removed / added / kept, each sorted. */
export function partitionMaps<T>(from: Map<string, T>, to: Map<string, T>): { removed: string[]; added: string[]; kept: string[] } {
  const removed: string[] = [];
  const kept: string[] = [];
  for (const key of from.keys()) (to.has(key) ? kept : removed).push(key);
  const added: string[] = [];
  for (const key of to.keys()) if (!from.has(key)) added.push(key);
  return { removed: removed.sort(), added: added.sort(), kept: kept.sort() };
}

/**
 * SQL text with its layout taken away: runs of white space outside quotes (string literals,
 * quoted names are kept as written) become one space. A view query the
 * printer laid out on several lines and the same query on one line are the same view.
 */
export function sqlLayoutFree(sql: string): string {
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i]!;
    if (ch === "'" || ch === '"') {
      let j = i + 1;
      while (j < sql.length && !(sql[j] === ch && sql[j + 1] !== ch)) j += sql[j] === ch ? 2 : 1;
      out += sql.slice(i, j + 1);
      i = j + 1;
    } else if (/\s/.test(ch)) {
      while (i < sql.length && /\s/.test(sql[i]!)) i++;
      if (out !== '' && i < sql.length) out += ' ';
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
