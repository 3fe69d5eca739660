/**
 * A routine whose body, arguments and result stay, changed by ALTER FUNCTION rather than CREATE
 * OR REPLACE: volatility, strictness, security, leakproofness, parallel safety, cost, rows and
 * SET parameters. Each attribute named is set to its new value, its reverse to the old one. And
 * where a created routine goes: one whose SQL body reads relations comes after them.
 */
import type { SchemaChange } from '../changes/types';
import type { RoutineDef, Schema } from '../model/types';
import { routineCallsRoutines, routineReadsRelations } from './dependencies';
import { same } from '../diff/compare';
import { statement } from './plan-tables';
import type { PlannedStatement } from './plan-types';
import { routineKindSql, signatureSql } from './print-schema';
import { dottedName, keywordFor, numberSql, quoteQualified, settingValue, upperKeywords } from './safe-text';

const ATTRIBUTES = new Set(['volatility', 'strict', 'securityDefiner', 'leakproof', 'parallel', 'cost', 'rows', 'config', 'source', 'owner', 'comment', 'privileges']);

const VOLATILITY = upperKeywords(['immutable', 'stable', 'volatile'] as const);
const PARALLEL = upperKeywords(['safe', 'restricted', 'unsafe'] as const);

/** The clauses that take a routine's attributes from `a` to `b`. */
function clauses(a: RoutineDef, b: RoutineDef): string[] {
  const out: string[] = [];
  if (a.volatility !== b.volatility) out.push(keywordFor(b.volatility, VOLATILITY, 'a volatility'));
  if (a.strict !== b.strict) out.push(b.strict ? 'STRICT' : 'CALLED ON NULL INPUT');
  if (a.securityDefiner !== b.securityDefiner) out.push(`SECURITY ${b.securityDefiner ? 'DEFINER' : 'INVOKER'}`);
  if (a.leakproof !== b.leakproof) out.push(b.leakproof ? 'LEAKPROOF' : 'NOT LEAKPROOF');
  if ((a.parallel ?? 'unsafe') !== (b.parallel ?? 'unsafe')) out.push(`PARALLEL ${keywordFor(b.parallel ?? 'unsafe', PARALLEL, 'a parallel safety')}`);
  // COST and ROWS have no RESET: their defaults are written out.
  if (a.cost !== b.cost) out.push(`COST ${numberSql(b.cost ?? (['c', 'internal'].includes(b.language) ? '1' : '100'), `the cost of ${b.name}`)}`);
  if (a.rows !== b.rows) out.push(`ROWS ${numberSql(b.rows ?? '1000', `the rows of ${b.name}`)}`);
  for (const key of Object.keys(a.config)) if (!(key in b.config)) out.push(`RESET ${dottedName(key)}`);
  for (const [key, value] of Object.entries(b.config)) if (a.config[key] !== value) out.push(`SET ${dottedName(key)} TO ${settingValue(value)}`);
  return out;
}

/** ALTER FUNCTION when only attributes differ; undefined when the definition itself changed. */
export function alterRoutineStatements(old: RoutineDef | undefined, routine: RoutineDef): PlannedStatement[] | undefined {
  if (!old || !same(old, routine, ATTRIBUTES)) return undefined;
  const up = clauses(old, routine);
  if (up.length === 0) return [];
  const name = `${routineKindSql(routine)} ${quoteQualified(routine)}(${signatureSql(routine)})`;
  return [statement({ sql: `ALTER ${name} ${up.join(' ')};`, description: `Change the attributes of ${routine.kind} ${routine.name}`, phase: 'functions', reverse: `ALTER ${name} ${clauses(routine, old).join(' ')};` })];
}

export function isRoutineCreate(change: SchemaChange): change is Extract<SchemaChange, { kind: 'add-routine' | 'replace-routine' }> {
  return change.kind === 'add-routine' || change.kind === 'replace-routine';
}

/**
 * A SQL function whose body reads tables or views is created after them (its body is checked),
 * and so is one that calls such a function.
 */
export function readsRelations(target: Schema, routine: RoutineDef, seen = new Set<RoutineDef>()): boolean {
  if (seen.has(routine)) return false;
  seen.add(routine);
  return routineReadsRelations(target, routine).length > 0 || routineCallsRoutines(target, routine).some((r) => readsRelations(target, r, seen));
}
