/**
 * Column definitions (CREATE TABLE, ALTER TABLE ADD COLUMN): type, nullability, default,
 * identity, generated expression, collation, and the constraints written on the column.
 */
import type { Node } from '@pgsql/types';
import { chooseName } from '../../model/auto-names';
import { quoteLiteral, quoteQualified } from '../../model/names';
import { formatType } from '../../model/format-type';
import type { Column, Sequence, SequenceOptions, Table, TypeRef } from '../../model/types';
import { deparseNode, type Fields, SERIAL_TYPES, stringList, stringValue, unwrap } from '../ast';
import type { ImportContext } from '../context';
import { addConstraint, isIndexConstraint, type NamingScope } from './constraints';
import { canonicalExpression } from './expressions';

/** Sequence options from DefElem nodes (CREATE SEQUENCE, identity columns, ALTER SEQUENCE). */
export function readSequenceOptions(ctx: ImportContext, options: Node[] | undefined, into: SequenceOptions = {}): SequenceOptions {
  for (const node of options ?? []) {
    const d = unwrap(node, 'DefElem');
    if (!d) continue;
    const value = d.arg ? (stringValue(d.arg) ?? deparseNode(d.arg)) : undefined;
    switch (d.defname) {
      case 'as':
        into.dataType = ctx.typeRef(d.arg).name;
        break;
      case 'increment':
        if (value !== undefined) into.increment = value;
        break;
      case 'minvalue':
        into.minValue = value ?? null;
        break;
      case 'maxvalue':
        into.maxValue = value ?? null;
        break;
      case 'start':
        if (value !== undefined) into.start = value;
        break;
      case 'cache':
        if (value !== undefined) into.cache = value;
        break;
      case 'cycle':
        into.cycle = d.arg ? value === 'true' || value === '1' : true;
        break;
      default:
        break;
    }
  }
  return into;
}

/** The relation name a serial or identity column's sequence gets: `<table>_<column>_seq`. */
function chooseSequenceName(ctx: ImportContext, table: Table, column: string): string {
  return chooseName(table.name, column, 'seq', (name) => ctx.names.relationTaken(table.schema, name));
}

/** Deferred work: constraints that need the column to be on the table first. */
export interface ColumnDefinition {
  column: Column;
  constraints: Fields[];
  /** `serial`: the sequence to create once the column's table is known. */
  serial: boolean;
}

/** The COLLATE clause of a column definition (`pg_catalog.C` as written qualified), if any. */
export function writtenCollation(def: Fields): string | undefined {
  return stringList(unwrap(def.collClause, 'CollateClause')?.collname ?? def.collClause?.collname).join('.') || undefined;
}

/** A column definition's type as Postgres stores it (`serial` is `integer`), and whether it was a serial. */
export function columnDefType(ctx: ImportContext, def: Fields): { type: TypeRef; serialBase?: string } {
  const type = ctx.typeRef(def.typeName);
  const serialBase = !type.schema && type.arrayDims === 0 ? SERIAL_TYPES[type.name] : undefined;
  if (serialBase) type.name = serialBase;
  return serialBase ? { type, serialBase } : { type };
}

export function readColumnDef(ctx: ImportContext, def: Fields): ColumnDefinition {
  const { type, serialBase } = columnDefType(ctx, def);
  const column: Column = { name: def.colname ?? '', type, notNull: Boolean(serialBase) };
  const collation = writtenCollation(def);
  if (collation) column.collation = collation;
  // STORAGE and COMPRESSION in the column definition (Postgres 16+ / 14+).
  const storage = String(def.storage_name ?? '').toLowerCase();
  if (storage && storage !== 'default') column.storage = storage as Column['storage'] & string;
  const compression = String(def.compression ?? '').toLowerCase();
  if (compression && compression !== 'default') column.compression = compression;
  const constraints: Fields[] = [];
  for (const node of (def.constraints as Node[] | undefined) ?? []) {
    const c = unwrap(node, 'Constraint');
    if (!c) continue;
    switch (c.contype) {
      case 'CONSTR_NOTNULL':
        column.notNull = true;
        break;
      case 'CONSTR_NULL':
        column.notNull = false;
        break;
      case 'CONSTR_DEFAULT':
        column.default = defaultText(ctx, c.raw_expr, type);
        break;
      case 'CONSTR_IDENTITY':
        column.identity = { kind: c.generated_when === 'd' ? 'by-default' : 'always' };
        if (c.options?.length) column.identity.sequenceOptions = readSequenceOptions(ctx, c.options);
        column.notNull = true;
        break;
      case 'CONSTR_GENERATED':
        column.generated = { expression: deparseNode(c.raw_expr), stored: c.generated_kind !== 'v' };
        break;
      case 'CONSTR_PRIMARY':
        column.notNull = true;
        constraints.push(c);
        break;
      case 'CONSTR_ATTR_DEFERRABLE':
      case 'CONSTR_ATTR_NOT_DEFERRABLE':
      case 'CONSTR_ATTR_DEFERRED':
      case 'CONSTR_ATTR_IMMEDIATE': {
        // These attach to the constraint written just before them. On a copy: parse trees are
        // shared between imports (parse-cache.ts) and must not change.
        const last = constraints.length - 1;
        if (last >= 0) {
          const previous = { ...constraints[last] };
          constraints[last] = previous;
          if (c.contype === 'CONSTR_ATTR_DEFERRABLE') previous.deferrable = true;
          if (c.contype === 'CONSTR_ATTR_NOT_DEFERRABLE') previous.deferrable = false;
          if (c.contype === 'CONSTR_ATTR_DEFERRED') previous.initdeferred = true;
          if (c.contype === 'CONSTR_ATTR_IMMEDIATE') previous.initdeferred = false;
        }
        break;
      }
      default:
        constraints.push(c);
    }
  }
  return { column, constraints, serial: Boolean(serialBase) };
}

