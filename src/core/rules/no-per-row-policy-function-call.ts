import { appendAll } from '../lib/arrays';
import type { Policy, RoutineDef, Schema } from '../model/types';
import { withoutSource } from './fixes';
import { defineRule } from './types';

/** Calls whose value is the same for every row of a query: Supabase's auth helpers and settings. */
const CALL = /\bauth\.[a-z_]+\(\)|\bcurrent_setting\('(?:[^']|'')*'(?:::text)?(?:,\s*(?:true|false))?\)/gi;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A call of a routine of no argument, as a policy writes it: `public.jwt_tenant()`, `"app"."tenant"()`, or bare when in public. */
function callPattern(routine: RoutineDef): string {
  const name = `"?${escape(routine.name)}"?\\(\\s*\\)`;
  const schema = `"?${escape(routine.schema)}"?\\.`;
  return routine.schema === 'public' ? `(?<![\\w."])(?:${schema})?${name}` : `(?<![\\w."])${schema}${name}`;
}

/**
 * A pattern for the per-query calls of a schema: Supabase's auth helpers and current_setting, and
 * the schema's own functions of no argument that wrap them (`public.jwt_tenant()` returning
 * `auth.jwt() ->> 'tenant'`, found through its body, and wrappers of wrappers). Such a function is
 * called, or inlined, for every row as its body would be; an IMMUTABLE one is folded once by the
 * planner and is left out.
 */
export function perQueryCalls(schema?: Schema): RegExp {
  if (!schema) return CALL;
  const candidates = Object.values(schema.routines).filter(
    (r) => (r.language === 'sql' || r.language === 'plpgsql') && r.volatility !== 'immutable' && r.kind === 'function' && !r.arguments.some((a) => a.mode !== 'out' && a.mode !== 'table'),
  );
  const wrappers: RoutineDef[] = [];
  let pattern = CALL;
  for (let round = 0; round < 4; round++) {
    const found = candidates.filter((r) => !wrappers.includes(r) && new RegExp(pattern.source, 'i').test(r.body));
    if (found.length === 0) break;
    appendAll(wrappers, found);
    pattern = new RegExp([CALL.source, ...wrappers.map(callPattern)].join('|'), 'gi');
  }
  return pattern;
}

/** The text of the innermost parenthesised group around `at` that starts with SELECT, if any. */
function enclosingSelect(text: string, at: number): string | undefined {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === ')') depth++;
    else if (ch === '(') {
      if (depth > 0) {
        depth--;
        continue;
      }
      if (/^\(\s*SELECT\b/i.test(text.slice(i))) {
        // Find the group's end.
        let d = 0;
        for (let j = i; j < text.length; j++) {
          if (text[j] === '(') d++;
          else if (text[j] === ')' && --d === 0) return text.slice(i + 1, j);
        }
        return undefined;
      }
    }
  }
  return undefined;
}

/**
 * Calls evaluated once per row: not inside an uncorrelated `(SELECT ...)`, which Postgres runs
 * once per query as an initplan. A call inside a subquery that reads a table (`EXISTS (SELECT 1
 * FROM members WHERE user_id = auth.uid())`) still runs per row of that subquery.
 */
export function perRowCalls(expression: string, calls: RegExp = CALL): { call: string; index: number }[] {
  const out: { call: string; index: number }[] = [];
  for (const m of expression.matchAll(calls)) {
    const group = enclosingSelect(expression, m.index);
    if (group !== undefined && !/\bFROM\b/i.test(group)) continue;
    out.push({ call: m[0], index: m.index });
  }
  return out;
}

function wrapCalls(expression: string, calls: RegExp): string {
  let result = expression;
  for (const { call, index } of perRowCalls(expression, calls).reverse()) {
    result = `${result.slice(0, index)}(SELECT ${call})${result.slice(index + call.length)}`;
  }
  return result;
}

/**
 * A policy that calls `auth.uid()`, `auth.jwt()` or `current_setting(...)` directly (splinter
 * 0003, auth_rls_initplan): the call is made for every row the query reads, which on a large
 * table is most of the query's time. Wrapped as `(SELECT auth.uid())` it becomes an initplan,
 * run once per query, with the same result. The schema's own functions of no argument that wrap
 * these calls (found through their bodies) are per-row calls too.
 */
export default defineRule({
  meta: {
    id: 'no-per-row-policy-function-call',
    category: 'security',
    description: 'Policies must call auth.*() and current_setting() through (SELECT ...), once per query.',
    recommended: 'warn',
    strict: 'error',
    pattern: 'sound-design',
    // Applications write policies on a platform's tables (Supabase's storage.objects).
    platformTables: true,
  },
  create(context) {
    let pattern: RegExp | undefined;
    return {
      table(table) {
        if (table.policies.length === 0) return;
        pattern ??= perQueryCalls(context.schema);
        for (const policy of table.policies) {
          const calls = [...perRowCalls(policy.using ?? '', pattern), ...perRowCalls(policy.withCheck ?? '', pattern)].map((c) => c.call);
          if (calls.length === 0) continue;
          const fixed: Policy = { ...withoutSource(policy) };
          if (policy.using) fixed.using = wrapCalls(policy.using, pattern);
          if (policy.withCheck) fixed.withCheck = wrapCalls(policy.withCheck, pattern);
          const ref = { schema: table.schema, name: table.name };
          const distinct = [...new Set(calls)];
          context.report({
            target: { schema: table.schema, table: table.name, name: policy.name },
            message: `Policy ${policy.name} on ${table.name} calls ${distinct.join(', ')} for every row.`,
            help: `Write (SELECT ${distinct[0]}) instead: Postgres then evaluates it once per query (an initplan), not once per row.`,
            source: policy.source,
            fix: {
              kind: 'changes',
              description: `Wrap the calls of ${policy.name} in (SELECT ...)`,
              changes: [
                { kind: 'drop-policy', table: ref, name: policy.name },
                { kind: 'add-policy', table: ref, policy: fixed },
              ],
            },
          });
        }
      },
    };
  },
});
