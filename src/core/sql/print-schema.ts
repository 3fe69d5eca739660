/**
 * The whole schema as clean, ordered DDL, the way pg_dump orders a dump: schemas, extensions,
 * types, sequences, functions, tables (parents before partitions and children), keys and
 * indexes, foreign keys (after every table, so cycles need nothing special), views in
 * dependency order, triggers, row-level security, comments. Importing the output gives back the
 * same model (the round-trip test checks it on the corpus).
 */
import { appendAll } from '../lib/arrays';
import { formatType, identitySignature } from '../model/format-type';
import { keyOf, sameName } from '../model/names';
import type { Index, OpaqueObject, OtherType, RoutineDef, Schema, Table, TypeRef, UserType, View } from '../model/types';
import { extensionSql } from './print-objects';
import { inheritedDefaultStatements } from './inherited-defaults';
import { notValidCheckStatements } from './not-valid-checks';
import { indexBackedConstraints } from '../model/key-constraints';
import { defaultClause } from './default-expression';
import { clusterStatements, collationStatements, columnSettingStatements, defaultPrivilegeStatements, privilegeStatements, replicaIdentityStatements, statisticsStatements } from './print-properties';
import {
  checkSql,
  columnSql,
  exclusionSql,
  foreignKeySql,
  identList,
  indexSql,
  policySql,
  primaryKeySql,
  sequenceOptionsSql,
  triggerSql,
  uniqueSql,
  viewColumnDefaultSql,
} from './print-parts';
import { routineReadsRelations } from './dependencies';
import { domainCalls } from './order';
import { namesObject, statementReferences } from './references';
import {
  dollarQuote,
  dottedName,
  keywordFor,
  numberSql,
  oneStatement,
  quoteIdent,
  quoteLiteral,
  quoteQualified,
  settingValue,
  sqlComment,
  SqlTextError,
  sqlFragment,
  storageOption,
  upperKeywords,
} from './safe-text';

/** Parents before their partitions and inheritance children. */
function tablesInOrder(schema: Schema): Table[] {
  const ordered: Table[] = [];
  const placed = new Set<string>();
  const visit = (table: Table, stack: Set<string>): void => {
    const key = keyOf(table);
    if (placed.has(key) || stack.has(key)) return;
    stack.add(key);
    const parents = table.partitionOf ? [table.partitionOf.parent] : table.inherits;
    for (const parent of parents) {
      const parentTable = schema.tables[keyOf(parent)];
      if (parentTable) visit(parentTable, stack);
    }
    placed.add(key);
    ordered.push(table);
  };
  for (const table of Object.values(schema.tables)) visit(table, new Set());
  return ordered;
}

/**
 * Views and the functions bound to them (a SQL-standard body that reads relations, a view's row
 * type as argument or result), each after what it reads or calls: a view may call such a
 * function, and the function may read another view. A view that reads itself, or is read by a
 * view it reads (made with CREATE OR REPLACE over a first version), cannot be created in any
 * order: it is one of the `cycles`, created first as a placeholder with its columns (as pg_dump
 * does) and given its query by CREATE OR REPLACE in its place.
 */
function viewsInOrder(schema: Schema, overViews: RoutineDef[]): { ordered: (View | RoutineDef)[]; cycles: Set<View> } {
  const ordered: (View | RoutineDef)[] = [];
  const cycles = new Set<View>();
  const placed = new Set<object>();
  const visit = (item: View | RoutineDef, stack: Set<object>): void => {
    if (placed.has(item)) return;
    if (stack.has(item)) {
      if ('query' in item && !item.materialized) cycles.add(item);
      return;
    }
    stack.add(item);
    if ('query' in item) {
      for (const dependency of item.dependsOn) {
        const other = schema.views[keyOf(dependency)];
        if (other) visit(other, stack);
      }
      const called = statementReferences(item.query)?.functions ?? [];
      for (const routine of overViews) if (called.some((f) => namesObject(f, routine, item.searchPath))) visit(routine, stack);
    } else {
      for (const relation of routineReadsRelations(schema, item)) {
        const other = schema.views[keyOf(relation)];
        if (other) visit(other, stack);
      }
      for (const type of [item.returnType, ...item.arguments.map((a) => a.type)]) {
        const other = type?.schema ? schema.views[keyOf({ schema: type.schema, name: type.name })] : undefined;
        if (other) visit(other, stack);
      }
    }
    placed.add(item);
    ordered.push(item);
  };
  for (const view of Object.values(schema.views)) visit(view, new Set());
  for (const routine of overViews) visit(routine, new Set());
  return { ordered, cycles };
}

