/** CREATE TYPE (enum, composite, range, base, shell), CREATE DOMAIN, ALTER TYPE / DOMAIN. */
import type { Node } from '@pgsql/types';
import { chooseName } from '../../model/auto-names';
import { quoteLiteral } from '../../model/names';
import { sameName } from '../../model/names';
import type { CompositeAttribute, CompositeType, DomainType, EnumType, OpaqueObject, OtherType, Table, TypeRef, UserType } from '../../model/types';
import { deparseNode, type Fields, listName, stringList, stringValue, unwrap, withoutLocations } from '../ast';
import { type ImportContext, StatementError } from '../context';
import { type DropTarget, dropWithDependents } from './drop-dependents';

function putType(ctx: ImportContext, type: UserType): void {
  const key = ctx.tableKey(type);
  const existing = ctx.schema.types[key];
  if (existing && existing.kind !== 'shell') {
    ctx.report('error', `type "${type.name}" already exists`);
    return;
  }
  ctx.schema.types[key] = type;
  if (type.kind === 'composite') ctx.names.addRelation(type.schema, type.name);
}

export function createEnum(ctx: ImportContext, stmt: Fields): void {
  const name = ctx.qualify(listName(stmt.typeName));
  const type: EnumType = { kind: 'enum', ...name, values: stringList(stmt.vals), source: ctx.source() };
  putType(ctx, type);
}

export function alterEnum(ctx: ImportContext, stmt: Fields): void {
  const type = ctx.findType(listName(stmt.typeName));
  if (!type || type.kind !== 'enum') {
    ctx.report('error', `type "${listName(stmt.typeName).name}" does not exist or is not an enum`);
    return;
  }
  if (stmt.oldVal) {
    const at = type.values.indexOf(stmt.oldVal);
    if (at === -1) {
      ctx.report('error', `"${stmt.oldVal}" is not an existing enum label`);
      return;
    }
    ctx.renames.push({ kind: 'rename-enum-value', type: { schema: type.schema, name: type.name }, value: stmt.oldVal, newValue: stmt.newVal });
    type.values[at] = stmt.newVal;
    // Defaults hold the label's OID in Postgres, so they show the new label; rewrite the text.
    for (const table of Object.values(ctx.schema.tables)) {
      for (const column of table.columns) {
        if (column.type.name !== type.name || column.type.schema !== type.schema || !column.default) continue;
        column.default = column.default.split(quoteLiteral(stmt.oldVal)).join(quoteLiteral(stmt.newVal));
      }
    }
    return;
  }
  if (type.values.includes(stmt.newVal)) {
    if (!stmt.skipIfNewValExists) ctx.report('error', `enum label "${stmt.newVal}" already exists`);
    return;
  }
  const neighbor = stmt.newValNeighbor ? type.values.indexOf(stmt.newValNeighbor) : -1;
  if (neighbor === -1) type.values.push(stmt.newVal);
  else type.values.splice(stmt.newValIsAfter ? neighbor + 1 : neighbor, 0, stmt.newVal);
}

export function createComposite(ctx: ImportContext, stmt: Fields): void {
  const written = { ...(stmt.typevar?.schemaname ? { schema: stmt.typevar.schemaname } : {}), name: stmt.typevar?.relname ?? '' };
  const name = ctx.qualify(written);
  const type: CompositeType = {
    kind: 'composite',
    ...name,
    attributes: ((stmt.coldeflist as Node[] | undefined) ?? []).map((n) => attributeOf(ctx, unwrap(n, 'ColumnDef') ?? {})),
    source: ctx.source(),
  };
  putType(ctx, type);
}

/** An attribute of a composite type, with its collation (`label text COLLATE "C"`). */
function attributeOf(ctx: ImportContext, def: Fields): CompositeAttribute {
  const attribute: CompositeAttribute = { name: def.colname ?? '', type: ctx.typeRef(def.typeName) };
  const collation = stringList(unwrap(def.collClause, 'CollateClause')?.collname ?? def.collClause?.collname).join('.');
  if (collation) attribute.collation = collation;
  return attribute;
}

export function createDomain(ctx: ImportContext, stmt: Fields): void {
  const name = ctx.qualify(listName(stmt.domainname));
  const baseType = ctx.typeRef(stmt.typeName);
  const domain: DomainType = { kind: 'domain', ...name, baseType, notNull: false, checks: [], source: ctx.source() };
  const collation = stringList(stmt.collClause?.collname).join('.');
  if (collation) domain.collation = collation;
  for (const node of (stmt.constraints as Node[] | undefined) ?? []) addDomainConstraint(ctx, domain, unwrap(node, 'Constraint') ?? {});
  putType(ctx, domain);
}

