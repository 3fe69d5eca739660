import type { Policy } from '../model/types';
import { withoutSource } from './fixes';
import { defineRule } from './types';

/** Calls whose value is the same for every row of a query: Supabase's auth helpers and settings. */
const CALL = /\bauth\.[a-z_]+\(\)|\bcurrent_setting\('(?:[^']|'')*'(?:::text)?(?:,\s*(?:true|false))?\)/gi;

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
export function perRowCalls(expression: string): { call: string; index: number }[] {
  const out: { call: string; index: number }[] = [];
  for (const m of expression.matchAll(CALL)) {
    const group = enclosingSelect(expression, m.index);
    if (group !== undefined && !/\bFROM\b/i.test(group)) continue;
    out.push({ call: m[0], index: m.index });
  }
  return out;
}

function wrapCalls(expression: string): string {
  let result = expression;
  for (const { call, index } of perRowCalls(expression).reverse()) {
    result = `${result.slice(0, index)}(SELECT ${call})${result.slice(index + call.length)}`;
  }
  return result;
}

/**
 * A policy that calls `auth.uid()`, `auth.jwt()` or `current_setting(...)` directly (splinter
 * 0003, auth_rls_initplan): the call is made for every row the query reads, which on a large
 * table is most of the query's time. Wrapped as `(SELECT auth.uid())` it becomes an initplan,
 * run once per query, with the same result.
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
    return {
      table(table) {
        for (const policy of table.policies) {
          const calls = [...perRowCalls(policy.using ?? ''), ...perRowCalls(policy.withCheck ?? '')].map((c) => c.call);
          if (calls.length === 0) continue;
          const fixed: Policy = { ...withoutSource(policy) };
          if (policy.using) fixed.using = wrapCalls(policy.using);
          if (policy.withCheck) fixed.withCheck = wrapCalls(policy.withCheck);
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
