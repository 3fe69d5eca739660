/** Views and materialized views created (with their indexes, triggers, defaults, comments) and dropped. */
import { sameName } from '../model/names';
import type { View } from '../model/types';
import { appendAll } from '../lib/arrays';
import { addIndexStatements, statement } from './plan-tables';
import { commentSql as comment } from './plan-comments';
import type { PlannedStatement } from './plan-types';
import { triggerSql, viewColumnDefaultSql } from './print-parts';
import { placeholderViewSql, viewSql, withSearchPath } from './print-schema';
import { quoteIdent, quoteQualified } from './safe-text';

export function createViewStatements(view: View): PlannedStatement[] {
  const kind = view.materialized ? 'MATERIALIZED VIEW' : 'VIEW';
  // A view that reads itself is created as a placeholder with its columns, then given its query.
  const placeholder = !view.materialized && view.dependsOn.some((d) => sameName(d, view)) ? placeholderViewSql(view) : undefined;
  const sql = placeholder ? `${placeholder}\n${withSearchPath(view.searchPath, viewSql(view, true))}` : withSearchPath(view.searchPath, viewSql(view));
  const out = [statement({ sql, description: `Create ${kind.toLowerCase()} ${view.name}`, phase: 'views', reverse: `DROP ${kind} ${quoteQualified(view)};` })];
  // The view is created by this migration: its index build reads only the view's own new rows.
  const fresh = { rules: ['require-concurrent-index-creation'], reason: `${kind.toLowerCase()} ${view.name} is created by this migration, so nothing else uses it yet` };
  for (const index of view.indexes) appendAll(out, addIndexStatements(view, index, false, false).map((s) => ({ ...s, phase: 'views' as const, squawkIgnore: fresh })));
  if (view.clusterOn) out.push(statement({ sql: `ALTER MATERIALIZED VIEW ${quoteQualified(view)} CLUSTER ON ${quoteIdent(view.clusterOn)};`, description: `Index ${view.name} is clustered on`, phase: 'views', reverse: '' }));
  for (const trigger of view.triggers) out.push(statement({ sql: `${triggerSql(trigger, view)};`, description: `Trigger ${trigger.name} on ${view.name}`, phase: 'triggers', reverse: '' }));
  // Dropped with the view in the down migration: no reverse of their own.
  for (const [column, value] of Object.entries(view.columnDefaults ?? {})) {
    out.push(statement({ sql: viewColumnDefaultSql(view, column, value), description: `Default of ${view.name}.${column}`, phase: 'views', reverse: '' }));
  }
  const name = quoteQualified(view);
  if (view.comment !== undefined) out.push(statement({ sql: comment(`${kind} ${name}`, view.comment), description: `Comment on ${view.name}`, phase: 'comments' }));
  for (const [column, text] of Object.entries(view.columnComments)) out.push(statement({ sql: comment(`COLUMN ${name}.${quoteIdent(column)}`, text), description: `Comment on ${view.name}.${column}`, phase: 'comments' }));
  return out;
}

/** The view as a whole again: its query, indexes, triggers and comments (a drop's reverse). */
export function recreateViewSql(view: View): string {
  return createViewStatements(view).map((s) => s.sql).join('\n');
}

export function dropViewStatement(view: View): PlannedStatement {
  const kind = view.materialized ? 'MATERIALIZED VIEW' : 'VIEW';
  return statement({ sql: `DROP ${kind} ${quoteQualified(view)};`, description: `Drop ${kind.toLowerCase()} ${view.name}`, phase: 'drop-views', reverse: recreateViewSql(view) });
}
