/**
 * How existing values get from one column type to another in `ALTER COLUMN ... TYPE`.
 *
 * Without USING, Postgres converts with an assignment (or implicit) cast and refuses ("column
 * cannot be cast automatically") when there is none. The casts below are pg_cast's for the
 * built-in types (castcontext 'i' or 'a'), plus the rule every type follows: anything converts
 * to a string type by its output function in assignment context, and a string converts to
 * anything by the target's input function, but only explicitly. Where no cast exists at all, a
 * conversion with the meaning people intend is used (epoch seconds <-> timestamps, text <->
 * bytea as UTF-8 bytes, integers <-> booleans as zero / non-zero), and as a last resort the
 * value's text form. Any USING conversion may fail on a value that does not convert: the
 * statement says so (hazard `may-fail-on-data`), and its transaction rolls back whole.
 */
import { formatType } from '../model/format-type';
import { keyOf } from '../model/names';
import { quoteIdent } from './safe-text';
import type { Schema, TypeRef } from '../model/types';

export interface Conversion {
  /** The USING expression; absent when Postgres converts on its own. */
  using?: string;
  /** Some existing values may not convert (the statement then fails and rolls back). */
  mayFail: boolean;
  /** Every value converts, but some are rounded or truncated (the same type, less precise). */
  rounds?: true;
}

const INTEGERS = ['smallint', 'integer', 'bigint'];
const NUMBERS = [...INTEGERS, 'numeric', 'real', 'double precision'];
const STRINGS = ['text', 'character varying', 'character', 'name', 'citext'];
const TIMESTAMPS = ['timestamp without time zone', 'timestamp with time zone'];

/** Assignment or implicit casts between built-in types (pg_cast, castcontext 'a' or 'i'). */
const ASSIGNMENT: Record<string, string[]> = {
  smallint: NUMBERS.filter((t) => t !== 'smallint').concat('oid'),
  integer: NUMBERS.filter((t) => t !== 'integer').concat('oid', 'money'),
  bigint: NUMBERS.filter((t) => t !== 'bigint').concat('oid', 'money'),
  numeric: NUMBERS.filter((t) => t !== 'numeric').concat('money'),
  real: NUMBERS.filter((t) => t !== 'real'),
  'double precision': NUMBERS.filter((t) => t !== 'double precision'),
  money: ['numeric'],
  oid: ['integer', 'bigint'],
  date: TIMESTAMPS,
  'timestamp without time zone': ['date', 'time without time zone', 'timestamp with time zone'],
  'timestamp with time zone': ['date', 'time without time zone', 'timestamp without time zone', 'time with time zone'],
  'time without time zone': ['interval', 'time with time zone'],
  'time with time zone': ['time without time zone'],
  interval: ['time without time zone'],
  json: ['jsonb'],
  jsonb: ['json'],
  inet: ['cidr'],
  cidr: ['inet'],
  bit: ['bit varying'],
  'bit varying': ['bit'],
};

/** Explicit-only casts between built-in types (pg_cast, castcontext 'e'). */
const EXPLICIT: Record<string, string[]> = {
  boolean: ['integer'],
  integer: ['boolean', 'bit', '"char"'],
  bigint: ['bit'],
  bit: ['integer', 'bigint'],
  jsonb: ['boolean', ...NUMBERS],
};

function builtin(type: TypeRef): string | undefined {
  return type.schema ? undefined : type.name;
}

function isString(type: TypeRef, schema?: Schema): boolean {
  if (type.arrayDims > 0) return false;
  if (!type.schema) return STRINGS.includes(type.name);
  // citext (an extension's type) and domains over strings read and print as strings.
  if (type.name === 'citext') return true;
  const user = schema?.types[keyOf({ schema: type.schema, name: type.name })];
  return user?.kind === 'domain' && isString(user.baseType, schema);
}

/** A domain converts like its base type. */
function base(type: TypeRef, schema?: Schema): TypeRef {
  if (!type.schema || !schema) return type;
  const user = schema.types[keyOf({ schema: type.schema, name: type.name })];
  return user?.kind === 'domain' ? { ...base(user.baseType, schema), arrayDims: type.arrayDims + user.baseType.arrayDims } : type;
}

/** A family of types whose values compare and sort alike (what an index or check relies on). */
export function typeFamily(type: TypeRef, schema?: Schema): string {
  const b = base(type, schema);
  const dims = b.arrayDims > 0 ? `[${b.arrayDims}]` : '';
  if (b.schema) return `user:${b.schema}.${b.name}${dims}`;
  if (NUMBERS.includes(b.name)) return `number${dims}`;
  if (isString({ ...b, arrayDims: 0 }, schema)) return `string${dims}`;
  if (TIMESTAMPS.includes(b.name) || b.name === 'date') return `timestamp${dims}`;
  if (b.name === 'json' || b.name === 'jsonb') return `json${dims}`;
  return `${b.name}${dims}`;
}

