/**
 * A structural snapshot of a database's catalog (queries.ts), and the comparison of two of them
 * object by object, property by property, in words: "sequence public.s: increment 4, expected 6".
 */
import type { SqlSession } from '../session';
import { CATALOG_KINDS } from './queries';

/** An object's properties as Postgres prints them; absent properties are left out. */
export type CatalogObject = Record<string, string>;

/** kind -> object key -> properties. */
export type CatalogSnapshot = Record<string, Record<string, CatalogObject>>;

/** Settings that change how the catalog queries are read, or how what they return prints. */
const READING_SETTINGS = ['standard_conforming_strings', 'datestyle', 'intervalstyle', 'extra_float_digits', 'bytea_output'];
const READING = READING_SETTINGS.map((name) => `'${name}'`).join(', ');

export async function snapshotCatalog(db: Pick<SqlSession, 'exec' | 'query'>): Promise<CatalogSnapshot> {
  // Names print qualified whatever search_path the last script left behind.
  await db.exec('RESET search_path;');
  // The rest of what the last script set holds for the next one, but not while the queries run:
  // an old pg_dump's `SET standard_conforming_strings = off` makes the backslashes in their
  // regular expressions escapes (\S read as S, index names left in the definitions), DateStyle
  // and the like change how values print. Kept in session variables, restored after.
  await db.exec(`SELECT set_config('schemawise.saved_' || name, setting, false) FROM pg_settings WHERE name IN (${READING})`);
  for (const name of READING_SETTINGS) await db.exec(`RESET ${name};`);
  try {
    return await readCatalog(db);
  } finally {
    await db.exec(`SELECT set_config(name, current_setting('schemawise.saved_' || name), false) FROM pg_settings WHERE name IN (${READING})`);
  }
}

async function readCatalog(db: Pick<SqlSession, 'query'>): Promise<CatalogSnapshot> {
  const snapshot: CatalogSnapshot = {};
  for (const { kind, query } of CATALOG_KINDS) {
    const result = await db.query<Record<string, string | null>>(query);
    const objects: Record<string, CatalogObject> = {};
    for (const row of result.rows) {
      const object: CatalogObject = {};
      for (const [property, value] of Object.entries(row)) if (property !== 'key' && value !== null && value !== '') object[property] = value;
      objects[row.key!] = object;
    }
    snapshot[kind] = objects;
  }
  return snapshot;
}

const LABELS = new Map(CATALOG_KINDS.map((k) => [k.kind, k.label]));

function labelOf(kind: string, object: CatalogObject): string {
  return object.kind ?? LABELS.get(kind) ?? kind;
}

/** A one-line summary of an object for "missing" and "unexpected". */
function summary(object: CatalogObject): string {
  const text = object.definition ?? object.type ?? object.kind ?? '';
  return shorten(text, 0, 100);
}

function shorten(text: string, at: number, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  if (flat.length <= width) return flat;
  const start = Math.max(0, Math.min(at - 20, flat.length - width));
  return `${start > 0 ? '…' : ''}${flat.slice(start, start + width)}${start + width < flat.length ? '…' : ''}`;
}

/** `actual, expected` in words; long values (bodies, view queries) around their first difference. */
function describe(actual: string | undefined, expected: string | undefined): string {
  const show = (value: string | undefined, at: number) => (value === undefined ? 'none' : shorten(value, at, 80));
  let at = 0;
  if (actual !== undefined && expected !== undefined) {
    const a = actual.replace(/\s+/g, ' ');
    const e = expected.replace(/\s+/g, ' ');
    while (at < a.length && at < e.length && a[at] === e[at]) at++;
  }
  return `${show(actual, at)}, expected ${show(expected, at)}`;
}

/** One difference between two snapshots: an object missing or unexpected, or one property. */
export interface CatalogDifference {
  kind: string;
  key: string;
  /** Absent when the whole object is missing or unexpected. */
  property?: string;
  message: string;
}

/** The differences between two snapshots, object by object and property by property. */
export function diffCatalogs(actual: CatalogSnapshot, expected: CatalogSnapshot): CatalogDifference[] {
  const differences: CatalogDifference[] = [];
  for (const { kind } of CATALOG_KINDS) {
    const a = actual[kind] ?? {};
    const e = expected[kind] ?? {};
    for (const key of Object.keys(e).sort()) {
      const want = e[key]!;
      const got = a[key];
      const label = labelOf(kind, want);
      if (!got) {
        differences.push({ kind, key, message: `${label} ${key}: missing${summary(want) ? ` (expected ${summary(want)})` : ''}` });
        continue;
      }
      if (got.kind !== want.kind) {
        differences.push({ kind, key, property: 'kind', message: `${label} ${key}: is a ${got.kind ?? LABELS.get(kind)}, expected a ${want.kind ?? LABELS.get(kind)}` });
        continue;
      }
      for (const property of [...new Set([...Object.keys(want), ...Object.keys(got)])]) {
        if (got[property] !== want[property]) differences.push({ kind, key, property, message: `${label} ${key}: ${property} ${describe(got[property], want[property])}` });
      }
    }
    for (const key of Object.keys(a).sort()) {
      if (!(key in e)) differences.push({ kind, key, message: `${labelOf(kind, a[key]!)} ${key}: unexpected${summary(a[key]!) ? ` (${summary(a[key]!)})` : ''}` });
    }
  }
  return differences;
}

/** The differences between two snapshots, in words; empty when they agree. */
export function compareCatalogs(actual: CatalogSnapshot, expected: CatalogSnapshot): string[] {
  return diffCatalogs(actual, expected).map((d) => d.message);
}
