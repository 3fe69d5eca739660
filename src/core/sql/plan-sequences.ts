/**
 * ALTER SEQUENCE for changed options. The model keeps options as written, and an option not
 * written has a default that depends on others (MINVALUE on the direction, MAXVALUE on the type,
 * START on both), so options are compared by their effective values, and the statement names
 * each one that changes, a default as its default form (NO MINVALUE, NO CYCLE, the computed
 * START), so the reverse restores an option that was never written too.
 */
import type { SchemaChange } from '../changes/types';
import { formatType } from '../model/format-type';
import { quoteIdent, quoteQualified } from './safe-text';
import type { Sequence, SequenceOptions } from '../model/types';
import { statement } from './plan-tables';
import type { PlannedStatement } from './plan-types';

const RANGES: Record<string, [bigint, bigint]> = {
  smallint: [-32768n, 32767n],
  integer: [-2147483648n, 2147483647n],
  bigint: [-9223372036854775808n, 9223372036854775807n],
};
const TYPE_NAMES: Record<string, string> = { int2: 'smallint', int4: 'integer', int: 'integer', int8: 'bigint' };

export interface EffectiveSequenceOptions {
  dataType: string;
  increment: bigint;
  minValue: bigint;
  maxValue: bigint;
  start: bigint;
  cache: bigint;
  cycle: boolean;
}

function integer(text: string | null | undefined): bigint | undefined {
  if (text === undefined || text === null) return undefined;
  try {
    return BigInt(text.trim().replace(/^\+/, ''));
  } catch {
    return undefined;
  }
}

/** The values Postgres gives a sequence created with these options. */
export function effectiveSequenceOptions(options: SequenceOptions): EffectiveSequenceOptions {
  const dataType = TYPE_NAMES[options.dataType ?? ''] ?? options.dataType ?? 'bigint';
  const [typeMin, typeMax] = RANGES[dataType] ?? RANGES.bigint!;
  const increment = integer(options.increment) ?? 1n;
  const ascending = increment > 0n;
  const minValue = integer(options.minValue) ?? (ascending ? 1n : typeMin);
  const maxValue = integer(options.maxValue) ?? (ascending ? typeMax : -1n);
  return {
    dataType,
    increment,
    minValue,
    maxValue,
    start: integer(options.start) ?? (ascending ? minValue : maxValue),
    cache: integer(options.cache) ?? 1n,
    cycle: options.cycle ?? false,
  };
}

export function sameSequenceOptions(a: SequenceOptions, b: SequenceOptions): boolean {
  const x = effectiveSequenceOptions(a);
  const y = effectiveSequenceOptions(b);
  return (Object.keys(x) as (keyof EffectiveSequenceOptions)[]).every((k) => x[k] === y[k]);
}

/**
 * The clauses of ALTER SEQUENCE (or ALTER COLUMN ... SET for an identity) that take a sequence
 * from `from` to `to`: only the options whose effective value changes.
 */
export function sequenceChangeClauses(from: SequenceOptions, to: SequenceOptions): string[] {
  const a = effectiveSequenceOptions(from);
  const b = effectiveSequenceOptions(to);
  const clauses: string[] = [];
  if (a.dataType !== b.dataType) clauses.push(`AS ${formatType({ name: b.dataType, modifiers: [], arrayDims: 0 })}`);
  if (a.increment !== b.increment) clauses.push(`INCREMENT BY ${b.increment}`);
  if (a.minValue !== b.minValue) clauses.push(integer(to.minValue) === undefined ? 'NO MINVALUE' : `MINVALUE ${b.minValue}`);
  if (a.maxValue !== b.maxValue) clauses.push(integer(to.maxValue) === undefined ? 'NO MAXVALUE' : `MAXVALUE ${b.maxValue}`);
  if (a.start !== b.start) clauses.push(`START WITH ${b.start}`);
  if (a.cache !== b.cache) clauses.push(`CACHE ${b.cache}`);
  if (a.cycle !== b.cycle) clauses.push(b.cycle ? 'CYCLE' : 'NO CYCLE');
  return clauses;
}

function ownedBySql(ownedBy: Sequence['ownedBy'] | undefined): string {
  return ownedBy ? `OWNED BY ${quoteQualified(ownedBy.table)}.${quoteIdent(ownedBy.column)}` : 'OWNED BY NONE';
}

/** The options after an alter-sequence change: `set` over the old ones, less `reset`. */
export function sequenceOptionsAfter(options: SequenceOptions, change: Extract<SchemaChange, { kind: 'alter-sequence' }>): SequenceOptions {
  const next: SequenceOptions = { ...options, ...change.set };
  for (const key of change.reset ?? []) delete next[key];
  return next;
}

export function alterSequenceStatements(change: Extract<SchemaChange, { kind: 'alter-sequence' }>, old: Sequence | undefined): PlannedStatement[] {
  const name = quoteQualified(change.sequence);
  const before = old?.options ?? {};
  const after = sequenceOptionsAfter(before, change);
  const out: PlannedStatement[] = [];
  const up = sequenceChangeClauses(before, after);
  const down = sequenceChangeClauses(after, before);
  if (change.ownedBy !== undefined && old?.ownedBy) {
    // A sequence goes with the column that owns it: released first, it outlives that column's
    // drop (or its table's) later in the migration, and the down gives it back last.
    out.push(statement({ sql: `ALTER SEQUENCE ${name} OWNED BY NONE;`, description: `Sequence ${change.sequence.name} no longer belongs to ${old.ownedBy.table.name}.${old.ownedBy.column}`, phase: 'prepare', reverse: `ALTER SEQUENCE ${name} ${ownedBySql(old.ownedBy)};` }));
    if (change.ownedBy) up.push(ownedBySql(change.ownedBy));
    if (change.ownedBy) down.push(ownedBySql(undefined));
  } else if (change.ownedBy !== undefined) {
    up.push(ownedBySql(change.ownedBy ?? undefined));
    down.push(ownedBySql(old?.ownedBy));
  }
  if (up.length > 0) {
    // Postgres refuses a range that leaves out the sequence's current value.
    const range = up.some((c) => /MINVALUE|MAXVALUE|^AS /.test(c)) ? ' (fails if its current value is outside the new range)' : '';
    out.push(statement({ sql: `ALTER SEQUENCE ${name} ${up.join(' ')};`, description: `Change sequence ${change.sequence.name}${range}`, phase: 'constraints', ...(old ? { reverse: `ALTER SEQUENCE ${name} ${down.join(' ')};` } : {}) }));
  }
  if (change.unlogged !== undefined && change.unlogged !== (old?.unlogged ?? false)) {
    const set = (unlogged: boolean) => `ALTER SEQUENCE ${name} SET ${unlogged ? 'UNLOGGED' : 'LOGGED'};`;
    out.push(statement({ sql: set(change.unlogged), description: `Sequence ${change.sequence.name} ${change.unlogged ? 'unlogged' : 'logged'}`, phase: 'constraints', reverse: set(!change.unlogged) }));
  }
  return out;
}
