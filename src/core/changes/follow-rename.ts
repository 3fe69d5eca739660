/**
 * A rename as Postgres sees it: objects are bound by OID, so every place that names the renamed
 * table, view, column, type or function shows the new name at once. The model names things by
 * name, so both the structural references (keys, FKs, partitions, sequences) and the SQL it keeps
 * as text (view queries, checks, defaults, index expressions, policies, trigger conditions,
 * generated expressions, SQL-standard function bodies) are rewritten here, through the parser
 * (../parse/rename-sql.ts). Shared by applyChanges (design edits) and the importer (ALTER ...
 * RENAME in a script), so a renamed object's dependants come out of both the way Postgres
 * prints them, and the differ sees nothing to rebuild.
 *
 * Text that cannot be rewritten with certainty is left as it was: the differ then drops and
 * re-creates that dependant, which is slow but correct.
 */
import { keyOf, sameName } from '../model/names';
import type { QualifiedName, RoutineDef, Schema, Table, UserType, View } from '../model/types';
import { mayMention } from '../parse/rename-mentions';
import type { RenameCatalog, ScopeItem, SqlRename } from '../parse/rename-sql';
import { sqlRenamer } from './sql-renamer';

// Without the parser (the page), nothing is rewritten: the text stays and the differ rebuilds.
const renameInExpression = (expression: string, rename: SqlRename, catalog: RenameCatalog, scope: ScopeItem[]) => sqlRenamer()?.renameInExpression(expression, rename, catalog, scope);
const renameInQuery = (query: string, rename: SqlRename, catalog: RenameCatalog, namedOutputs: number) => sqlRenamer()?.renameInQuery(query, rename, catalog, namedOutputs);
const renameInRoutineBody = (body: string, parameters: string[], rename: SqlRename, catalog: RenameCatalog) => sqlRenamer()?.renameInRoutineBody(body, parameters, rename, catalog);

/** Writable copies of the objects a rename touches (the importer edits in place; applyChanges copies on write). */
export interface SchemaWriter {
  table(ref: QualifiedName): Table;
  view(ref: QualifiedName): View;
  routine(key: string): RoutineDef;
  type(key: string): UserType;
}

const DEFAULT_PATH = ['public'];

const viewColumnsCache = new Map<string, string[] | undefined>();

/** A view's output column names: its own names, then the query's. */
function viewColumns(view: View): string[] | undefined {
  let names = viewColumnsCache.get(view.query);
  if (!viewColumnsCache.has(view.query)) {
    names = sqlRenamer()?.viewOutputNames(view.query);
    if (viewColumnsCache.size > 5_000) viewColumnsCache.clear();
    viewColumnsCache.set(view.query, names);
  }
  if (!names) return undefined;
  return names.map((n, i) => view.columnNames[i] ?? n);
}

/** Names resolved against the schema as it is before the rename (the text uses the old names). */
export function schemaCatalog(schema: Schema, searchPath: readonly string[] = DEFAULT_PATH): RenameCatalog {
  const find = (ref: QualifiedName) => {
    const table = schema.tables[keyOf(ref)];
    if (table) return { schema: table.schema, name: table.name, columns: table.columns.map((c) => c.name) };
    const view = schema.views[keyOf(ref)];
    if (view) {
      const columns = viewColumns(view);
      return { schema: view.schema, name: view.name, ...(columns ? { columns } : {}) };
    }
    return undefined;
  };
  return {
    searchPath,
    relation(ref) {
      if (ref.schema) return find({ schema: ref.schema, name: ref.name });
      for (const schemaName of searchPath) {
        const found = find({ schema: schemaName, name: ref.name });
        if (found) return found;
      }
      return undefined;
    },
  };
}

/** The table a table's own expressions resolve bare column names to. */
function tableScope(table: Table): ScopeItem[] {
  const columns = new Map(table.columns.map((c) => [c.name, c.name]));
  return [{ visible: table.name, target: { schema: table.schema, name: table.name }, columns }];
}