/**
 * Whether expressions stored over the column (its default, checks, index definitions, the
 * comparisons of a foreign key) are still valid after the type change: Postgres re-parses
 * them against the new type, and a constant of the old type (an enum label) or an operator the
 * new type lacks makes the ALTER fail. Within one family of built-in types they survive.
 */
export function expressionsSurvive(from: TypeRef, to: TypeRef, schema?: Schema): boolean {
  const a = typeFamily(from, schema);
  return a === typeFamily(to, schema) && !a.startsWith('user:');
}

/** The USING expression (if one is needed) that converts `column` from `from` to `to`. */
export function conversion(column: string, from: TypeRef, to: TypeRef, schema?: Schema): Conversion {
  const c = quoteIdent(column);
  const target = formatType(to);
  const a = base(from, schema);
  const b = base(to, schema);
  if (a.arrayDims !== b.arrayDims) {
    // A single value becomes a one-element array, and an array keeps its first element.
    if (a.arrayDims === 0 && b.arrayDims === 1) return { using: `ARRAY[${c}]::${target}`, mayFail: true };
    if (a.arrayDims === 1 && b.arrayDims === 0) return { using: `(${c})[1]::${target}`, mayFail: true };
    return { using: `${c}::text::${target}`, mayFail: true };
  }
  const x = builtin({ ...a, arrayDims: 0 });
  const y = builtin({ ...b, arrayDims: 0 });
  // Anything converts to a string type on its own (its output function, assignment context).
  if (isString({ ...b, arrayDims: 0 }, schema) && b.arrayDims === 0 && x !== 'bytea') {
    // ... but may be too long for a length limit shorter than the old one.
    const longer = isString(a, schema) && a.modifiers.length > 0 && Number(b.modifiers[0]) >= Number(a.modifiers[0]);
    return { mayFail: to.modifiers.length > 0 && !longer };
  }
  if (x && y && (x === y || ASSIGNMENT[x]?.includes(y))) return { mayFail: narrows(x, y, from, to), ...(x === y && roundsValues(x, from, to) ? { rounds: true as const } : {}) };
  const elementwise = a.arrayDims > 0;
  if (!elementwise) {
    const special = meaningfulConversion(c, x, y, target);
    if (special) return { using: special, mayFail: true };
  }
  // A string converts to anything by the target's input function; explicit casts by their own.
  if (isString({ ...a, arrayDims: 0 }, schema) || (x && y && EXPLICIT[x]?.includes(y))) return { using: `${c}::${target}`, mayFail: true };
  // No cast: through the value's text form (an enum into another enum by label, and so on).
  return { using: `${c}::text::${target}`, mayFail: true };
}

/** Casts that never fail: to a wider number, a date into a timestamp, and the like. */
const WIDENING: Record<string, string[]> = {
  smallint: ['integer', 'bigint', 'numeric', 'real', 'double precision'],
  integer: ['bigint', 'numeric', 'double precision'],
  bigint: ['numeric'],
  real: ['double precision'],
  date: TIMESTAMPS,
  'timestamp without time zone': ['timestamp with time zone'],
  'timestamp with time zone': ['timestamp without time zone'],
  cidr: ['inet'],
  bit: ['bit varying'],
  jsonb: ['json'],
  json: ['jsonb'],
};

/** The same type under other modifiers that not every old value fits unchanged. */
function lessPrecise(x: string, from: TypeRef, to: TypeRef): boolean {
  return to.modifiers.length > 0 && from.modifiers.join(',') !== to.modifiers.join(',') && !modifiersWiden(x, from.modifiers, to.modifiers).fits;
}

/** An assignment cast that may still fail: a narrower number, fewer digits, a shorter string. */
function narrows(x: string, y: string, from: TypeRef, to: TypeRef): boolean {
  if (x !== y) return !WIDENING[x]?.includes(y) || to.modifiers.length > 0;
  // The same type with other modifiers: fewer digits or characters may not fit.
  if (!lessPrecise(x, from, to)) return false;
  // A coarser time or interval is rounded or truncated, never refused (verified on Postgres:
  // timestamp(6) -> timestamp(0), interval -> interval day, interval day to second -> interval hour).
  if (PRECISION_TYPES.includes(x) || x === 'interval') return false;
  // A numeric with fewer decimal places is rounded, and fails only where the rounding or fewer
  // integer digits overflow: numeric(3,2) 9.99 -> numeric(3,1) is 10.0, but numeric(2,1) 9.9 ->
  // numeric(1,0) would be 10 and is refused.
  if (x === 'numeric' && from.modifiers.length > 0) {
    const digits = (m: readonly string[]) => ({ p: Number(m[0]), s: m[1] === undefined ? 0 : Number(m[1]) });
    const [a, b] = [digits(from.modifiers), digits(to.modifiers)];
    return b.p - b.s < a.p - a.s + (b.s < a.s ? 1 : 0);
  }
  return true;
}

