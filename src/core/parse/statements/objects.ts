/**
 * CREATE / DROP COLLATION, CREATE / ALTER / DROP STATISTICS, ALTER EXTENSION ... UPDATE TO and
 * SET SCHEMA: objects the model keeps so that verify and the differ see their changes.
 */
import type { Node } from '@pgsql/types';
import { keyOf, quoteIdent, sameName } from '../../model/names';
import type { Collation, StatisticsObject } from '../../model/types';
import { deparseNode, type Fields, listName, rangeVarName, stringValue, unwrap } from '../ast';
import type { ImportContext } from '../context';

/** An option's value as written: a word (`icu`, `false`), a string, a number. */
function optionText(arg: Node | undefined): string {
  const type = unwrap(arg, 'TypeName');
  if (type) return ((type.names as Node[] | undefined) ?? []).map((n) => stringValue(n) ?? '').join('.');
  return stringValue(arg) ?? deparseNode(arg);
}

export function createCollation(ctx: ImportContext, stmt: Fields): void {
  const name = ctx.qualify(listName(stmt.defnames));
  const key = ctx.tableKey(name);
  if (ctx.schema.collations[key]) {
    if (!stmt.if_not_exists) ctx.report('error', `collation "${name.name}" already exists`);
    return;
  }
  const collation: Collation = { ...name, options: {}, source: ctx.source() };
  for (const node of (stmt.definition as Node[] | undefined) ?? []) {
    const d = unwrap(node, 'DefElem') ?? {};
    if (d.defname === 'from') {
      const from = listName(unwrap(d.arg, 'List')?.items ?? [d.arg]);
      collation.from = { schema: from.schema ?? (ctx.schema.collations[keyOf({ schema: ctx.creationSchema(), name: from.name })] ? ctx.creationSchema() : 'pg_catalog'), name: from.name };
    } else {
      collation.options[String(d.defname).toLowerCase()] = optionText(d.arg);
    }
  }
  ctx.schema.collations[key] = collation;
}

export function createStatistics(ctx: ImportContext, stmt: Fields): void {
  const relation = rangeVarName(unwrap((stmt.relations as Node[] | undefined)?.[0], 'RangeVar') ?? {});
  const table = ctx.findTable(relation);
  if (!table) {
    ctx.report('error', `relation "${relation.name}" does not exist`);
    return;
  }
  // Without a name Postgres makes one up; the model needs one to diff by, so it is skipped.
  if (!stmt.defnames) {
    ctx.report('warning', 'CREATE STATISTICS without a name is not modelled');
    return;
  }
  const name = ctx.qualify(listName(stmt.defnames));
  const key = ctx.tableKey(name);
  if (ctx.schema.statistics[key]) {
    if (!stmt.if_not_exists) ctx.report('error', `statistics object "${name.name}" already exists`);
    return;
  }
  const statistics: StatisticsObject = {
    ...name,
    table: { schema: table.schema, name: table.name },
    kinds: ((stmt.stat_types as Node[] | undefined) ?? []).map((n) => stringValue(n) ?? ''),
    elements: ((stmt.exprs as Node[] | undefined) ?? []).map((n) => {
      const e = unwrap(n, 'StatsElem') ?? {};
      return e.name ? quoteIdent(e.name) : `(${deparseNode(e.expr)})`;
    }),
    source: ctx.source(),
  };
  ctx.schema.statistics[key] = statistics;
}

export function alterStatistics(ctx: ImportContext, stmt: Fields): void {
  const statistics = findStatistics(ctx, listName(stmt.defnames));
  if (!statistics) {
    if (!stmt.missing_ok) ctx.report('warning', `statistics object "${listName(stmt.defnames).name}" is not in the model`);
    return;
  }
  const value = stmt.stxstattarget ? Number(stringValue(stmt.stxstattarget) ?? deparseNode(stmt.stxstattarget)) : -1;
  if (Number.isFinite(value) && value >= 0) statistics.target = value;
  else delete statistics.target;
}

function findStatistics(ctx: ImportContext, name: { schema?: string; name: string }): StatisticsObject | undefined {
  if (name.schema) return ctx.schema.statistics[keyOf({ schema: name.schema, name: name.name })];
  for (const schema of ctx.searchPath) {
    const found = ctx.schema.statistics[keyOf({ schema, name: name.name })];
    if (found) return found;
  }
  return undefined;
}

function findCollation(ctx: ImportContext, name: { schema?: string; name: string }): Collation | undefined {
  if (name.schema) return ctx.schema.collations[keyOf({ schema: name.schema, name: name.name })];
  for (const schema of ctx.searchPath) {
    const found = ctx.schema.collations[keyOf({ schema, name: name.name })];
    if (found) return found;
  }
  return undefined;
}

/** DROP COLLATION / DROP STATISTICS; false for other kinds of DROP. */
export function dropObjects(ctx: ImportContext, stmt: Fields): boolean {
  if (stmt.removeType !== 'OBJECT_COLLATION' && stmt.removeType !== 'OBJECT_STATISTIC_EXT') return false;
  for (const object of (stmt.objects as Node[] | undefined) ?? []) {
    const name = listName(unwrap(object, 'List')?.items);
    const found = stmt.removeType === 'OBJECT_COLLATION' ? findCollation(ctx, name) : findStatistics(ctx, name);
    if (!found) {
      if (!stmt.missing_ok) ctx.report('warning', `${stmt.removeType === 'OBJECT_COLLATION' ? 'collation' : 'statistics object'} "${name.name}" is not in the model`);
      continue;
    }
    delete (stmt.removeType === 'OBJECT_COLLATION' ? ctx.schema.collations : ctx.schema.statistics)[keyOf(found)];
  }
  return true;
}

/** COMMENT ON COLLATION / STATISTICS. */
export function commentableObject(ctx: ImportContext, objtype: string, object: Node | undefined): { comment?: string } | undefined {
  const name = listName(unwrap(object, 'List')?.items);
  if (objtype === 'OBJECT_COLLATION') return findCollation(ctx, name);
  if (objtype === 'OBJECT_STATISTIC_EXT') return findStatistics(ctx, name);
  return undefined;
}

/** ALTER EXTENSION ... UPDATE [TO version]. */
export function alterExtension(ctx: ImportContext, stmt: Fields): void {
  const extension = ctx.schema.extensions[stmt.extname ?? ''];
  if (!extension) {
    ctx.report('warning', `extension "${stmt.extname}" is not in the model`);
    return;
  }
  for (const node of (stmt.options as Node[] | undefined) ?? []) {
    const d = unwrap(node, 'DefElem');
    // UPDATE without TO goes to the default version, which the model cannot know: forgotten.
    if (d?.defname === 'new_version') extension.version = stringValue(d.arg) ?? '';
  }
  if (!(stmt.options as Node[] | undefined)?.length) delete extension.version;
}

/** ALTER EXTENSION ... SET SCHEMA. */
export function setExtensionSchema(ctx: ImportContext, stmt: Fields): void {
  const extension = ctx.schema.extensions[stringValue(stmt.object) ?? ''];
  if (!extension) {
    ctx.report('warning', `extension "${stringValue(stmt.object)}" is not in the model`);
    return;
  }
  extension.schema = stmt.newschema;
  delete extension.schemaFromSearchPath;
}

/** Statistics objects go with their table (Postgres drops them with it). */
export function forgetStatisticsOfDroppedTables(ctx: ImportContext): void {
  for (const [key, statistics] of Object.entries(ctx.schema.statistics)) {
    if (!Object.values(ctx.schema.tables).some((t) => sameName(t, statistics.table))) delete ctx.schema.statistics[key];
  }
}