/**
 * A view's placeholder: its columns as NULLs of their types, so that CREATE OR REPLACE can give it
 * its query once what the query reads exists (pg_dump's way with view cycles). Undefined when the
 * importer could not tell every column's type.
 */
export function placeholderViewSql(view: View): string | undefined {
  const columns = view.columns ?? [];
  if (columns.length === 0 || columns.some((c) => c.type.name === 'unknown' && !c.type.schema)) return undefined;
  const items = columns.map((c) => `NULL::${formatType(c.type)}${c.collation ? ` COLLATE ${dottedName(c.collation)}` : ''} AS ${quoteIdent(c.name)}`);
  return `CREATE VIEW ${quoteQualified(view)} AS\nSELECT ${items.join(', ')};`;
}

/**
 * The CREATE statement of a user type; undefined for base types, defined in C, which SQL cannot
 * create. A shell type (`CREATE TYPE name` alone, a placeholder a base type fills later) is
 * created as written.
 */
export function typeSql(type: UserType): string | undefined {
  const name = quoteQualified(type);
  switch (type.kind) {
    case 'enum':
      return `CREATE TYPE ${name} AS ENUM (${type.values.map(quoteLiteral).join(', ')});`;
    case 'domain': {
      let sql = `CREATE DOMAIN ${name} AS ${formatType(type.baseType)}`;
      if (type.collation) sql += ` COLLATE ${dottedName(type.collation)}`;
      if (type.default !== undefined) sql += ` ${defaultClause(type.default, `the default of domain ${type.name}`)}`;
      if (type.notNull) sql += ' NOT NULL';
      for (const check of type.checks) sql += ` CONSTRAINT ${quoteIdent(check.name)} CHECK (${sqlFragment(check.expression, `check ${check.name}`)})${check.notValid ? ' NOT VALID' : ''}`;
      return `${sql};`;
    }
    case 'composite':
      return `CREATE TYPE ${name} AS (${type.attributes.map((a) => `${quoteIdent(a.name)} ${formatType(a.type)}${a.collation ? ` COLLATE ${dottedName(a.collation)}` : ''}`).join(', ')});`;
    case 'range':
      return type.subtype ? `CREATE TYPE ${name} AS RANGE (${rangeOptionsSql(type.subtype, type.rangeOptions)});` : undefined;
    case 'shell':
      return `CREATE TYPE ${name};`;
    default:
      return undefined;
  }
}

/** The option list of CREATE TYPE ... AS RANGE. */
function rangeOptionsSql(subtype: TypeRef, options: OtherType['rangeOptions'] = {}): string {
  const parts = [`subtype = ${formatType(subtype)}`];
  if (options.subtypeOpclass) parts.push(`subtype_opclass = ${dottedName(options.subtypeOpclass)}`);
  if (options.collation) parts.push(`collation = ${dottedName(options.collation)}`);
  if (options.canonical) parts.push(`canonical = ${dottedName(options.canonical)}`);
  if (options.subtypeDiff) parts.push(`subtype_diff = ${dottedName(options.subtypeDiff)}`);
  if (options.multirangeTypeName) parts.push(`multirange_type_name = ${dottedName(options.multirangeTypeName)}`);
  return parts.join(', ');
}

/**
 * `FOREIGN TABLE` or `TABLE`: the keyword DROP and COMMENT ON need for a table (Postgres refuses
 * `DROP TABLE` and `COMMENT ON TABLE` on a foreign table: "is not a table").
 */
export function tableKeyword(table: Pick<Table, 'foreign'> | undefined): 'FOREIGN TABLE' | 'TABLE' {
  return table?.foreign ? 'FOREIGN TABLE' : 'TABLE';
}

/** The line printSchema writes where a type it cannot create would go. */
function unprintableType(type: UserType): string {
  return sqlComment(`type ${quoteQualified(type)} (${type.kind}) is defined in C and cannot be printed`);
}

const ARGUMENT_MODE = { in: '', out: 'OUT ', inout: 'INOUT ', variadic: 'VARIADIC ', table: '' } as const;
const ROUTINE_KIND = upperKeywords(['function', 'procedure'] as const);
const VOLATILITY = upperKeywords(['immutable', 'stable', 'volatile'] as const);
const PARALLEL = upperKeywords(['safe', 'restricted', 'unsafe'] as const);