/** The same type, less precise: values Postgres rounds or truncates without an error. */
function roundsValues(x: string, from: TypeRef, to: TypeRef): boolean {
  if (!lessPrecise(x, from, to)) return false;
  if (PRECISION_TYPES.includes(x) || x === 'interval') return true;
  if (x !== 'numeric') return false;
  // An unconstrained numeric keeps any scale: every one above the new scale is rounded.
  const scale = (m: readonly string[]) => (m[1] === undefined ? 0 : Number(m[1]));
  return from.modifiers.length === 0 || scale(to.modifiers) < scale(from.modifiers);
}

/** Types whose modifier is a fractional-seconds precision (6 when not given). */
const PRECISION_TYPES = [...TIMESTAMPS, 'time without time zone', 'time with time zone'];

/**
 * The same type under new modifiers: whether every old value fits unchanged (`fits`), and whether
 * Postgres knows it without touching the rows (`inPlace`: its length-coercion support functions
 * make the cast a no-op for a numeric of more precision and the same scale, a longer bit varying,
 * a finer timestamp or time), so that ALTER COLUMN TYPE does not rewrite the table.
 */
export function modifiersWiden(type: string, from: readonly string[], to: readonly string[]): { fits: boolean; inPlace: boolean } {
  const n = (m: readonly string[], i: number, otherwise: number) => (m[i] === undefined ? otherwise : Number(m[i]));
  if (type === 'numeric') {
    if (to.length === 0) return { fits: true, inPlace: true };
    if (from.length === 0) return { fits: false, inPlace: false };
    const [p1, s1, p2, s2] = [n(from, 0, 0), n(from, 1, 0), n(to, 0, 0), n(to, 1, 0)];
    return { fits: s2 >= s1 && p2 - s2 >= p1 - s1, inPlace: s2 === s1 && p2 >= p1 };
  }
  if (PRECISION_TYPES.includes(type) || type === 'bit varying') {
    const unlimited = type === 'bit varying' ? Infinity : 6;
    const wider = n(to, 0, unlimited) >= n(from, 0, unlimited);
    return { fits: wider, inPlace: wider };
  }
  if (type === 'interval') {
    const wider = intervalWidens(from, to);
    return { fits: wider, inPlace: wider };
  }
  return { fits: false, inPlace: false };
}

/**
 * The smallest field an interval keeps, as Postgres ranks it (intervaltypmodleastfield): 0 for
 * seconds (and for no fields, which keeps everything), up to 5 for years. The model keeps the
 * grammar's field mask (MONTH 1<<1, YEAR 1<<2, DAY 1<<3, HOUR 1<<10, MINUTE 1<<11, SECOND 1<<12).
 */
function leastIntervalField(mask: number): number {
  const ranked: [number, number][] = [[1 << 12, 0], [1 << 11, 1], [1 << 10, 2], [1 << 3, 3], [1 << 1, 4], [1 << 2, 5]];
  return ranked.find(([bit]) => (mask & bit) !== 0)?.[1] ?? 0;
}

/**
 * Whether interval(from) -> interval(to) is a no-op, as interval_support decides: the smallest field
 * kept stays or gets smaller, and, where seconds are kept, the precision stays or grows (6 or
 * unset is all of it). A narrowing cast truncates values quietly, so it is neither.
 */
function intervalWidens(from: readonly string[], to: readonly string[]): boolean {
  if (to.length === 0) return true;
  const least = (m: readonly string[]) => (m.length === 0 ? 0 : leastIntervalField(Number(m[0])));
  const precision = (m: readonly string[]) => (m[1] === undefined ? Infinity : Number(m[1]));
  return least(to) <= least(from) && (least(from) > 0 || precision(to) >= 6 || precision(to) >= precision(from));
}

/** Conversions for pairs Postgres has no cast for, with the meaning people intend. */
function meaningfulConversion(c: string, x: string | undefined, y: string | undefined, target: string): string | undefined {
  if (!x || !y) return undefined;
  const integer = INTEGERS.includes(x) || x === 'numeric';
  // Epoch seconds <-> points in time (a timestamp without time zone read as UTC).
  if (integer && y === 'timestamp with time zone') return `to_timestamp(${c})`;
  if (integer && y === 'timestamp without time zone') return `to_timestamp(${c}) AT TIME ZONE 'UTC'`;
  if (integer && y === 'date') return `(to_timestamp(${c}) AT TIME ZONE 'UTC')::date`;
  if (TIMESTAMPS.includes(x) && NUMBERS.includes(y)) return `extract(epoch FROM ${c})::${target}`;
  if (x === 'date' && NUMBERS.includes(y)) return `extract(epoch FROM ${c}::timestamp without time zone)::${target}`;
  // Text <-> bytes: the UTF-8 encoding, both ways.
  if (STRINGS.includes(x) && y === 'bytea') return `convert_to(${c}, 'UTF8')`;
  if (x === 'bytea' && STRINGS.includes(y)) return `convert_from(${c}, 'UTF8')::${target}`;
  // Booleans <-> numbers: true is 1, anything but zero is true.
  if (x === 'boolean' && NUMBERS.includes(y)) return `CASE WHEN ${c} THEN 1 ELSE 0 END::${target}`;
  if (NUMBERS.includes(x) && y === 'boolean') return `${c} <> 0`;
  return undefined;
}
