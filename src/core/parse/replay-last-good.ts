/**
 * Runs the last good versions of a statement that does not parse (last-good.ts) where it
 * stands, so the model keeps what they made, and says which tables and views that touched.
 * What they would report (a duplicate name, a warning) is not reported again: the syntax error
 * is what the user has to see about this statement.
 */
import type { Node } from '@pgsql/types';
import { nodeKind, unwrap } from './ast';
import type { ImportContext } from './context';
import type { GoodVersion } from './last-good';
import { applyStatement } from './statements';

/**
 * The relations a tree names (RangeVars, wrapped in a node or, as a statement's `relation`, not):
 * the ones a statement may change.
 */
function namedRelations(node: unknown, out: { schema?: string; name: string }[]): void {
  if (Array.isArray(node)) {
    for (const child of node) namedRelations(child, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const range = node as { schemaname?: unknown; relname?: unknown };
  if (typeof range.relname === 'string') out.push({ ...(typeof range.schemaname === 'string' ? { schema: range.schemaname } : {}), name: range.relname });
  for (const value of Object.values(node)) namedRelations(value, out);
}

function relationKeys(ctx: ImportContext): Set<string> {
  return new Set([...Object.keys(ctx.schema.tables), ...Object.keys(ctx.schema.views)]);
}

/** The key and the current state (as JSON) of the tables and views `stmt` names. */
function snapshot(ctx: ImportContext, stmt: Node | undefined): Map<string, string> {
  const names: { schema?: string; name: string }[] = [];
  namedRelations(stmt, names);
  const out = new Map<string, string>();
  for (const name of names) {
    const relation = ctx.findRelation(name);
    if (relation?.kind === 'table') out.set(relation.key, JSON.stringify(relation.table));
    else if (relation?.kind === 'view') out.set(relation.key, JSON.stringify(relation.view));
  }
  return out;
}

/** Applies `versions` at the current statement; the keys of the tables and views they made or changed. */
export function replayLastGood(ctx: ImportContext, versions: GoodVersion[]): string[] {
  const broken = ctx.statement;
  const issues = ctx.issues.length;
  const existing = relationKeys(ctx);
  const touched = new Set<string>();
  for (const version of versions) {
    for (const raw of version.stmts) {
      const kind = nodeKind(raw.stmt) ?? 'unknown';
      ctx.statement = { kind, source: { ...broken.source }, text: version.text, stale: true };
      const before = snapshot(ctx, raw.stmt);
      try {
        applyStatement(ctx, kind, unwrap(raw.stmt) ?? {});
      } catch {
        // A version that no longer applies (its table was since dropped) keeps nothing.
      }
      for (const [key, json] of before) {
        const relation = ctx.schema.tables[key] ?? ctx.schema.views[key];
        if (relation && JSON.stringify(relation) !== json) touched.add(key);
      }
    }
  }
  for (const key of relationKeys(ctx)) if (!existing.has(key)) touched.add(key);
  ctx.issues.length = issues;
  ctx.statement = broken;
  return [...touched].filter((key) => ctx.schema.tables[key] || ctx.schema.views[key]).sort();
}