/**
 * Puts a read column on its table: creates the sequence of a `serial` column (OWNED BY it, with
 * the `nextval` default Postgres writes), then adds the column's own constraints.
 */
export function placeColumn(
  ctx: ImportContext,
  table: Table,
  definition: ColumnDefinition,
  scope: NamingScope,
  /** CREATE TABLE collects PK / UNIQUE / EXCLUDE here, to drop repeats before naming them. */
  indexConstraints?: Fields[],
): void {
  const { column } = definition;
  if (definition.serial) {
    const name = chooseSequenceName(ctx, table, column.name);
    const sequence: Sequence = {
      schema: table.schema,
      name,
      options: column.type.name === 'integer' ? { dataType: 'integer' } : column.type.name === 'smallint' ? { dataType: 'smallint' } : {},
      ownedBy: { table: { schema: table.schema, name: table.name }, column: column.name },
      unlogged: false,
      source: ctx.source(),
    };
    ctx.schema.sequences[ctx.tableKey(sequence)] = sequence;
    ctx.names.addRelation(table.schema, name);
    column.default = canonicalExpression(`nextval(${quoteLiteral(quoteQualified(sequence))}::regclass)`);
  } else if (column.identity) {
    ctx.names.addIdentitySequence(table.schema, column, chooseSequenceName(ctx, table, column.name));
  }
  for (const c of definition.constraints) {
    if (indexConstraints && isIndexConstraint(c)) {
      indexConstraints.push({ ...c, keys: [{ String: { sval: column.name } }] });
    } else {
      addConstraint(ctx, table, c, scope, column);
    }
  }
}

/**
 * `nextval('seq'::regclass)` binds the sequence when the default is created, through the
 * search_path of that moment; the model keeps the sequence qualified so the default means the
 * same thing wherever the DDL is replayed.
 */
export function qualifySequenceDefault(ctx: ImportContext, expression: string): string {
  const match = /^nextval\(CAST\('((?:[^']|'')+)' AS regclass\)\)$/.exec(expression) ?? /^nextval\('((?:[^']|'')+)'\)$/.exec(expression);
  if (!match) return expression;
  const written = match[1]!.replace(/''/g, "'");
  const parts = written.split('.').map((p) => p.replace(/^"(.*)"$/, '$1'));
  const sequence = ctx.findSequence(parts.length === 2 ? { schema: parts[0], name: parts[1]! } : { name: parts[0]! });
  if (!sequence) return expression;
  return `nextval(CAST(${quoteLiteral(quoteQualified(sequence))} AS regclass))`;
}

/**
 * A column default in one spelling for one meaning: a literal cast to the column's own type
 * (pg_dump writes `'x'::text` for `'x'`) loses the cast, and `nextval('s')` becomes the qualified
 * regclass form Postgres stores.
 */
export function defaultText(ctx: ImportContext, node: Node | undefined, columnType: TypeRef): string {
  const cast = unwrap(node, 'TypeCast');
  if (cast && unwrap(cast.arg, 'A_Const') && !unwrap(cast.arg, 'A_Const')?.isnull) {
    if (formatType(ctx.typeRef(cast.typeName)) === formatType(columnType)) return deparseNode(cast.arg);
  }
  return qualifySequenceDefault(ctx, deparseNode(node));
}