/** `FUNCTION` or `PROCEDURE`. */
export function routineKindSql(routine: Pick<RoutineDef, 'kind' | 'name'>): string {
  return keywordFor(routine.kind, ROUTINE_KIND, `the kind of routine ${routine.name}`);
}

/**
 * The argument types that identify a routine in DROP / COMMENT ON: computed from its arguments
 * when they are known; a signature kept as text (a drop names only that) must be one fragment.
 */
export function signatureSql(routine: Pick<RoutineDef, 'name' | 'signature'> & { arguments?: RoutineDef['arguments'] }): string {
  return routine.arguments ? identitySignature(routine.arguments) : sqlFragment(routine.signature, `the signature of ${routine.name}`);
}

/** RETURNS ...: from the return type and the TABLE arguments, never from text. */
function returnsSql(routine: RoutineDef): string | undefined {
  const table = routine.arguments.filter((a) => a.mode === 'table');
  if (table.length > 0) return `TABLE(${table.map((a) => `${a.name ? `${quoteIdent(a.name)} ` : ''}${formatType(a.type)}`).join(', ')})`;
  if (routine.returnType) return `${routine.returns?.startsWith('SETOF ') ? 'SETOF ' : ''}${formatType(routine.returnType)}`;
  return routine.returns === undefined ? undefined : sqlFragment(routine.returns, `the return type of ${routine.name}`);
}

/** A SQL-standard body (`RETURN expr` or `BEGIN ATOMIC ... END`): statements, one routine's worth. */
function standardBody(routine: RoutineDef): string {
  const body = sqlFragment(routine.body, `the body of ${routine.name}`, { statements: true });
  if (!/^\s*(RETURN\b|BEGIN\s+ATOMIC\b[\s\S]*\bEND\s*$)/i.test(body)) {
    throw new SqlTextError(`the body of ${routine.name} is neither RETURN ... nor BEGIN ATOMIC ... END`);
  }
  if (/^\s*RETURN\b/i.test(body)) sqlFragment(body, `the body of ${routine.name}`);
  return body;
}

export function routineSql(routine: RoutineDef, replace = false): string {
  const args = routine.arguments
    .filter((a) => a.mode !== 'table')
    .map((a) => {
      const mode = keywordFor(a.mode, ARGUMENT_MODE, `the mode of an argument of ${routine.name}`);
      const name = a.name ? `${quoteIdent(a.name)} ` : '';
      const def = a.default !== undefined ? ` DEFAULT ${sqlFragment(a.default, `the default of an argument of ${routine.name}`)}` : '';
      return `${mode}${name}${formatType(a.type)}${def}`;
    })
    .join(', ');
  const lines = [`CREATE ${replace ? 'OR REPLACE ' : ''}${routineKindSql(routine)} ${quoteQualified(routine)}(${args})`];
  const returns = returnsSql(routine);
  if (returns) lines.push(`    RETURNS ${returns}`);
  lines.push(`    LANGUAGE ${quoteIdent(routine.language)}`);
  const traits = [
    routine.kind === 'function' && routine.volatility !== 'volatile' ? keywordFor(routine.volatility, VOLATILITY, `the volatility of ${routine.name}`) : '',
    routine.strict ? 'STRICT' : '',
    routine.securityDefiner ? 'SECURITY DEFINER' : '',
    routine.leakproof ? 'LEAKPROOF' : '',
    routine.parallel ? `PARALLEL ${keywordFor(routine.parallel, PARALLEL, `PARALLEL of ${routine.name}`)}` : '',
    routine.cost !== undefined ? `COST ${numberSql(routine.cost, `the cost of ${routine.name}`)}` : '',
    routine.rows !== undefined ? `ROWS ${numberSql(routine.rows, `the rows of ${routine.name}`)}` : '',
  ].filter(Boolean);
  if (traits.length > 0) lines.push(`    ${traits.join(' ')}`);
  for (const [key, value] of Object.entries(routine.config)) lines.push(`    SET ${dottedName(key)} TO ${settingValue(value)}`);
  if (!routine.sqlBody) {
    lines.push(`    AS ${dollarQuote(routine.body)}`);
    return `${lines.join('\n')};`;
  }
  // A SQL-standard body holds statements of its own: the whole must still read as one.
  lines.push(standardBody(routine));
  return `${oneStatement(lines.join('\n'), `the function ${routine.name}`)};`;
}

