/** CREATE [OR REPLACE] VIEW, CREATE MATERIALIZED VIEW, CREATE TABLE AS, REFRESH. */
import type { Node } from '@pgsql/types';
import { emptyTable, emptyView } from '../../model/empty';
import { formatType } from '../../model/format-type';
import type { QualifiedName, View } from '../../model/types';
import { deparseNode, type Fields, rangeVarName, referencedRelations, stringList, unwrap } from '../ast';
import { type ImportContext, StatementError, TEMP_SCHEMA } from '../context';
import { readOptions } from './create-table';
import { queryColumns, UNKNOWN_TYPE } from './query-columns';
import { expandStars } from '../expand-stars';
import type { RenameCatalog } from '../rename-sql';

/** The relations a query reads, resolved through search_path to the objects that exist. */
function dependencies(ctx: ImportContext, query: unknown): QualifiedName[] {
  const seen = new Set<string>();
  const result: QualifiedName[] = [];
  for (const written of referencedRelations(query)) {
    const found = ctx.findRelation(written);
    const resolved = found
      ? found.kind === 'table' ? found.table : found.kind === 'view' ? found.view : found.sequence
      : { schema: written.schema ?? ctx.defaultSchema(), name: written.name };
    const key = ctx.tableKey(resolved);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ schema: resolved.schema, name: resolved.name });
  }
  return result;
}

/** Relations as the script has them at this statement, for spelling out a view's `*`. */
function importCatalog(ctx: ImportContext): RenameCatalog {
  return {
    searchPath: ctx.searchPath,
    relation(ref) {
      const found = ctx.findRelation(ref);
      if (!found) return undefined;
      if (found.kind === 'table') return { schema: found.table.schema, name: found.table.name, columns: found.table.columns.map((c) => c.name) };
      if (found.kind === 'view') return { schema: found.view.schema, name: found.view.name, ...(found.view.columns ? { columns: found.view.columns.map((c) => c.name) } : {}) };
      return { schema: found.sequence.schema, name: found.sequence.name, columns: ['last_value', 'log_cnt', 'is_called'] };
    },
  };
}

/**
 * The query as Postgres stores it: `*` spelled out over the columns the relations have now
 * (a column added later is not the view's; expand-stars.ts).
 */
