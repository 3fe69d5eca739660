/**
 * Building blocks the patterns share: model objects spelled the way the importer would read them
 * back (canonical types and expressions, so a printed and re-imported target diffs as []), name
 * choice within Postgres's 63 bytes and its namespaces, and look-ups on the schema.
 */
import { chooseName, makeObjectName } from '../model/auto-names';
import { MAX_IDENTIFIER_BYTES, identifierBytes, keyOf, quoteIdent, quoteLiteral, quoteQualified } from '../model/names';
import type { SchemaChange } from '../changes/types';
export { constraintNames, relationNames } from '../model/names-in-use';
import type { Column, ForeignKey, Index, QualifiedName, ReferentialAction, RoutineDef, Schema, Table, Trigger, TriggerEvent, TriggerTiming, TypeRef, View } from '../model/types';

export const type = (name: string, modifiers: string[] = []): TypeRef => ({ name, modifiers, arrayDims: 0 });

export const TYPES = {
  timestamptz: type('timestamp with time zone'),
  text: type('text'),
  bigint: type('bigint'),
  integer: type('integer'),
  jsonb: type('jsonb'),
  uuid: type('uuid'),
  boolean: type('boolean'),
  ltree: type('ltree'),
  tstzrange: type('tstzrange'),
  daterange: type('daterange'),
} as const;

/** The search_path every generated function pins (names in the bodies are schema-qualified). */
export const FUNCTION_SEARCH_PATH = 'pg_catalog, pg_temp';

export function column(name: string, columnType: TypeRef, options: { notNull?: boolean; default?: string; identity?: boolean } = {}): Column {
  const out: Column = { name, type: columnType, notNull: Boolean(options.notNull || options.identity) };
  if (options.default !== undefined) out.default = options.default;
  if (options.identity) out.identity = { kind: 'always' };
  return out;
}

export function btreeIndex(name: string, columns: string[], options: { unique?: boolean; where?: string; method?: string } = {}): Index {
  const index: Index = {
    name,
    unique: Boolean(options.unique),
    method: options.method ?? 'btree',
    elements: columns.map((c) => ({ column: c, descending: false })),
    include: [],
    nullsNotDistinct: false,
    only: false,
  };
  if (options.where !== undefined) index.where = options.where;
  return index;
}

const EVENT_ORDER: TriggerEvent[] = ['insert', 'delete', 'update', 'truncate'];

export function rowTrigger(name: string, timing: TriggerTiming, events: TriggerEvent[], fn: QualifiedName, options: { arguments?: string[]; updateColumns?: string[]; level?: 'row' | 'statement' } = {}): Trigger {
  return {
    name,
    timing,
    // In the order Postgres keeps them (and the importer reads them back).
    events: [...events].sort((x, y) => EVENT_ORDER.indexOf(x) - EVENT_ORDER.indexOf(y)),
    updateColumns: options.updateColumns ?? [],
    level: options.level ?? 'row',
    function: { schema: fn.schema, name: fn.name },
    arguments: options.arguments ?? [],
    constraint: false,
    deferrable: false,
    initiallyDeferred: false,
    enabled: true,
  };
}

/**
 * Where a schema-level pattern's table goes: the chosen table, else the `table` parameter
 * (schema.table, or a name in public).
 */
export function patternTableRef(schema: Schema, target: QualifiedName | undefined, name: string): QualifiedName {
  if (target) return { schema: target.schema, name: target.name };
  const ref = parseQualifiedName(name, 'public');
  // `outbox` alone lands in public when there is one, else in the only schema with tables.
  if (!name.includes('.') && !schema.namespaces.public) {
    const namespaces = [...new Set(Object.values(schema.tables).map((t) => t.schema))];
    if (namespaces.length === 1) return { schema: namespaces[0]!, name: ref.name };
  }
  return ref;
}


/**
 * The start of a table a schema-level pattern creates at `ref`: its schema made if missing, its
 * name and its primary key's name reserved in `taken`. A reason instead when another relation
 * has the name.
 */
export function startNewTable(schema: Schema, ref: QualifiedName, taken: Set<string>): { changes: SchemaChange[]; pkName: string } | { reason: string } {
  if (taken.has(ref.name)) return { reason: `the name ${ref.name} is taken in schema ${ref.schema}` };
  const changes: SchemaChange[] = schema.namespaces[ref.schema] ? [] : [{ kind: 'add-schema', namespace: { name: ref.schema } }];
  taken.add(ref.name);
  const pkName = freeName(ref.name, undefined, 'pkey', (n) => taken.has(n));
  taken.add(pkName);
  return { changes, pkName };
}

/** A plpgsql trigger function without arguments, with search_path pinned. */
export function triggerFunction(ref: QualifiedName, body: string): RoutineDef {
  return plpgsqlFunction(ref, 'trigger', body);
}

/** A volatile plpgsql function without arguments returning `returns`, with search_path pinned. */
export function plpgsqlFunction(ref: QualifiedName, returns: string, body: string): RoutineDef {
  return {
    kind: 'function',
    schema: ref.schema,
    name: ref.name,
    arguments: [],
    signature: '',
    returns,
    returnType: type(returns),
    language: 'plpgsql',
    body,
    volatility: 'volatile',
    strict: false,
    securityDefiner: false,
    leakproof: false,
    config: { search_path: FUNCTION_SEARCH_PATH },
  };
}