/**
 * One expression of `table` (as it is before the rename) with a column renamed; kept as it was
 * when it cannot be rewritten with certainty.
 */
export function renameColumnInTableExpression(schema: Schema, table: Table, text: string, from: string, to: string): string {
  const rename: SqlRename = { kind: 'column', table: { schema: table.schema, name: table.name }, from, to };
  return renameInExpression(text, rename, schemaCatalog(schema), tableScope(table)) ?? text;
}

/** The tables whose own expressions may name what is renamed (a column: the table and its descendants). */
function ownersOf(rename: SqlRename): Set<string> | 'all' {
  if (rename.kind === 'type' || rename.kind === 'function') return 'all';
  if (rename.kind === 'relation') return new Set([keyOf(rename.from)]);
  return new Set([keyOf(rename.table)]);
}

function rewriteTable(schema: Schema, table: Table, rename: SqlRename, own: boolean, write: SchemaWriter): void {
  // Built on first use: a migration history renames often, and most tables hold no expression
  // that names what is renamed (renameInExpression returns at once for those).
  let catalog: RenameCatalog | undefined;
  let scope: ScopeItem[] | undefined;
  const edits: ((t: Table) => void)[] = [];
  const follow = (text: string | undefined, set: (t: Table, value: string) => void, itemScope?: () => ScopeItem[]) => {
    if (text === undefined || !mayMention(text, rename)) return;
    catalog ??= schemaCatalog(schema);
    const next = renameInExpression(text, rename, catalog, itemScope ? itemScope() : (scope ??= tableScope(table)));
    if (next !== undefined && next !== text) edits.push((t) => set(t, next));
  };
  // Policies may read other tables in sub-selects; everything else can only name its own table.
  table.policies.forEach((policy, i) => {
    follow(policy.using, (t, v) => (t.policies[i]!.using = v));
    follow(policy.withCheck, (t, v) => (t.policies[i]!.withCheck = v));
  });
  if (own) {
    table.columns.forEach((column, i) => {
      follow(column.default, (t, v) => (t.columns[i]!.default = v));
      if (column.generated) follow(column.generated.expression, (t, v) => (t.columns[i]!.generated!.expression = v));
    });
    table.checks.forEach((check, i) => follow(check.expression, (t, v) => (t.checks[i]!.expression = v)));
    table.indexes.forEach((index, i) => {
      index.elements.forEach((element, j) => follow(element.expression, (t, v) => (t.indexes[i]!.elements[j]!.expression = v)));
      follow(index.where, (t, v) => (t.indexes[i]!.where = v));
    });
    table.exclusions.forEach((exclusion, i) => {
      exclusion.elements.forEach((element, j) => follow(element.expression, (t, v) => (t.exclusions[i]!.elements[j]!.expression = v)));
      follow(exclusion.where, (t, v) => (t.exclusions[i]!.where = v));
    });
    // NEW and OLD are the table's rows.
    const rows = () => ['new', 'old'].map((visible) => ({ ...(scope ??= tableScope(table))[0]!, visible }));
    table.triggers.forEach((trigger, i) => follow(trigger.when, (t, v) => (t.triggers[i]!.when = v), rows));
    table.partitioning?.keys.forEach((key, i) => follow(key.expression, (t, v) => (t.partitioning!.keys[i]!.expression = v)));
  }
  if (edits.length === 0) return;
  const writable = write.table(table);
  for (const edit of edits) edit(writable);
}

/**
 * Rewrites the stored SQL that names what `rename` renames, in `schema` as it is before the
 * rename (the structural rename itself is the caller's).
 */