/** Index-backed constraints and indexes on a partition that are attached to the parent's. */
function attachedTo(schema: Schema, parent: Table, name: string): { child: Table; name: string }[] {
  const result: { child: Table; name: string }[] = [];
  for (const child of Object.values(schema.tables)) {
    if (!child.partitionOf || !sameName(child.partitionOf.parent, parent)) continue;
    const candidates = [child.primaryKey, ...child.uniqueConstraints, ...child.exclusions, ...child.indexes];
    const attached = candidates.find((c) => c?.partitionOf && c.partitionOf.name === name && c.partitionOf.schema === parent.schema);
    if (attached) result.push({ child, name: attached.name });
  }
  return result;
}

function partitionsOf(schema: Schema, parent: Table): Table[] {
  return Object.values(schema.tables).filter((t) => t.partitionOf && sameName(t.partitionOf.parent, parent));
}

/**
 * A partitioned table's key or index is created ON ONLY the parent and attached to each
 * partition's own copy when every partition has one in the model (pg_dump's way); otherwise
 * Postgres creates the copies itself.
 */
function usesOnly(schema: Schema, table: Table, name: string): boolean {
  if (!table.partitioning) return false;
  const partitions = partitionsOf(schema, table);
  return partitions.length > 0 && attachedTo(schema, table, name).length === partitions.length;
}

/**
 * A key is also made ON ONLY when a partition (not a foreign table, which gets no copies) has no
 * share of it: the parent's key was made ON ONLY and that share is not attached yet, as the import
 * records keys (every partition of a key made with copies holds its copy). An index says so
 * itself (`only`), and an index added to the model without copies is one Postgres copies.
 */
function keyUsesOnly(schema: Schema, table: Table, name: string): boolean {
  if (usesOnly(schema, table, name)) return true;
  if (!table.partitioning) return false;
  const attached = new Set(attachedTo(schema, table, name).map((a) => a.child));
  return partitionsOf(schema, table).some((p) => !p.foreign && !attached.has(p));
}

/** A statement run under the search_path it was written for (its unqualified names need it). */
export function withSearchPath(searchPath: string[] | undefined, sql: string): string {
  if (!searchPath) return sql;
  const path = searchPath.length > 0 ? searchPath.map(quoteIdent).join(', ') : "''";
  return `SET search_path TO ${path};\n${sql}\nRESET search_path;`;
}

function typeDependencies(type: UserType): TypeRef[] {
  switch (type.kind) {
    case 'domain':
      return [type.baseType];
    case 'composite':
      return type.attributes.map((a) => a.type);
    case 'range':
      return type.subtype ? [type.subtype] : [];
    default:
      return [];
  }
}

/**
 * Types and functions in dependency order, split into those that can be created before the
 * tables and those that use a table's row type (`RETURNS SETOF users`, a domain over a table
 * type), which must wait for it.
 */
function splitByTableDependency(schema: Schema): {
  early: { types: UserType[]; routines: RoutineDef[] };
  late: { types: UserType[]; routines: RoutineDef[] };
  /** Domains whose checks or default call functions (after the functions), and the functions over them. */
  overFunctions: { types: UserType[]; routines: RoutineDef[] };
  /** Functions over a view's row type: after the views. */
  overViews: RoutineDef[];
} {
  const isRelation = (ref: TypeRef) => ref.schema !== undefined && schema.tables[keyOf({ schema: ref.schema, name: ref.name })] !== undefined;
  const ordered: UserType[] = [];
  const late = new Set<string>();
  const placed = new Set<string>();
  const overFunctions = new Set<string>();
  const visit = (type: UserType, stack: Set<string>): void => {
    const key = keyOf(type);
    if (placed.has(key) || stack.has(key)) return;
    stack.add(key);
    if (domainCalls(schema, type).length > 0) overFunctions.add(key);
    for (const dependency of typeDependencies(type)) {
      if (!dependency.schema) continue;
      const depKey = keyOf({ schema: dependency.schema, name: dependency.name });
      const other = schema.types[depKey];
      if (other) visit(other, stack);
      if (isRelation(dependency) || late.has(depKey)) late.add(key);
      if (overFunctions.has(depKey)) overFunctions.add(key);
    }
    placed.add(key);
    ordered.push(type);
  };
  for (const type of Object.values(schema.types)) visit(type, new Set());
  const usesLate = (ref: TypeRef | undefined) => ref !== undefined && ref.schema !== undefined && (isRelation(ref) || late.has(keyOf({ schema: ref.schema, name: ref.name })));
  const isView = (ref: TypeRef | undefined) => ref?.schema !== undefined && schema.views[keyOf({ schema: ref.schema, name: ref.name })] !== undefined;
  const routines = Object.values(schema.routines);
  // A SQL-standard body is bound at creation (check_function_bodies does not defer it): it waits
  // for the tables and views it reads.
  const overView = (r: RoutineDef) => isView(r.returnType) || r.arguments.some((a) => isView(a.type)) || (Boolean(r.sqlBody) && routineReadsRelations(schema, r).length > 0);
  const lateRoutine = (r: RoutineDef) => !overView(r) && (usesLate(r.returnType) || r.arguments.some((a) => usesLate(a.type)));
  const overFunction = (ref: TypeRef | undefined) => ref?.schema !== undefined && overFunctions.has(keyOf({ schema: ref.schema, name: ref.name }));
  const afterDomains = (r: RoutineDef) => !lateRoutine(r) && !overView(r) && (overFunction(r.returnType) || r.arguments.some((a) => overFunction(a.type)));
  return {
    early: { types: ordered.filter((t) => !late.has(keyOf(t)) && !overFunctions.has(keyOf(t))), routines: routines.filter((r) => !lateRoutine(r) && !overView(r) && !afterDomains(r)) },
    late: { types: ordered.filter((t) => late.has(keyOf(t))), routines: routines.filter(lateRoutine) },
    overFunctions: { types: ordered.filter((t) => !late.has(keyOf(t)) && overFunctions.has(keyOf(t))), routines: routines.filter(afterDomains) },
    overViews: routines.filter(overView),
  };
}

