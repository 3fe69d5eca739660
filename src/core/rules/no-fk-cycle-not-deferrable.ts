import { keyOf } from '../model/names';
import { columnsNamed, ownForeignKeys } from './heuristics';
import { defineRule } from './types';

/**
 * Tables whose NOT NULL foreign keys form a cycle (a -> b -> a) cannot be filled one row at a time
 * unless at least one key in the cycle is DEFERRABLE (checked at COMMIT). Nullable keys break the
 * cycle (insert with NULL, update later), so only required ones count.
 */
export default defineRule({
  meta: {
    id: 'no-fk-cycle-not-deferrable',
    category: 'keys',
    description: 'A cycle of required foreign keys needs a deferrable key.',
    recommended: 'warn',
    strict: 'error',
    pattern: 'sound-design',
  },
  create(context) {
    return {
      end() {
        // Edges: required, non-deferrable FKs between different tables.
        const edges = new Map<string, { to: string; fk: string; table: string; schema: string }[]>();
        for (const table of context.index.tables) {
          for (const fk of ownForeignKeys(table)) {
            const required = fk.columns.every((n) => columnsNamed(table, n)[0]?.notNull);
            const target = keyOf(fk.references);
            if (!required || fk.deferrable || target === keyOf(table)) continue;
            const list = edges.get(keyOf(table)) ?? [];
            list.push({ to: target, fk: fk.name, table: table.name, schema: table.schema });
            edges.set(keyOf(table), list);
          }
        }
        // Tarjan's strongly connected components; each component of 2+ tables is a cycle.
        let counter = 0;
        const index = new Map<string, number>();
        const low = new Map<string, number>();
        const stack: string[] = [];
        const onStack = new Set<string>();
        const components: string[][] = [];
        const visit = (node: string): void => {
          index.set(node, counter);
          low.set(node, counter);
          counter++;
          stack.push(node);
          onStack.add(node);
          for (const edge of edges.get(node) ?? []) {
            if (!index.has(edge.to)) {
              visit(edge.to);
              low.set(node, Math.min(low.get(node)!, low.get(edge.to)!));
            } else if (onStack.has(edge.to)) {
              low.set(node, Math.min(low.get(node)!, index.get(edge.to)!));
            }
          }
          if (low.get(node) === index.get(node)) {
            const component: string[] = [];
            let member: string;
            do {
              member = stack.pop()!;
              onStack.delete(member);
              component.push(member);
            } while (member !== node);
            if (component.length > 1) components.push(component);
          }
        };
        for (const node of edges.keys()) if (!index.has(node)) visit(node);
        for (const component of components) {
          const members = new Set(component);
          const first = [...members].sort()[0]!;
          const edge = (edges.get(first) ?? []).find((e) => members.has(e.to));
          const table = context.index.tables.find((t) => keyOf(t) === first)!;
          context.report({
            target: { schema: table.schema, table: table.name, name: edge?.fk },
            message: `Required foreign keys form a cycle: ${component.map((k) => k.split('.').pop()).sort().join(' <-> ')}.`,
            help: 'No row can be inserted first. Make one key in the cycle DEFERRABLE INITIALLY DEFERRED, or nullable.',
          });
        }
      },
    };
  },
});
