/**
 * The relations whose row types a PL/pgSQL body declares variables of: `r orders%ROWTYPE`,
 * `v orders.total%TYPE`, `batch items[]`. Postgres's PL/pgSQL validator resolves these types
 * when the function is created (check_function_bodies), so such a function must come after
 * those tables and views; the statements in its body are only checked when it runs.
 */
import { parsePlpgsqlBody } from '../parse/plpgsql-body';
import type { NameRef } from './references';

export function plpgsqlDeclaredRelations(body: string): NameRef[] {
  const tree = parsePlpgsqlBody(body);
  const out: NameRef[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'PLpgSQL_type') {
        const name = relationOfType(String((value as { typname?: unknown }).typname ?? ''));
        if (name) out.push(name);
      } else visit(value);
    }
  };
  visit(tree);
  return out;
}

/** `orders%rowtype` and `public.items[]` name a relation; `orders.total%type` its column. */
function relationOfType(typname: string): NameRef | undefined {
  const text = typname.trim().replace(/(\[\d*\])+$/, '');
  const column = /%type$/i.test(text);
  const parts = text.replace(/%(row)?type$/i, '').split('.').map((p) => (/^".*"$/.test(p) ? p.slice(1, -1).replace(/""/g, '"') : p.toLowerCase()));
  if (column) parts.pop();
  if (parts.length === 1 && parts[0]) return { name: parts[0] };
  if (parts.length === 2 && parts[0] && parts[1]) return { schema: parts[0], name: parts[1] };
  return undefined;
}
