/**
 * Tiny helpers for importer unit tests: import a SQL snippet and look objects up by name, failing
 * with the list of what does exist when a name is missing.
 */
import { importSqlAsync, type ImportResult, type ParseIssue } from '../../src/core/parse';
import { qualifiedKey } from '../../src/core/model';
import type { Column, RoutineDef, Sequence, Table, UserType, View } from '../../src/core/model';

export interface Loaded extends ImportResult {
  /** `users` (public) or `app.users`. */
  table(name: string): Table;
  view(name: string): View;
  type(name: string): UserType;
  sequence(name: string): Sequence;
  /** By full key: `public.f(integer, text)`. */
  routine(key: string): RoutineDef;
  column(table: string, column: string): Column;
  /** Issues of severity `error`. */
  errors: ParseIssue[];
  warnings: ParseIssue[];
}

/** `users` -> `public.users`; `app.users` -> `app.users` (quoted as the model keys are). */
export function key(name: string): string {
  const dot = name.indexOf('.');
  return dot === -1 ? qualifiedKey('public', name) : qualifiedKey(name.slice(0, dot), name.slice(dot + 1));
}

function pick<T>(record: Record<string, T>, k: string, what: string): T {
  const found = record[k];
  if (found === undefined) throw new Error(`no ${what} ${k}; the model has: ${Object.keys(record).join(', ') || '(none)'}`);
  return found;
}

export async function load(sql: string): Promise<Loaded> {
  const result = await importSqlAsync(sql);
  const { schema } = result;
  return {
    ...result,
    table: (name) => pick(schema.tables, key(name), 'table'),
    view: (name) => pick(schema.views, key(name), 'view'),
    type: (name) => pick(schema.types, key(name), 'type'),
    sequence: (name) => pick(schema.sequences, key(name), 'sequence'),
    routine: (k) => pick(schema.routines, k, 'routine'),
    column(table, column) {
      const t = pick(schema.tables, key(table), 'table');
      const c = t.columns.find((x) => x.name === column);
      if (!c) throw new Error(`no column ${column} in ${table}; it has: ${t.columns.map((x) => x.name).join(', ')}`);
      return c;
    },
    errors: result.issues.filter((i) => i.severity === 'error'),
    warnings: result.issues.filter((i) => i.severity === 'warning'),
  };
}

/** Names of every constraint of a table (PK, unique, FK, check, exclusion), sorted. */
export function constraintNames(table: Table): string[] {
  return [
    ...(table.primaryKey ? [table.primaryKey.name] : []),
    ...table.uniqueConstraints.map((c) => c.name),
    ...table.foreignKeys.map((c) => c.name),
    ...table.checks.map((c) => c.name),
    ...table.exclusions.map((c) => c.name),
  ].sort();
}

/** Names of a table's indexes, including those behind PK / unique / exclusion constraints, sorted. */
export function indexNames(table: Table): string[] {
  return [
    ...(table.primaryKey ? [table.primaryKey.name] : []),
    ...table.uniqueConstraints.map((c) => c.name),
    ...table.exclusions.map((c) => c.name),
    ...table.indexes.map((i) => i.name),
  ].sort();
}

/**
 * The model's canonical text for a default written `expression` (e.g. pg_dump's
 * `nextval('public.t_id_seq'::regclass)`), to compare spellings without fixing the deparser's style.
 */
export async function canonicalDefault(expression: string, type = 'integer'): Promise<string | undefined> {
  const m = await load(`CREATE TABLE canonical_default_probe (c ${type} DEFAULT ${expression});`);
  return m.column('canonical_default_probe', 'c').default;
}
