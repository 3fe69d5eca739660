/**
 * Postgres rewrites a table once per ALTER TABLE statement, however many of its subcommands need
 * the rewrite (the rewrite runs after all of them). Type changes the design makes to several
 * columns of one table are therefore written as one statement, in the place of the first of them,
 * with the defaults they drop and set again as subcommands: ALTER TABLE drops defaults before it
 * changes types and sets them after, whatever the written order (its passes), as the Postgres
 * manual's own example of a type change with a default relies on. Each rewrite holds ACCESS
 * EXCLUSIVE on the table for as long as it copies every row: one copy instead of several.
 */
import type { Hazard, PlannedStatement } from './plan-types';
import { statement } from './plan-statement';
import { sqlComment } from './safe-text';

function merged(members: PlannedStatement[]): PlannedStatement {
  const first = members[0]!;
  const table = first.rewrite!.table;
  const types = members.filter((m) => m.rewrite!.type);
  const hazards = [...new Set(members.flatMap((m): Hazard[] => m.hazards))];
  const reverses = members.map((m) => m.rewrite!.reverseClause);
  const list = (clauses: string[]) => `ALTER TABLE ${table}\n    ${clauses.join(',\n    ')};`;
  // Squawk's squawk-ignore covers the line after it, and reports a type change on its own line.
  const ignored = (m: PlannedStatement) => (m.squawkIgnore ? `${sqlComment(`squawk-ignore ${m.squawkIgnore.rules.join(', ')}`)}\n    ${m.rewrite!.clause}` : m.rewrite!.clause);
  return statement({
    sql: list(members.map(ignored)),
    description: `Change ${types.map((m) => m.description.replace(/^Change /, '')).join('; ')}: one statement, so Postgres rewrites ${table} once for all ${types.length}${types.length < members.length ? ' (defaults dropped before, set after)' : ''}`,
    phase: first.phase,
    hazards,
    destructive: members.some((m) => m.destructive),
    reverse: list([...reverses].reverse()),
    reverseHazards: [...new Set(members.flatMap((m): Hazard[] => m.reverseHazards ?? []))],
    ...(types[0]!.squawkIgnore ? { squawkIgnore: types[0]!.squawkIgnore } : {}),
  });
}

/** `statements` with each table's rewriting type changes (of one phase) merged into one statement. */
export function mergeTableRewrites(statements: PlannedStatement[]): PlannedStatement[] {
  const groups = new Map<string, PlannedStatement[]>();
  for (const s of statements) {
    if (!s.rewrite) continue;
    const key = `${s.phase}\u0000${s.rewrite.table}`;
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  const replaced = new Map<PlannedStatement, PlannedStatement | undefined>();
  for (const members of groups.values()) {
    if (members.filter((m) => m.rewrite!.type).length < 2) continue;
    members.forEach((m, i) => replaced.set(m, i === 0 ? merged(members) : undefined));
  }
  if (replaced.size === 0) return statements;
  return statements.flatMap((s) => {
    if (!replaced.has(s)) return [s];
    const replacement = replaced.get(s);
    return replacement ? [replacement] : [];
  });
}