/** A type's statement, the comment saying it cannot be printed, or nothing (a range without subtype). */
function printableType(type: UserType): string[] {
  const sql = typeSql(type);
  if (sql !== undefined) return [sql];
  return type.kind === 'base' || type.kind === 'shell' ? [unprintableType(type)] : [];
}

/**
 * An aggregate or operator kept as the statement that created it: one statement, its quotes and
 * comments closed (the splitter stopped at its `;`, so it is; a document might say otherwise).
 */
function opaqueSql(object: OpaqueObject): string {
  return `${oneStatement(object.sql, `the ${object.kind} ${object.name}`)};`;
}

export function printSchema(schema: Schema): string {
  const out: string[] = ['SET check_function_bodies = false;', ''];
  const section = (title: string, statements: string[]) => {
    if (statements.length === 0) return;
    out.push(sqlComment(title));
    appendAll(out, statements).push('');
  };
  section('Schemas', Object.values(schema.namespaces).filter((n) => n.name !== 'public').map((n) => `CREATE SCHEMA ${quoteIdent(n.name)};`));
  section('Extensions', Object.values(schema.extensions).map(extensionSql));
  // Foreign tables need their servers, servers their wrappers (which extensions may provide).
  const foreign = Object.values(schema.opaque).filter((o) => o.kind === 'foreign-data-wrapper' || o.kind === 'server');
  section('Foreign-data wrappers and servers', [...foreign.filter((o) => o.kind === 'foreign-data-wrapper'), ...foreign.filter((o) => o.kind === 'server')].map(opaqueSql));
  const { early, late, overFunctions, overViews } = splitByTableDependency(schema);
  section('Collations', collationStatements(schema));
  section('Types', early.types.flatMap(printableType));
  section('Sequences', Object.values(schema.sequences).map((s) => {
    const options = sequenceOptionsSql(s.options);
    return `CREATE ${s.unlogged ? 'UNLOGGED ' : ''}SEQUENCE ${quoteQualified(s)}${options ? ` ${options}` : ''};`;
  }));
  section('Functions', early.routines.map((r) => routineSql(r)));
  section('Domains that call functions', overFunctions.types.flatMap(printableType));
  section('Functions over those domains', overFunctions.routines.map((r) => routineSql(r)));
  const tables = tablesInOrder(schema);
  section('Tables', tables.map((t) => createTableSql(t, { parent: t.partitionOf ? schema.tables[keyOf(t.partitionOf.parent)] : undefined })));
  section('Defaults of inherited columns', tables.flatMap((t) => inheritedDefaultStatements(t, schema)));
  section('Column settings', columnSettingStatements(tables));
  section('Types over table rows', late.types.flatMap(printableType));
  section('Functions over table rows', late.routines.map((r) => routineSql(r)));
  section('Aggregates and operators', Object.values(schema.opaque).filter((o) => o.kind === 'aggregate' || o.kind === 'operator').map((o) => withSearchPath(o.searchPath, opaqueSql(o))));
  const keys: string[] = [];
  const indexes: string[] = [];
  const attachments: string[] = [];
  for (const table of tables) {
    const ref = { schema: table.schema, name: table.name };
    const only = (name: string) => (keyUsesOnly(schema, table, name) ? 'ONLY ' : '');
    const constraints = [
      ...(table.primaryKey ? [{ c: table.primaryKey, sql: primaryKeySql(table.primaryKey) }] : []),
      ...table.uniqueConstraints.map((c) => ({ c, sql: uniqueSql(c) })),
      ...table.exclusions.map((c) => ({ c, sql: exclusionSql(c) })),
    ];
    // A NOT VALID check only stays unvalidated when added to an existing table.
    appendAll(keys, notValidCheckStatements(table, schema));
    for (const { c, sql } of constraints) {
      keys.push(`ALTER TABLE ${only(c.name)}${quoteQualified(ref)} ADD ${sql};`);
      if (c.partitionOf) attachments.push(`ALTER INDEX ${quoteQualified(c.partitionOf)} ATTACH PARTITION ${quoteQualified({ schema: table.schema, name: c.name })};`);
    }
    for (const index of table.indexes) {
      indexes.push(`${indexSql({ ...index, only: index.only || usesOnly(schema, table, index.name) }, ref)};`);
      if (index.partitionOf) attachments.push(`ALTER INDEX ${quoteQualified(index.partitionOf)} ATTACH PARTITION ${quoteQualified({ schema: table.schema, name: index.name })};`);
    }
  }
  section('Keys', keys);
  section('Indexes', indexes);
  section('Partition indexes', attachments);
  section('Extended statistics', statisticsStatements(schema));
  section('Replica identity', replicaIdentityStatements(tables));
  section('Clustering', clusterStatements(tables));
  section('Sequence ownership', Object.values(schema.sequences).filter((s) => s.ownedBy).map((s) =>
    `ALTER SEQUENCE ${quoteQualified(s)} OWNED BY ${quoteQualified(s.ownedBy!.table)}.${quoteIdent(s.ownedBy!.column)};`));
  // A partition's copies of its parent's foreign keys and row triggers come with the partition.
  section('Foreign keys', tables.flatMap((t) => t.foreignKeys.filter((fk) => !fk.partitionOf).map((fk) => `ALTER TABLE ${quoteQualified(t)} ADD ${foreignKeySql(fk)};`)));

  const { ordered: viewsAndFunctions, cycles } = viewsInOrder(schema, overViews);
  const views = viewsAndFunctions.filter((v): v is View => 'query' in v);
  const placeholders = new Map([...cycles].map((v) => [v, placeholderViewSql(v)] as const).filter((p): p is [View, string] => p[1] !== undefined));
  section('Placeholders of views that read themselves (replaced below)', [...placeholders.values()]);
  section('Views (and the functions bound to them)', viewsAndFunctions.map((v) => ('query' in v ? withSearchPath(v.searchPath, viewSql(v, placeholders.has(v))) : routineSql(v))));
  section('View column defaults', views.flatMap((v) => Object.entries(v.columnDefaults ?? {}).map(([column, value]) => viewColumnDefaultSql(v, column, value))));
  section('Materialized view indexes', views.flatMap((v) => [
    ...v.indexes.map((ix: Index) => `${indexSql(ix, v)};`),
    ...(v.clusterOn ? [`ALTER MATERIALIZED VIEW ${quoteQualified(v)} CLUSTER ON ${quoteIdent(v.clusterOn)};`] : []),
  ]));
  const relations: (Table | View)[] = [...tables, ...views];
  section('Triggers', relations.flatMap((r) => r.triggers.filter((t) => !t.partitionOf).flatMap((t) => {
    const sql = [`${triggerSql(t, r)};`];
    if (!t.enabled) sql.push(`ALTER TABLE ${quoteQualified(r)} DISABLE TRIGGER ${quoteIdent(t.name)};`);
    return sql;
  })));
  section('Row-level security', tables.flatMap((t) => [
    ...(t.rowLevelSecurity ? [`ALTER TABLE ${quoteQualified(t)} ENABLE ROW LEVEL SECURITY;`] : []),
    ...(t.forceRowLevelSecurity ? [`ALTER TABLE ${quoteQualified(t)} FORCE ROW LEVEL SECURITY;`] : []),
    ...t.policies.map((p) => `${policySql(p, t)};`),
  ]));
  section('Comments', commentStatements(schema, tables, views));
  section('Privileges', privilegeStatements(schema, tables, views));
  section('Default privileges', defaultPrivilegeStatements(schema));
  return `${out.join('\n').trimEnd()}\n`;
}