export function followRenameInSql(schema: Schema, rename: SqlRename, write: SchemaWriter): void {
  const owners = ownersOf(rename);
  for (const table of Object.values(schema.tables)) rewriteTable(schema, table, rename, owners === 'all' || owners.has(keyOf(table)), write);
  for (const view of Object.values(schema.views)) {
    if (view.query === '') continue; // the importer settles it (see the importer's rename)
    const catalog = schemaCatalog(schema, view.searchPath ?? DEFAULT_PATH);
    const query = renameInQuery(view.query, rename, catalog, view.columnNames.length);
    if (query !== undefined && query !== view.query) write.view(view).query = query;
  }
  for (const [key, routine] of Object.entries(schema.routines)) {
    if (!routine.sqlBody) continue;
    const path = routine.config.search_path?.split(/\s*,\s*/) ?? DEFAULT_PATH;
    const parameters = routine.arguments.flatMap((a) => (a.name && a.mode !== 'out' && a.mode !== 'table' ? [a.name] : []));
    const body = renameInRoutineBody(routine.body, parameters, rename, schemaCatalog(schema, path));
    if (body !== undefined && body !== routine.body) write.routine(key).body = body;
  }
  if (rename.kind === 'type' || rename.kind === 'function') {
    const catalog = schemaCatalog(schema);
    for (const [key, type] of Object.entries(schema.types)) {
      if (type.kind !== 'domain') continue;
      const value: ScopeItem[] = [{ visible: '', columns: new Map([['value', 'value']]) }];
      const next = type.default === undefined ? undefined : renameInExpression(type.default, rename, catalog, value);
      const checks = type.checks.map((c) => renameInExpression(c.expression, rename, catalog, value) ?? c.expression);
      if ((next !== undefined && next !== type.default) || checks.some((c, i) => c !== type.checks[i]!.expression)) {
        const writable = write.type(key);
        if (writable.kind !== 'domain') continue;
        if (next !== undefined) writable.default = next;
        writable.checks = writable.checks.map((c, i) => ({ ...c, expression: checks[i]! }));
      }
    }
  }
}

/** Tables that inherit from `parent` or are its partitions, recursively (they share its columns). */
export function descendantsOf(schema: Schema, parent: QualifiedName): Table[] {
  const out: Table[] = [];
  const queue = [parent];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const table of Object.values(schema.tables)) {
      const child = (table.partitionOf && sameName(table.partitionOf.parent, current)) || table.inherits.some((p) => sameName(p, current));
      if (child && !out.includes(table)) {
        out.push(table);
        queue.push(table);
      }
    }
  }
  return out;
}

/** A column's new name in the structures of one table that names it (keys, indexes, triggers, partition key). */
export function renameColumnInTable(t: Table, from: string, to: string): void {
  const swap = (names: string[]) => names.map((n) => (n === from ? to : n));
  const column = t.columns.find((c) => c.name === from);
  if (column) column.name = to;
  if (t.primaryKey) {
    t.primaryKey.columns = swap(t.primaryKey.columns);
    t.primaryKey.include = swap(t.primaryKey.include);
  }
  for (const u of t.uniqueConstraints) {
    u.columns = swap(u.columns);
    u.include = swap(u.include);
  }
  for (const fk of t.foreignKeys) {
    fk.columns = swap(fk.columns);
    if (fk.onDeleteColumns) fk.onDeleteColumns = swap(fk.onDeleteColumns);
  }
  for (const index of t.indexes) {
    for (const element of index.elements) if (element.column === from) element.column = to;
    index.include = swap(index.include);
  }
  for (const x of t.exclusions) {
    for (const element of x.elements) if (element.column === from) element.column = to;
    x.include = swap(x.include);
  }
  for (const trigger of t.triggers) trigger.updateColumns = swap(trigger.updateColumns);
  for (const key of t.partitioning?.keys ?? []) if (key.column === from) key.column = to;
}

/** Where other objects name a table's column: foreign keys that reference it, sequences owned by it. */
export function columnReferencesElsewhere(schema: Schema, table: QualifiedName, from: string): { foreignKeys: Table[]; sequences: string[] } {
  const foreignKeys = Object.values(schema.tables).filter((other) => other.foreignKeys.some((fk) => sameName(fk.references, table) && fk.referencedColumns.includes(from)));
  const sequences = Object.entries(schema.sequences).filter(([, s]) => s.ownedBy && sameName(s.ownedBy.table, table) && s.ownedBy.column === from).map(([key]) => key);
  return { foreignKeys, sequences };
}