function addDomainConstraint(ctx: ImportContext, domain: DomainType, c: Fields): void {
  switch (c.contype) {
    case 'CONSTR_NOTNULL':
      domain.notNull = true;
      return;
    case 'CONSTR_NULL':
      domain.notNull = false;
      return;
    case 'CONSTR_DEFAULT':
      domain.default = deparseNode(c.raw_expr);
      return;
    case 'CONSTR_CHECK': {
      const name = c.conname ?? chooseName(domain.name, undefined, 'check', (n) => ctx.names.constraintTaken(domain.schema, n) || domain.checks.some((x) => x.name === n));
      domain.checks.push({ name, expression: deparseNode(c.raw_expr), notValid: Boolean(c.skip_validation) });
      ctx.names.addConstraint(domain.schema, name);
      return;
    }
    default:
      return;
  }
}

export function alterDomain(ctx: ImportContext, stmt: Fields): void {
  const type = ctx.findType(listName(stmt.typeName));
  if (!type || type.kind !== 'domain') {
    ctx.report('error', `domain "${listName(stmt.typeName).name}" does not exist`);
    return;
  }
  switch (stmt.subtype) {
    case 'T':
      if (stmt.def) type.default = deparseNode(stmt.def);
      else delete type.default;
      return;
    case 'N':
      type.notNull = false;
      return;
    case 'O':
      type.notNull = true;
      return;
    case 'C':
      addDomainConstraint(ctx, type, unwrap(stmt.def, 'Constraint') ?? {});
      return;
    case 'X':
      type.checks = type.checks.filter((c) => c.name !== stmt.name);
      ctx.names.invalidateNames();
      return;
    case 'V': {
      const check = type.checks.find((c) => c.name === stmt.name);
      if (check) check.notValid = false;
      return;
    }
    default:
      return;
  }
}

export function createRange(ctx: ImportContext, stmt: Fields): void {
  const name = ctx.qualify(listName(stmt.typeName));
  const type: OtherType = { kind: 'range', ...name, source: ctx.source() };
  const options: NonNullable<OtherType['rangeOptions']> = {};
  for (const node of (stmt.params as Node[] | undefined) ?? []) {
    const d = unwrap(node, 'DefElem');
    if (d?.defname === 'subtype') type.subtype = ctx.typeRef(d.arg);
    const option = d?.defname ? RANGE_OPTIONS[String(d.defname)] : undefined;
    const value = option && definitionName(d?.arg);
    if (option && value) options[option] = value;
    // An unqualified multirange name is created in the first schema of search_path, not the range's.
    if (option === 'multirangeTypeName' && value) {
      const multirange = ctx.qualify(listName(unwrap(d?.arg, 'TypeName')?.names as Node[] | undefined));
      options.multirangeTypeName = `${multirange.schema}.${multirange.name}`;
    }
  }
  // The subtype's default btree operator class is what Postgres picks when none is written.
  if (options.subtypeOpclass && type.subtype && options.subtypeOpclass === defaultOpclass(type.subtype)) delete options.subtypeOpclass;
  if (Object.keys(options).length > 0) type.rangeOptions = options;
  putType(ctx, type);
}

/** CREATE TYPE ... AS RANGE options kept besides the subtype (pg_range's other columns). */
const RANGE_OPTIONS: Record<string, keyof NonNullable<OtherType['rangeOptions']>> = {
  subtype_opclass: 'subtypeOpclass',
  collation: 'collation',
  canonical: 'canonical',
  subtype_diff: 'subtypeDiff',
  multirange_type_name: 'multirangeTypeName',
};

/** A definition option's name argument (`COLLATION = pg_catalog."C"`, `SUBTYPE_OPCLASS = text_ops`), dotted. */
function definitionName(arg: Node | undefined): string | undefined {
  const typeName = unwrap(arg, 'TypeName');
  if (typeName) return stringList(typeName.names as Node[] | undefined).join('.') || undefined;
  return stringValue(arg);
}

/** Built-in types whose default btree operator class is not named `<type>_ops` after the SQL name. */
const DEFAULT_OPCLASS: Record<string, string> = {
  boolean: 'bool_ops', character: 'bpchar_ops', 'character varying': 'text_ops', integer: 'int4_ops', bigint: 'int8_ops',
  smallint: 'int2_ops', real: 'float4_ops', 'double precision': 'float8_ops', 'timestamp without time zone': 'timestamp_ops',
  'timestamp with time zone': 'timestamptz_ops', 'time without time zone': 'time_ops', 'time with time zone': 'timetz_ops', 'bit varying': 'varbit_ops',
};

function defaultOpclass(subtype: TypeRef): string | undefined {
  if (subtype.schema || subtype.arrayDims > 0) return undefined;
  return DEFAULT_OPCLASS[subtype.name] ?? `${subtype.name}_ops`;
}