function storedQuery(ctx: ImportContext, query: Node | undefined): Node | undefined {
  return expandStars(query, importCatalog(ctx));
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

/** CREATE OR REPLACE VIEW may add columns at the end, nothing else. */
function checkReplacedColumns(existing: View, view: View): void {
  if (!existing.columns || !view.columns) return;
  if (view.columns.length < existing.columns.length) throw new StatementError('cannot drop columns from view');
  existing.columns.forEach((old, i) => {
    const now = view.columns![i]!;
    if (now.name !== old.name) throw new StatementError(`cannot change name of view column "${old.name}" to "${now.name}"`);
    if (formatType(now.type) !== formatType(old.type) && now.type.name !== UNKNOWN_TYPE.name && old.type.name !== UNKNOWN_TYPE.name) {
      throw new StatementError(`cannot change data type of view column "${old.name}" from ${formatType(old.type)} to ${formatType(now.type)}`);
    }
  });
}

function putView(ctx: ImportContext, view: View, replace: boolean): void {
  const key = ctx.tableKey(view);
  const existing = ctx.schema.views[key];
  if (existing) {
    if (!replace || existing.materialized !== view.materialized) {
      ctx.report('error', `relation "${view.name}" already exists`);
      return;
    }
    checkReplacedColumns(existing, view);
    // OR REPLACE keeps what hangs on the view.
    view.indexes = existing.indexes;
    view.triggers = existing.triggers;
    view.columnComments = existing.columnComments;
    if (existing.columnDefaults) view.columnDefaults = existing.columnDefaults;
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
  const dependsOn = dependencies(ctx, stmt.query);
  // A view over a temporary table is temporary itself (Postgres says so in a NOTICE).
  const temporary = stmt.view?.relpersistence === 't' || (!stmt.view?.schemaname && dependsOn.some((d) => d.schema === TEMP_SCHEMA));
  const name = ctx.newRelationName({ ...(stmt.view ?? {}), relpersistence: temporary ? 't' : stmt.view?.relpersistence });
  const view = emptyView(name.schema, name.name, false);
  deferQueryText(ctx, view, storedQuery(ctx, stmt.query));
  recordSearchPath(ctx, view);
  view.columnNames = stringList(stmt.aliases);
  view.dependsOn = dependsOn;
  setViewColumns(ctx, view, stmt.query, view.columnNames, 'view');
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
  const name = ctx.newRelationName(into.rel ?? {});
  if (ctx.names.relationTaken(name.schema, name.name) && stmt.if_not_exists) return;
  const query = executedQuery(ctx, stmt.query);
  if (stmt.objtype === 'OBJECT_MATVIEW') {
    const dependsOn = dependencies(ctx, query);
    if (dependsOn.some((d) => d.schema === TEMP_SCHEMA)) throw new StatementError('materialized views must not use temporary tables or views');
    const view = emptyView(name.schema, name.name, true);
    deferQueryText(ctx, view, storedQuery(ctx, query));
    recordSearchPath(ctx, view);
    view.columnNames = stringList(into.colNames);
    view.dependsOn = dependsOn;
    setViewColumns(ctx, view, query, view.columnNames, 'materialized view');
    view.options = readOptions(into.options);
    view.withNoData = Boolean(into.skipData);
    view.source = ctx.source();
    putView(ctx, view, false);
    return;
  }
  if (ctx.names.relationTaken(name.schema, name.name)) {
    ctx.report('error', `relation "${name.name}" already exists`);
    return;
  }
  const table = emptyTable(name.schema, name.name);
  table.source = ctx.source();
  table.unlogged = into.rel?.relpersistence === 'u';
  table.options = readOptions(into.options);
  if (into.tableSpaceName) table.tablespace = into.tableSpaceName;
  let derived: ReturnType<typeof derivedColumns>;
  try {
    derived = derivedColumns(ctx, query, stringList(into.colNames), 'CREATE TABLE AS');
  } finally {
    ctx.queryParameters = [];
  }
  if (!derived.shape.complete) ctx.report('warning', 'CREATE TABLE AS: the query reads a relation the model does not know, so some columns are missing.');
  table.columns = derived.columns;
  ctx.schema.tables[ctx.tableKey(table)] = table;
  ctx.names.addRelation(table.schema, table.name);
}

/** `CREATE TABLE t AS EXECUTE q`: the prepared statement's query. */
function executedQuery(ctx: ImportContext, query: Node | undefined): Node | undefined {
  const execute = unwrap(query, 'ExecuteStmt');
  if (!execute) return query;
  const prepared = ctx.prepared.get(execute.name ?? '');
  if (!prepared) throw new StatementError(`prepared statement "${execute.name}" does not exist`);
  ctx.queryParameters = prepared.parameters;
  return prepared.query;
}

/**
 * The columns a query gives a table or view, named by `names` first: more names than columns,
 * or one name twice, is refused as Postgres refuses it.
 */
function derivedColumns(ctx: ImportContext, query: Node | undefined, names: string[], what: string): ReturnType<typeof queryColumns> {
  const derived = queryColumns(ctx, query);
  const { columns } = derived;
  if (names.length > columns.length && derived.shape.complete) {
    throw new StatementError(what === 'CREATE TABLE AS' ? 'too many column names were specified' : `CREATE ${what.toUpperCase()} specifies more column names than columns`);
  }
  names.forEach((name, i) => {
    if (columns[i]) columns[i].name = name;
  });
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column.name)) throw new StatementError(`column "${column.name}" specified more than once`);
    seen.add(column.name);
  }
  const unknown = columns.filter((c) => c.type.name === UNKNOWN_TYPE.name && !c.type.schema).map((c) => c.name);
  if (unknown.length > 0) ctx.report('info', `The type of ${unknown.map((n) => `"${n}"`).join(', ')} depends on what the query computes and is shown as unknown.`);
  return derived;
}

/** A view's columns and the columns it reads (left unset when `*` ran over an unknown relation). */
function setViewColumns(ctx: ImportContext, view: View, query: Node | undefined, names: string[], what: string): void {
  const { columns, shape } = derivedColumns(ctx, query, names, what);
  view.readsColumns = [...shape.reads.values()].map((r) => ({ relation: r.relation, columns: [...r.columns] }));
  if (shape.complete) view.columns = columns;
}

export function refreshMaterializedView(ctx: ImportContext, stmt: Fields): void {
  const view = ctx.findView(rangeVarName(stmt.relation ?? {}));
  if (view) view.withNoData = Boolean(stmt.skipData);
}

/** PREPARE name AS query: kept for CREATE TABLE ... AS EXECUTE name (prepared statements are not transactional). */
export function prepareStatement(ctx: ImportContext, stmt: Fields): void {
  if (ctx.prepared.has(stmt.name)) throw new StatementError(`prepared statement "${stmt.name}" already exists`);
  ctx.prepared.set(stmt.name ?? '', { query: stmt.query, parameters: ((stmt.argtypes as Node[] | undefined) ?? []).map((t) => ctx.typeRef(t)) });
}

export function deallocateStatement(ctx: ImportContext, stmt: Fields): void {
  if (stmt.isall || stmt.name === undefined) ctx.prepared.clear();
  else ctx.prepared.delete(stmt.name);
}
