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

export function same(a: unknown, b: unknown, ignore?: ReadonlySet<string>): boolean {
  return canonical(a, ignore) === canonical(b, ignore);
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
