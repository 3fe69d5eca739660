/**
 * The columns that say when a row was made and when it last changed, by their names, types and
 * defaults, under the spellings real schemas use (snake_case, quoted camelCase, Indian English).
 */
import { keyOf } from '../model/names';
import type { Column, Schema, Table } from '../model/types';
import { CREATED_COLUMNS, UPDATED_COLUMNS, columnsNamed } from './heuristics';
import { typeFamily } from './type-families';

/** Time-typed columns: timestamps, dates, and epoch numbers named as times (`created_ts`, `ts_added_ms`). */
export function isTimeColumn(column: Column, schema?: Schema): boolean {
  const type = column.type;
  if (type.arrayDims > 0) return false;
  if (/^(timestamp|date$)/.test(type.name)) return true;
  const family = schema ? typeFamily(type, schema) : /^(bigint|integer|numeric)$/.test(type.name) ? 'integer' : 'other';
  if (family === 'integer') return /(^|_)(ts|ms|at|time|timestamp|epoch|mtime|seen|expires|expiry|expiration|until)($|_)/.test(column.name);
  // A domain over timestamptz (PostgREST's unixtz, AdventureWorks' none): resolve it.
  if (type.schema && schema) {
    const domain = schema.types[keyOf({ schema: type.schema, name: type.name })];
    if (domain?.kind === 'domain') return /^(timestamp|date$)/.test(domain.baseType.name);
  }
  return false;
}

/**
 * The insert time as a default, bare or converted to a zone (`timezone('utc'::text, now())`, the
 * Supabase dashboard's default, and `now() AT TIME ZONE 'utc'`, which deparses to the same call).
 */
const NOW_DEFAULT = /^(timezone\('[^']*'(::text)?, *)?(now\(\)|current_timestamp|localtimestamp|clock_timestamp\(\)|statement_timestamp\(\)|transaction_timestamp\(\)|current_date|\('now'::text\)::timestamp)/i;
const TIME_SUFFIX = '(_?(at|on|date|time|ts|timestamp|datetime|dt))?(_ms)?';
/** Names that mean "made at" whatever else the column holds. */
const CREATED_NAME = new RegExp(`^(created|creation|create|inserted|insert|added|date_?created|date_?added|ts_added|received|uploaded|registered|recorded|occurred|logged|happened|first_seen|computed|calculated|fetched|imported|scraped|collected|generated|captured)${TIME_SUFFIX}$|^(ts|time)_?(created|added|inserted)(_ms)?$|^(ts|timestamp)$`);
/** Names that mean it when the column is NOT NULL (a nullable published_at is a draft's publish time). */
const CREATED_WHEN_SET = new RegExp(`^(sent|submitted|published)${TIME_SUFFIX}$`);

/**
 * The column recording when a row was made: a conventional name (`created_at`, `inserted_at`,
 * `create_date`, `DateCreated`, Synapse's `creation_ts` and `ts_added_ms`), a NOT NULL `sent_on`
 * or `published_at`, the row's own date (`rental.rental_date`, `SalesOrderHeader.OrderDate`), or
 * any time column that is NOT NULL DEFAULT now() and not an update column (set once, at insert).
 */
export function creationColumn(table: Table, schema?: Schema): Column | undefined {
  const conventional = namedAmong(table, CREATED_COLUMNS);
  if (conventional) return conventional;
  const words = table.name.toLowerCase();
  const prefix = sharedColumnPrefix(table);
  return table.columns.find((c) => {
    const name = snakeCased(c.name);
    if (UPDATED_COLUMNS.includes(name) || isUpdateName(name) || !isTimeColumn(c, schema)) return false;
    if (CREATED_COLUMNS.includes(name) || CREATED_NAME.test(name) || (c.notNull && CREATED_WHEN_SET.test(name))) return true;
    if (c.notNull && c.default !== undefined && NOW_DEFAULT.test(c.default)) return true;
    // The row's own time under the prefix every column of the table carries, standing for the
    // table (MediaWiki's protected_titles.pt_timestamp, categorylinks.cl_timestamp,
    // uploadstash.us_timestamp): `<prefix>_timestamp`, `_time` or `_date`.
    if (prefix !== undefined && new RegExp(`^${prefix}_(timestamp|time|date)$`).test(name)) return true;
    // The row's own date: its noun (4+ letters) is in the table's name, or the verb it was made
    // by is (a leave request's `requested_at`, a booking's `booked_at`, a reservation's
    // `reserved_at`: the participle's stem).
    const noun = /^([a-z]{4,}?)_?(date|time|at|on)$/.exec(name)?.[1];
    if (noun === undefined) return false;
    const stem = /^([a-z]{4,}?)e?d$/.exec(noun)?.[1];
    return words.includes(noun) || (stem !== undefined && words.includes(stem));
  });
}

/**
 * The prefix every column of the table starts with (`pt_` in MediaWiki's protected_titles:
 * pt_namespace, pt_title, pt_user, pt_timestamp), when the table has at least three columns: a
 * short name for the table itself. Undefined when any column goes without it.
 */
function sharedColumnPrefix(table: Table): string | undefined {
  if (table.columns.length < 3) return undefined;
  const prefix = /^([a-z]{1,8})_/.exec(snakeCased(table.columns[0]!.name))?.[1];
  return prefix !== undefined && table.columns.every((c) => snakeCased(c.name).startsWith(`${prefix}_`)) ? prefix : undefined;
}

const UPDATED_NAME = /^(updated|updation|modified|changed|last_modified|last_changed|last_updated|mtime|refreshed|synced|last_synced|recomputed|recalculated)(_?(at|on|date|time|ts|timestamp|datetime))?(_ms)?$|^(date|time|ts)_?(updated|modified)$/;

function isUpdateName(name: string): boolean {
  return UPDATED_NAME.test(name);
}

/**
 * The column recording when a row last changed (`updated_at`, `ModifiedDate`, `last_update`,
 * `mtime`, and `updation_time` as Indian English spells it, as Ente's Go server does).
 */
export function updateColumn(table: Table, schema?: Schema): Column | undefined {
  const conventional = namedAmong(table, UPDATED_COLUMNS);
  if (conventional) return conventional;
  return table.columns.find((c) => {
    const name = snakeCased(c.name);
    return (UPDATED_COLUMNS.includes(name) || isUpdateName(name)) && isTimeColumn(c, schema);
  });
}

/**
 * A quoted camelCase or PascalCase name in snake_case (`"createdAt"` -> `created_at`), as ORMs
 * that keep their fields' spelling write them (Prisma, Sequelize, TypeORM, Hasura's console):
 * the audit columns mean the same under either spelling.
 */
/**
 * The first column with one of these conventional names, of any type (Kanboard's epoch
 * `date_creation`), written as is or in another case (Hive's quoted `"CREATE_TIME"`, epoch seconds
 * in an int; a quoted `"createdAt"`).
 */
function namedAmong(table: Table, names: readonly string[]): Column | undefined {
  for (const name of names) {
    const found = columnsNamed(table, name)[0];
    if (found) return found;
  }
  return table.columns.find((c) => /[A-Z]/.test(c.name) && names.includes(snakeCased(c.name)));
}

function snakeCased(name: string): string {
  return /[A-Z]/.test(name) ? name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase() : name;
}
