import { keywordKindOf } from '@pgsql/quotes';
import { lookupTable } from './lookup';
import { quoteIdent, quoteLiteral } from './names';
import type { FunctionArgument, TypeRef } from './types';

/** Types whose modifiers go in the middle: `timestamp(3) with time zone`. */
const SPLIT_TYPES = lookupTable<[string, string]>({
  'timestamp without time zone': ['timestamp', ' without time zone'],
  'timestamp with time zone': ['timestamp', ' with time zone'],
  'time without time zone': ['time', ' without time zone'],
  'time with time zone': ['time', ' with time zone'],
});

/** The built-in types whose SQL names are several words (the grammar knows each by name). */
const MULTIWORD_TYPES = new Set(['double precision', 'character varying', 'bit varying', ...Object.keys(SPLIT_TYPES)]);

/**
 * A built-in type's name: bare when the grammar reads it as a type there (a word that is not a
 * reserved keyword, or one of the multi-word SQL names), else quoted like any identifier.
 */
function builtinName(name: string): string {
  if (MULTIWORD_TYPES.has(name)) return name;
  return /^[a-z_][a-z0-9_]*$/.test(name) && keywordKindOf(name) !== 'RESERVED_KEYWORD' ? name : quoteIdent(name);
}

/**
 * A type modifier as the model keeps it: numbers bare (`varchar(80)`), a word that needs no
 * quotes bare (PostGIS `geometry(point, 4326)`), anything else as a string, which Postgres hands
 * to the type's modifier function the same way.
 */
function modifier(text: string): string {
  if (/^[+-]?\d+(\.\d+)?$/.test(text)) return text;
  return /^[a-z_][a-z0-9_]*$/.test(text) && quoteIdent(text) === text ? text : quoteLiteral(text);
}

/**
 * INTERVAL's modifiers as the grammar stores them: a bit mask of the fields written (datetime.h:
 * MONTH 1<<1, YEAR 1<<2, DAY 1<<3, HOUR 1<<10, MINUTE 1<<11, SECOND 1<<12; all of them, 0x7FFF,
 * when none were), then the seconds' precision if one was given. The words format_type prints
 * for each mask (intervaltypmodout); any other mask is one the grammar never makes.
 */
const INTERVAL_FIELDS = lookupTable<string>({
  4: ' year',
  2: ' month',
  8: ' day',
  1024: ' hour',
  2048: ' minute',
  4096: ' second',
  6: ' year to month',
  1032: ' day to hour',
  3080: ' day to minute',
  7176: ' day to second',
  3072: ' hour to minute',
  7168: ' hour to second',
  6144: ' minute to second',
  32767: '',
});

/** `interval day to second(4)`, `interval(1)`, `interval second`: fields, then precision. */
function intervalType(modifiers: readonly string[]): string {
  const [mask, precision] = modifiers;
  const fields = mask === undefined ? '' : INTERVAL_FIELDS[mask];
  // Not a mask the grammar makes (a hand-edited document): the qualified name takes the raw
  // (mask, precision) pair and Postgres's intervaltypmodin checks it, rather than dropping it.
  if (fields === undefined || modifiers.length > 2) return `pg_catalog.interval(${modifiers.map((m) => String(Number(m))).join(',')})`;
  return `interval${fields}${precision === undefined ? '' : `(${Number(precision)})`}`;
}

/**
 * A type as Postgres's format_type prints it (user types schema-qualified, quoted if needed).
 * `identity` prints it as format_type(oid, NULL) does, as routine signatures are printed: there a
 * character type without a length is `character`, while a column's is `bpchar` (unlimited).
 */
export function formatType(type: TypeRef, options: { identity?: boolean } = {}): string {
  const mods = type.modifiers.length > 0 ? `(${type.modifiers.map(modifier).join(',')})` : '';
  let base: string;
  const split = SPLIT_TYPES[type.name];
  if (type.schema) base = `${quoteIdent(type.schema)}.${quoteIdent(type.name)}${mods}`;
  // The SQL-standard char is stored as `character`; a bare `char` is the one-byte internal type.
  else if (type.name === 'char') base = `"char"${mods}`;
  else if (split) base = `${split[0]}${mods}${split[1]}`;
  else if (type.name === 'interval') base = intervalType(type.modifiers);
  // `character` with no length is blank-padded text of any length, only spelled `bpchar`:
  // `character` alone means character(1).
  else if (type.name === 'character' && type.modifiers.length === 0 && !options.identity) base = 'bpchar';
  else base = `${builtinName(type.name)}${mods}`;
  return base + '[]'.repeat(type.arrayDims);
}

/** The argument types that identify a routine (what DROP FUNCTION f(...) lists): not OUT / TABLE. */
export function identitySignature(args: readonly FunctionArgument[]): string {
  // Postgres ignores type modifiers in a routine's identity: f(varchar(10)) is f(character varying).
  return args.filter((a) => a.mode !== 'out' && a.mode !== 'table').map((a) => formatType({ ...a.type, modifiers: [] }, { identity: true })).join(', ');
}