/** One generic option kept as `key=value`: `key 'value'`. */
export function genericOptionSql(option: string): string {
  const at = option.indexOf('=');
  return `${quoteIdent(option.slice(0, at))} ${quoteLiteral(option.slice(at + 1))}`;
}

/** `SERVER s OPTIONS (k 'v', ...)` of a foreign table. */
function foreignSql(table: Table): string {
  if (!table.foreign) return '';
  const options = table.foreign.options.map(genericOptionSql);
  return ` SERVER ${quoteIdent(table.foreign.server)}${options.length > 0 ? ` OPTIONS (${options.join(', ')})` : ''}`;
}

/**
 * A typed table's or a partition's columns come from the type or the parent: only their options
 * are written (`c WITH OPTIONS ...`), those the parent (`from`) does not give already.
 */
function columnOptionsSql(column: Table['columns'][number], from?: Table['columns'][number]): string | undefined {
  const options = [
    column.notNull && !from?.notNull ? 'NOT NULL' : '',
    column.default !== undefined && column.default !== from?.default ? defaultClause(column.default, `the default of ${column.name}`) : '',
  ].filter(Boolean);
  return options.length > 0 ? `${quoteIdent(column.name)} WITH OPTIONS ${options.join(' ')}` : undefined;
}

/**
 * `parent`: a partition's parent as it will be when the partition is created, so that only the
 * NOT NULLs and defaults the partition has of its own are written (without it, all of them).
 */