export function foreignKey(name: string, columns: string[], references: QualifiedName, referencedColumns: string[], onDelete: ReferentialAction = 'no-action'): ForeignKey {
  return {
    name,
    columns,
    references: { schema: references.schema, name: references.name },
    referencedColumns,
    onDelete,
    onUpdate: 'no-action',
    match: 'simple',
    notValid: false,
    deferrable: false,
    initiallyDeferred: false,
  };
}

export function routineKey(ref: QualifiedName, signature = ''): string {
  return `${keyOf(ref)}(${signature})`;
}

export function findRoutine(schema: Schema, ref: QualifiedName, signature = ''): RoutineDef | undefined {
  return schema.routines[routineKey(ref, signature)];
}

/** Whether two routines are the same definition (ignoring where they were read from and owners). */
export function sameRoutine(a: RoutineDef, b: RoutineDef): boolean {
  return a.body === b.body && a.language === b.language && a.returns === b.returns && a.volatility === b.volatility &&
    a.securityDefiner === b.securityDefiner && JSON.stringify(a.config) === JSON.stringify(b.config);
}

export function findTable(schema: Schema, ref: QualifiedName): Table | undefined {
  return schema.tables[keyOf(ref)];
}

export function findView(schema: Schema, ref: QualifiedName): View | undefined {
  return schema.views[keyOf(ref)];
}

export function refOf(object: QualifiedName): QualifiedName {
  return { schema: object.schema, name: object.name };
}

/** `schema.name`, `name` (in `defaultSchema`) or with double quotes for exact names. */
export function parseQualifiedName(text: string, defaultSchema = 'public'): QualifiedName {
  const parts: string[] = [];
  const re = /"((?:[^"]|"")*)"|([^.]+)/g;
  for (const m of text.trim().matchAll(re)) parts.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!.trim().toLowerCase());
  if (parts.length >= 2) return { schema: parts[parts.length - 2]!, name: parts[parts.length - 1]! };
  return { schema: defaultSchema, name: parts[0] ?? '' };
}

export function displayName(ref: QualifiedName): string {
  return quoteQualified(ref);
}


/** `name1_name2_label`, shortened the way Postgres shortens its own names, first free one. */
export function freeName(name1: string, name2: string | undefined, label: string, taken: (candidate: string) => boolean): string {
  return chooseName(name1, name2, label, taken);
}

/** `base` with `label`, cut to 63 bytes (no uniqueness check). */
export function fitName(base: string, label: string): string {
  return makeObjectName(base, undefined, label);
}

export function fits(name: string): boolean {
  return identifierBytes(name) <= MAX_IDENTIFIER_BYTES;
}

/** The single-column primary key of a table, with its column. */
export function singleKey(table: Table): Column | undefined {
  const pk = table.primaryKey;
  if (!pk || pk.columns.length !== 1) return undefined;
  return table.columns.find((c) => c.name === pk.columns[0]);
}

export function hasColumn(table: Table, name: string): boolean {
  return table.columns.some((c) => c.name === name);
}

export function columnOf(table: Table, name: string): Column | undefined {
  return table.columns.find((c) => c.name === name);
}

/** Identifier as SQL text (quoted when needed). */
export const q = quoteIdent;
export const qq = quoteQualified;

/** Tables that reference `table` with a foreign key, with the key. */
export function referencing(schema: Schema, table: QualifiedName): { table: Table; fk: ForeignKey }[] {
  const out: { table: Table; fk: ForeignKey }[] = [];
  for (const other of Object.values(schema.tables)) {
    for (const fk of other.foreignKeys) if (fk.references.schema === table.schema && fk.references.name === table.name) out.push({ table: other, fk });
  }
  return out;
}

/** A string literal for a plpgsql body or an expression (the printer's own quoting). */
export const literal = quoteLiteral;

/**
 * Why a pattern leaves a table of a partitioning or inheritance hierarchy alone, if it does.
 * `partitionedOk`: the pattern only adds columns, row triggers or tables of its own, which
 * Postgres carries to every partition (columns added to a partitioned table reach its
 * partitions; row triggers on it are cloned onto them, BEFORE ones since Postgres 13).
 */
export function hierarchyReason(schema: Schema, table: Table, partitionedOk = false): string | undefined {
  if (table.partitionOf) return `${table.name} is a partition of ${table.partitionOf.parent.name}: apply the pattern to the partitioned table`;
  if (table.partitioning && !partitionedOk) return `${table.name} is partitioned: this pattern does not support partitioned tables yet`;
  if (table.inherits.length > 0) return `${table.name} inherits from ${table.inherits.map((i) => i.name).join(', ')}: patterns on inheritance hierarchies are not supported`;
  const child = Object.values(schema.tables).find((t) => t.inherits.some((i) => i.schema === table.schema && i.name === table.name));
  if (child) return `${child.name} inherits from ${table.name}: patterns on inheritance hierarchies are not supported`;
  return undefined;
}

/** The English singular of a table name (`categories` -> `category`). */
export function singular(name: string): string {
  if (name.endsWith('ies') && name.length > 3) return `${name.slice(0, -3)}y`;
  if (/(ses|xes|zes|ches|shes)$/.test(name)) return name.slice(0, -2);
  if (name.endsWith('s') && !name.endsWith('ss')) return name.slice(0, -1);
  return name;
}
