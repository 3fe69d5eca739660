/** CREATE [OR REPLACE] VIEW, CREATE MATERIALIZED VIEW, CREATE TABLE AS, REFRESH. */
import type { Node } from '@pgsql/types';
import { emptyTable, emptyView } from '../../model/empty';
import type { Column, QualifiedName, View } from '../../model/types';
import { deparseNode, type Fields, rangeVarName, referencedRelations, stringList, unwrap } from '../ast';
import type { ImportContext } from '../context';
import { readOptions } from './create-table';
import { queryColumns, UNKNOWN_TYPE } from './query-columns';

/** The relations a query reads, resolved through search_path to the objects that exist. */
function dependencies(ctx: ImportContext, query: unknown): QualifiedName[] {
  const seen = new Set<string>();
  const result: QualifiedName[] = [];
  for (const written of referencedRelations(query)) {
    const found = ctx.findRelation(written);
    const resolved = found
      ? found.kind === 'table' ? found.table : found.kind === 'view' ? found.view : found.sequence
      : ctx.qualify(written);
    const key = ctx.tableKey(resolved);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ schema: resolved.schema, name: resolved.name });
  }
  return result;
}

function recordSearchPath(ctx: ImportContext, view: View): void {
  if (ctx.searchPath.join() !== 'public') view.searchPath = [...ctx.searchPath];
}

/**
 * The query in canonical form, or as written when the deparser's output does not parse again
 * (it has gaps, e.g. XMLTABLE): a view must never be stored as SQL that cannot run.
 */