/** CREATE TYPE name (INPUT = ..., ...) or a shell `CREATE TYPE name`; aggregates and operators are counted. */
export function defineStatement(ctx: ImportContext, stmt: Fields): void {
  switch (stmt.kind) {
    case 'OBJECT_TYPE': {
      const name = ctx.qualify(listName(stmt.defnames));
      const definition = (stmt.definition as Node[] | undefined) ?? [];
      putType(ctx, { kind: definition.length > 0 ? 'base' : 'shell', ...name, source: ctx.source() });
      return;
    }
    case 'OBJECT_AGGREGATE':
    case 'OBJECT_OPERATOR': {
      const kind = stmt.kind === 'OBJECT_AGGREGATE' ? 'aggregate' : 'operator';
      ctx.schema.other[kind === 'aggregate' ? 'aggregates' : 'operators']++;
      const name = ctx.qualify(listName(stmt.defnames));
      const object: OpaqueObject = { kind, ...name, sql: ctx.statement.text, source: ctx.source() };
      if (ctx.searchPath.join() !== 'public') object.searchPath = [...ctx.searchPath];
      ctx.schema.opaque[`${kind}:${ctx.tableKey(name)}:${JSON.stringify(withoutLocations(stmt.args ?? null))}`] = object;
      return;
    }
    default:
      ctx.schema.other.other++;
  }
}

/**
 * The typed tables of a composite type (`CREATE TABLE t OF type`) and their inheritance
 * children: ALTER TYPE changes them too with CASCADE, and is refused without it.
 */
export function typedTablesOf(ctx: ImportContext, type: CompositeType, cascade: boolean): Table[] {
  const typed = Object.values(ctx.schema.tables).filter((t) => t.ofType && sameName(t.ofType, type));
  if (typed.length > 0 && !cascade) throw new StatementError(`cannot alter type "${type.name}" because it is the type of a typed table`);
  return typed.flatMap((t) => [t, ...ctx.descendants(t)]);
}

/** ALTER TYPE composite ADD / DROP / ALTER ATTRIBUTE arrives as an AlterTableStmt on a type. */
export function alterCompositeType(ctx: ImportContext, stmt: Fields): boolean {
  if (stmt.objtype !== 'OBJECT_TYPE') return false;
  const written = { ...(stmt.relation?.schemaname ? { schema: stmt.relation.schemaname } : {}), name: stmt.relation?.relname ?? '' };
  const type = ctx.findType(written);
  if (!type || type.kind !== 'composite') {
    ctx.report('error', `type "${written.name}" does not exist or is not a composite type`);
    return true;
  }
  for (const node of (stmt.cmds as Node[] | undefined) ?? []) {
    const cmd = unwrap(node, 'AlterTableCmd') ?? {};
    const tables = typedTablesOf(ctx, type, cmd.behavior === 'DROP_CASCADE');
    if (cmd.subtype === 'AT_AddColumn') {
      const def = unwrap(cmd.def, 'ColumnDef') ?? {};
      if (type.attributes.some((a) => a.name === def.colname)) throw new StatementError(`column "${def.colname}" of relation "${type.name}" already exists`);
      const attribute = attributeOf(ctx, def);
      const attributeType = attribute.type;
      type.attributes.push(attribute);
      for (const table of tables) {
        table.columns.push({ name: def.colname ?? '', type: { ...attributeType }, notNull: false, ...(attribute.collation ? { collation: attribute.collation } : {}), ...(table.ofType ? {} : { inherited: true }) });
      }
    } else if (cmd.subtype === 'AT_DropColumn') {
      if (!type.attributes.some((a) => a.name === cmd.name)) {
        if (!cmd.missing_ok) throw new StatementError(`column "${cmd.name}" of relation "${type.name}" does not exist`);
        continue;
      }
      type.attributes = type.attributes.filter((a) => a.name !== cmd.name);
      const targets = tables.filter((t) => t.columns.some((c) => c.name === cmd.name)).map((table) => ({ kind: 'column', table, column: cmd.name }) as DropTarget);
      const outcome = dropWithDependents(ctx, targets, true);
      if (outcome.refusal) throw new StatementError(outcome.refusal);
    } else if (cmd.subtype === 'AT_AlterColumnType') {
      const attribute = type.attributes.find((a) => a.name === cmd.name);
      if (!attribute) throw new StatementError(`column "${cmd.name}" of relation "${type.name}" does not exist`);
      const def = unwrap(cmd.def, 'ColumnDef') ?? {};
      attribute.type = ctx.typeRef(def.typeName);
      for (const table of tables) {
        const column = table.columns.find((c) => c.name === cmd.name);
        if (column) column.type = { ...attribute.type };
      }
    }
  }
  return true;
}
