import type { Policy, PolicyCommand, Table } from '../model/types';
import { defineRule } from './types';

const COMMANDS: Exclude<PolicyCommand, 'all'>[] = ['select', 'insert', 'update', 'delete'];

export interface PermissiveOverlap {
  role: string;
  command: Exclude<PolicyCommand, 'all'>;
  /** The permissive policies that apply, by name, sorted. */
  policies: string[];
}

/** `true` or `(true)`, as Postgres prints a policy that lets every row through. */
const isTrue = (expr: string | undefined) => expr !== undefined && /^\(*\s*true\s*\)*$/i.test(expr.trim());

/**
 * Whether a permissive policy lets every row through for the command: its USING (the rows a
 * SELECT or DELETE sees, the rows an UPDATE may touch) and its WITH CHECK (the rows an INSERT or
 * UPDATE writes; USING stands in when there is none) are the constant `true`. Postgres ORs the
 * permissive policies into one expression and folds `true OR ...` to `true` when it plans, so
 * the others cost nothing for that command and there is nothing to merge.
 */
export function passesEveryRow(policy: Policy, command: Exclude<PolicyCommand, 'all'>): boolean {
  const check = policy.withCheck ?? policy.using;
  if (command === 'select' || command === 'delete') return isTrue(policy.using);
  if (command === 'insert') return isTrue(check);
  return isTrue(policy.using) && isTrue(check);
}

/**
 * Roles and commands for which more than one permissive policy applies. A policy `TO public`
 * applies to every role, so it overlaps with a policy for any named role; `FOR ALL` applies to
 * every command. A role and command for which one of them passes every row (`USING (true)`) is
 * left out: the OR is folded to `true` when the query is planned.
 */
export function permissiveOverlaps(table: Table): PermissiveOverlap[] {
  const permissive = table.policies.filter((p) => p.permissive);
  if (permissive.length < 2) return [];
  const roles = new Set(permissive.flatMap((p) => p.roles));
  const out: PermissiveOverlap[] = [];
  for (const role of [...roles].sort()) {
    for (const command of COMMANDS) {
      const applying = permissive.filter((p) => (p.command === 'all' || p.command === command) && (p.roles.includes(role) || p.roles.includes('public')));
      if (applying.length < 2 || applying.some((p) => passesEveryRow(p, command))) continue;
      out.push({ role, command, policies: applying.map((p) => p.name).sort() });
    }
  }
  return out;
}

/**
 * Multiple permissive policies for the same role and command (splinter 0006): Postgres ORs them,
 * evaluating every one of them for every row the query touches, and the effective rule is spread
 * over several places. One policy with the conditions OR'ed reads the same and plans better.
 */
export default defineRule({
  meta: {
    id: 'no-multiple-permissive-policies',
    category: 'security',
    description: 'At most one permissive policy per role and command on a table.',
    recommended: 'info',
    strict: 'warn',
    pattern: 'sound-design',
    // Applications write policies on a platform's tables (Supabase's storage.objects).
    platformTables: true,
  },
  create(context) {
    return {
      table(table) {
        const overlaps = permissiveOverlaps(table);
        if (overlaps.length === 0) return;
        // One finding per set of policies, listing the roles and commands they share.
        const bySet = new Map<string, PermissiveOverlap[]>();
        for (const o of overlaps) {
          const key = o.policies.join(', ');
          bySet.set(key, [...(bySet.get(key) ?? []), o]);
        }
        for (const [policies, list] of bySet) {
          const where = list.map((o) => `${o.role} ${o.command.toUpperCase()}`).join(', ');
          const first = table.policies.find((p) => p.name === list[0]!.policies[0]);
          context.report({
            target: { schema: table.schema, table: table.name, name: list[0]!.policies[0] },
            message: `${table.name} has several permissive policies (${policies}) for the same role and command: ${where}.`,
            help: 'Postgres evaluates every permissive policy that applies, for each row, and ORs them. Merge them into one policy per role and command (conditions joined by OR), or make the extra ones RESTRICTIVE if they are meant to narrow access.',
            source: first?.source,
          });
        }
      },
    };
  },
});