function queryText(ctx: ImportContext, query: Node | undefined): string {
  const deparsed = deparseNode(query);
  if (ctx.parses(deparsed)) return deparsed;
  const written = /\bAS\s*(\(?\s*(SELECT|WITH|VALUES|TABLE)\b[\s\S]*)$/i.exec(ctx.statement.text);
  ctx.report('info', 'The view query is kept as written (it could not be normalized).');
  return written?.[1]?.replace(/\s*WITH\s+(NO\s+)?DATA\s*$/i, '').trim() ?? deparsed;
}

/**
 * Sets `view.query` once the script has been read (`settleViewQueries`). Deparsing a query and
 * parsing the result again is the dearest step of reading a view, and migrations drop and
 * re-create the same views over and over (lemmy: 181 created, 130 dropped), so only the views
 * still there at the end pay for it. Nothing during the import reads a view's query text: the
 * dependencies are read from the tree when the view is created.
 */
function deferQueryText(ctx: ImportContext, view: View, query: Node | undefined): void {
  view.query = '';
  ctx.pendingViewQueries.set(view, { query, statement: ctx.statement });
}

/**
 * Gives these views their query text now (a rename is about to be followed into it: the text
 * must be in the names it was written with).
 */
export function settleViewQueriesOf(ctx: ImportContext, views: View[]): void {
  const current = ctx.statement;
  for (const view of views) {
    const pending = ctx.pendingViewQueries.get(view);
    if (!pending) continue;
    ctx.statement = pending.statement;
    view.query = queryText(ctx, pending.query);
    ctx.pendingViewQueries.delete(view);
  }
  ctx.statement = current;
}

/** Gives every view created by this import its query text (see deferQueryText). */
export function settleViewQueries(ctx: ImportContext): void {
  const current = ctx.statement;
  for (const view of Object.values(ctx.schema.views)) {
    const pending = ctx.pendingViewQueries.get(view);
    if (!pending) continue;
    // A message about the query belongs to the statement that wrote it.
    ctx.statement = pending.statement;
    view.query = queryText(ctx, pending.query);
  }
  ctx.statement = current;
  ctx.pendingViewQueries.clear();
}

const CHECK_OPTIONS: Record<string, View['checkOption']> = {
  LOCAL_CHECK_OPTION: 'local',
  CASCADED_CHECK_OPTION: 'cascaded',
};

function putView(ctx: ImportContext, view: View, replace: boolean): void {
  const key = ctx.tableKey(view);
  const existing = ctx.schema.views[key];
  if (existing) {
    if (!replace || existing.materialized !== view.materialized) {
      ctx.report('error', `relation "${view.name}" already exists`);
      return;
    }
    // OR REPLACE keeps what hangs on the view.
    view.indexes = existing.indexes;
    view.triggers = existing.triggers;
    view.columnComments = existing.columnComments;
    if (existing.comment) view.comment = existing.comment;
    if (existing.owner) view.owner = existing.owner;
  } else if (ctx.names.relationTaken(view.schema, view.name)) {
    ctx.report('error', `relation "${view.name}" already exists`);
    return;
  }
  ctx.schema.views[key] = view;
  ctx.names.addRelation(view.schema, view.name);
}

export function createView(ctx: ImportContext, stmt: Fields): void {
  if (stmt.view?.relpersistence === 't') {
    ctx.temporaryRelations.add(stmt.view.relname);
    return;
  }
  const name = ctx.qualify(rangeVarName(stmt.view ?? {}));
  const view = emptyView(name.schema, name.name, false);
  deferQueryText(ctx, view, stmt.query);
  recordSearchPath(ctx, view);
  view.columnNames = stringList(stmt.aliases);
  view.dependsOn = dependencies(ctx, stmt.query);
  // CREATE RECURSIVE VIEW v arrives as WITH RECURSIVE v AS (...) SELECT ... FROM v.
  const withClause = unwrap(stmt.query, 'SelectStmt')?.withClause;
  view.recursive = Boolean(withClause?.recursive) && ((withClause?.ctes as Node[] | undefined) ?? []).some((c) => unwrap(c, 'CommonTableExpr')?.ctename === name.name);
  view.options = readOptions(stmt.options);
  const checkOption = CHECK_OPTIONS[stmt.withCheckOption as string];
  if (checkOption) view.checkOption = checkOption;
  view.source = ctx.source();
  putView(ctx, view, Boolean(stmt.replace));
}

export function createTableAs(ctx: ImportContext, stmt: Fields): void {
  const into = stmt.into ?? {};
  const name = ctx.qualify(rangeVarName(into.rel ?? {}));
  if (ctx.names.relationTaken(name.schema, name.name) && stmt.if_not_exists) return;
  if (stmt.objtype === 'OBJECT_MATVIEW') {
    const view = emptyView(name.schema, name.name, true);
    deferQueryText(ctx, view, stmt.query);
    recordSearchPath(ctx, view);
    view.columnNames = stringList(into.colNames);
    view.dependsOn = dependencies(ctx, stmt.query);
    view.options = readOptions(into.options);
    view.withNoData = Boolean(into.skipData);
    view.source = ctx.source();
    putView(ctx, view, false);
    return;
  }
  if (into.rel?.relpersistence === 't') {
    ctx.temporaryRelations.add(name.name);
    return;
  }
  if (ctx.names.relationTaken(name.schema, name.name)) {
    ctx.report('error', `relation "${name.name}" already exists`);
    return;
  }
  const table = emptyTable(name.schema, name.name);
  table.source = ctx.source();
  table.columns = resultColumns(ctx, stmt.query, stringList(into.colNames));
  ctx.schema.tables[ctx.tableKey(table)] = table;
  ctx.names.addRelation(table.schema, table.name);
}

/** CREATE TABLE AS: the columns come from the query, typed as far as the query shows. */
function resultColumns(ctx: ImportContext, query: Node | undefined, names: string[]): Column[] {
  const columns = queryColumns(ctx, query);
  names.forEach((name, i) => {
    if (columns[i]) columns[i].name = name;
  });
  if (columns.some((c) => c.type.name === UNKNOWN_TYPE.name && !c.type.schema)) {
    ctx.report('info', 'CREATE TABLE AS: some column types depend on the query and are shown as unknown.');
  }
  return columns;
}

export function refreshMaterializedView(ctx: ImportContext, stmt: Fields): void {
  const view = ctx.findView(rangeVarName(stmt.relation ?? {}));
  if (view) view.withNoData = Boolean(stmt.skipData);
}