export function createTableSql(table: Table, options: { inlineKeys?: boolean; parent?: Table } = {}): string {
  const name = quoteQualified(table);
  const unlogged = table.unlogged ? 'UNLOGGED ' : '';
  const kind = tableKeyword(table);
  if (table.partitionOf) {
    const partitioning = table.partitioning ? ` ${partitionBySql(table)}` : '';
    const columns = table.columns
      .map((c) => columnOptionsSql(c, options.parent?.columns.find((p) => p.name === c.name)))
      .filter((c): c is string => c !== undefined);
    const checks = table.checks.filter((c) => !c.inherited && !c.notValid).map(checkSql);
    const elements = [...columns, ...checks].map((e) => `    ${e}`);
    const body = elements.length > 0 ? ` (\n${elements.join(',\n')}\n)` : '';
    return `CREATE ${unlogged}${kind} ${name} PARTITION OF ${quoteQualified(table.partitionOf.parent)}${body} ${partitionBoundSql(table)}${partitioning}${foreignSql(table)};`;
  }
  const keys = options.inlineKeys
    ? [
        ...(table.primaryKey && !table.primaryKey.partitionOf ? [primaryKeySql(table.primaryKey)] : []),
        ...table.uniqueConstraints.filter((c) => !c.partitionOf).map(uniqueSql),
        ...table.exclusions.filter((c) => !c.partitionOf).map(exclusionSql),
      ]
    : [];
  const columns = table.ofType
    ? table.columns.map((c) => columnOptionsSql(c)).filter((c): c is string => c !== undefined)
    : table.columns.filter((c) => !c.inherited).map(columnSql);
  const elements = [
    ...columns.map((c) => `    ${c}`),
    ...keys.map((k) => `    ${k}`),
    ...table.checks.filter((c) => !c.inherited && !c.notValid).map((c) => `    ${checkSql(c)}`),
  ];
  const typed = table.ofType ? ` OF ${quoteQualified(table.ofType)}` : '';
  const body = elements.length > 0 || !typed ? ` (\n${elements.join(',\n')}\n)` : '';
  let sql = `CREATE ${unlogged}${kind} ${name}${typed}${body}`;
  if (table.inherits.length > 0) sql += ` INHERITS (${table.inherits.map(quoteQualified).join(', ')})`;
  if (table.partitioning) sql += ` ${partitionBySql(table)}`;
  if (table.options.length > 0) sql += ` WITH (${table.options.map(storageOption).join(', ')})`;
  sql += foreignSql(table);
  return `${sql};`;
}

const STRATEGY = upperKeywords(['range', 'list', 'hash'] as const);

function partitionBySql(table: Table): string {
  const spec = table.partitioning!;
  const keys = spec.keys.map((k) => `${k.column ? quoteIdent(k.column) : `(${sqlFragment(k.expression ?? '', `a partition key of ${table.name}`)})`}${k.collation ? ` COLLATE ${dottedName(k.collation)}` : ''}${k.opclass ? ` ${dottedName(k.opclass)}` : ''}`);
  return `PARTITION BY ${keywordFor(spec.strategy, STRATEGY, `the partitioning of ${table.name}`)} (${keys.join(', ')})`;
}

/** `FOR VALUES ...` or `DEFAULT`, as the model keeps it. */
export function partitionBoundSql(table: Table): string {
  const bound = sqlFragment(table.partitionOf!.bound, `the partition bound of ${table.name}`);
  if (!/^(DEFAULT|FOR\s+VALUES\b)/i.test(bound)) throw new SqlTextError(`the partition bound of ${table.name} is neither DEFAULT nor FOR VALUES ...`);
  return bound;
}

const CHECK_OPTION = upperKeywords(['local', 'cascaded'] as const);

export function viewSql(view: View, replace = false): string {
  const columns = view.columnNames.length > 0 ? ` (${identList(view.columnNames)})` : '';
  const options = view.options.length > 0 ? ` WITH (${view.options.map(storageOption).join(', ')})` : '';
  const query = sqlFragment(view.query, `the query of view ${view.name}`);
  if (view.materialized) {
    return `CREATE MATERIALIZED VIEW ${quoteQualified(view)}${columns}${options} AS\n${query}\nWITH ${view.withNoData ? 'NO ' : ''}DATA;`;
  }
  const check = view.checkOption ? `\nWITH ${keywordFor(view.checkOption, CHECK_OPTION, `the check option of view ${view.name}`)} CHECK OPTION` : '';
  return `CREATE ${replace ? 'OR REPLACE ' : ''}VIEW ${quoteQualified(view)}${columns}${options} AS\n${query}${check};`;
}

function commentStatements(schema: Schema, tables: Table[], views: View[]): string[] {
  const out: string[] = [];
  const comment = (what: string, text: string | undefined) => {
    if (text !== undefined) out.push(`COMMENT ON ${what} IS ${quoteLiteral(text)};`);
  };
  for (const n of Object.values(schema.namespaces)) comment(`SCHEMA ${quoteIdent(n.name)}`, n.comment);
  for (const e of Object.values(schema.extensions)) comment(`EXTENSION ${quoteIdent(e.name)}`, e.comment);
  for (const t of Object.values(schema.types)) comment(`${t.kind === 'domain' ? 'DOMAIN' : 'TYPE'} ${quoteQualified(t)}`, t.comment);
  for (const s of Object.values(schema.sequences)) comment(`SEQUENCE ${quoteQualified(s)}`, s.comment);
  for (const r of Object.values(schema.routines)) comment(`${routineKindSql(r)} ${quoteQualified(r)}(${signatureSql(r)})`, r.comment);
  for (const c of Object.values(schema.collations)) comment(`COLLATION ${quoteQualified(c)}`, c.comment);
  for (const s of Object.values(schema.statistics)) comment(`STATISTICS ${quoteQualified(s)}`, s.comment);
  for (const t of tables) {
    comment(`${tableKeyword(t)} ${quoteQualified(t)}`, t.comment);
    for (const c of t.columns) comment(`COLUMN ${quoteQualified(t)}.${quoteIdent(c.name)}`, c.comment);
    for (const c of [t.primaryKey, ...t.uniqueConstraints, ...t.foreignKeys, ...t.checks, ...t.exclusions]) {
      if (c) comment(`CONSTRAINT ${quoteIdent(c.name)} ON ${quoteQualified(t)}`, c.comment);
    }
    for (const ix of t.indexes) comment(`INDEX ${quoteQualified({ schema: t.schema, name: ix.name })}`, ix.comment);
    for (const key of indexBackedConstraints(t)) comment(`INDEX ${quoteQualified({ schema: t.schema, name: key.name })}`, key.indexComment);
    for (const tr of t.triggers) comment(`TRIGGER ${quoteIdent(tr.name)} ON ${quoteQualified(t)}`, tr.comment);
    for (const p of t.policies) comment(`POLICY ${quoteIdent(p.name)} ON ${quoteQualified(t)}`, p.comment);
  }
  for (const v of views) {
    comment(`${v.materialized ? 'MATERIALIZED VIEW' : 'VIEW'} ${quoteQualified(v)}`, v.comment);
    for (const [column, text] of Object.entries(v.columnComments)) comment(`COLUMN ${quoteQualified(v)}.${quoteIdent(column)}`, text);
    for (const ix of v.indexes) comment(`INDEX ${quoteQualified({ schema: v.schema, name: ix.name })}`, ix.comment);
  }
  return out;
}

