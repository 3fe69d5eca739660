/**
 * The document format as a schema (zod): every field of every change kind, of every object a
 * change carries, of pattern applications, the layout and the rule configuration. A document
 * from outside (a share link, a project file, the browser's storage) is read through it, so a
 * field of the wrong type (a column type without `modifiers`, a position that is text) is
 * refused with its path before anything renders it.
 *
 * The schema checks shapes, names and the SQL tokens the printer writes as they are (an access
 * method, an operator, a number); SQL expressions are text here and are read by Postgres's
 * parser afterwards (content.ts). The compile-time checks at the end keep this file and the model
 * types (src/core/model/types.ts, src/core/changes/types.ts) describing the same thing.
 */
import { z } from 'zod';
import type { SchemaChange, TableConstraint } from '../changes/types';
import { identifierBytes, MAX_IDENTIFIER_BYTES } from '../model/names';
import type * as M from '../model/types';
import type { RuleConfig } from '../rules/config';
import { DOCUMENT_VERSION, type CanvasGroup, type CanvasNote, type LayoutPoint, type PatternApplication, type SchemawiseDocument } from './types';
import { PG_VERSIONS, type PgVersion } from '../sql/versions';

// ---------------------------------------------------------------------------------------------
// Names and SQL tokens

/** An identifier as Postgres allows it: any text but NUL, at most 63 bytes (quoted when printed). */
const ident = z
  .string()
  .min(1, 'the name is empty')
  .refine((name) => !name.includes('\0'), 'the name contains a NUL character')
  .refine((name) => identifierBytes(name) <= MAX_IDENTIFIER_BYTES, `the name is longer than Postgres allows (${MAX_IDENTIFIER_BYTES} bytes)`);

const WORD = String.raw`[\p{L}_][\p{L}\p{N}_$]*`;
/** A dotted name the printer writes as it is (an operator class, a language): plain words only. */
const word = (what: string) => z.string().regex(new RegExp(`^${WORD}(\\.${WORD})*$`, 'u'), `expected ${what} (letters, digits and _)`);
/** One word the printer writes as it is (an index access method, a language). */
const bareWord = (what: string) => z.string().regex(new RegExp(`^${WORD}$`, 'u'), `expected ${what} (one word of letters, digits and _)`);
/** Collation names may have single hyphens (`en-US-x-icu`), never `--` (a comment). */
const collationName = z.string().regex(new RegExp(`^${WORD}(-[\\p{L}\\p{N}_$]+)*(\\.${WORD}(-[\\p{L}\\p{N}_$]+)*)*$`, 'u'), 'expected a collation name');
/** An operator (`&&`, `=`, `pg_catalog.=`): operator characters, with no comment start in them. */
const operator = z
  .string()
  .regex(new RegExp(`^(${WORD}\\.)*[+\\-*/<>=~!@#%^&|\`?]+$`, 'u'), 'expected an operator such as = or &&')
  .refine((op) => !op.includes('--') && !op.includes('/*'), 'an operator cannot contain -- or /*');
/** An integer as sequence options hold it (bigint range, as text). */
const integerText = z.string().regex(/^[+-]?\d{1,19}$/, 'expected a whole number');
/** Any text that may reach SQL (a comment, an enum label): Postgres allows no NUL character in text. */
const text = z.string().refine((value) => !value.includes('\0'), 'text cannot contain a NUL character (Postgres does not allow one)');
/** SQL text read by Postgres's parser later (content.ts): here only its type. */
const sql = text;

const qualifiedName = z.object({ schema: ident, name: ident });
const sourceRange = z.object({
  line: z.number(),
  column: z.number(),
  endLine: z.number(),
  endColumn: z.number(),
  offset: z.number(),
  length: z.number(),
  statementLine: z.number().optional(),
});
const source = sourceRange.optional();
const comment = text.optional();

// ---------------------------------------------------------------------------------------------
// Model objects

const typeRef = z.object({
  schema: ident.optional(),
  name: ident,
  // Modifiers are printed in parentheses after the name: read with the type by the parser (content.ts).
  modifiers: z.array(text),
  arrayDims: z.number().int().min(0).max(6),
});

const sequenceOptions = z.object({
  dataType: text.optional(),
  increment: integerText.optional(),
  minValue: integerText.nullable().optional(),
  maxValue: integerText.nullable().optional(),
  start: integerText.optional(),
  cache: integerText.optional(),
  cycle: z.boolean().optional(),
});

const PRIVILEGES = new Set(['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER', 'MAINTAIN', 'USAGE', 'EXECUTE', 'CREATE', 'TEMPORARY', 'CONNECT', 'SET', 'ALTER SYSTEM']);
/** GRANT privilege ON object TO grantee: a role name, PUBLIC or OWNER; the privilege in upper case. */
const privilege = z.object({
  grantee: ident,
  privilege: z.string().refine((p) => PRIVILEGES.has(p), 'expected a privilege such as SELECT or USAGE'),
  grantable: z.boolean(),
});
const privileges = z.array(privilege).optional();
/** A storage parameter as `key=value` (fillfactor=70, autovacuum_enabled=false). */
const storageOptions = z.array(text);

const column = z.object({
  name: ident,
  writtenName: text.optional(),
  type: typeRef,
  notNull: z.boolean(),
  default: sql.optional(),
  identity: z.object({ kind: z.enum(['always', 'by-default']), sequenceOptions: sequenceOptions.optional() }).optional(),
  generated: z.object({ expression: sql, stored: z.boolean() }).optional(),
  collation: collationName.optional(),
  inherited: z.boolean().optional(),
  storage: z.enum(['plain', 'external', 'extended', 'main']).optional(),
  statistics: z.number().int().min(-1).max(10_000).optional(),
  compression: bareWord('a compression method').optional(),
  privileges,
  comment,
  source,
});

const constraintBase = { name: ident, writtenName: text.optional(), deferrable: z.boolean(), initiallyDeferred: z.boolean(), comment, source };
const indexBacked = { ...constraintBase, partitionOf: qualifiedName.optional(), indexComment: comment, options: storageOptions.optional() };
const names = z.array(ident);
/** The columns of a key: at least one. */
const keyColumns = names.min(1, 'a key needs at least one column');

const withoutOverlaps = z.literal(true).optional();
const primaryKey = z.object({ ...indexBacked, columns: keyColumns, include: names, withoutOverlaps });
const uniqueConstraint = z.object({ ...indexBacked, columns: keyColumns, include: names, nullsNotDistinct: z.boolean(), withoutOverlaps });
const referentialAction = z.enum(['no-action', 'restrict', 'cascade', 'set-null', 'set-default']);
const foreignKey = z.object({
  ...constraintBase,
  columns: keyColumns,
  references: qualifiedName,
  referencedColumns: names,
  onDelete: referentialAction,
  onUpdate: referentialAction,
  onDeleteColumns: names.optional(),
  match: z.enum(['simple', 'full', 'partial']),
  notValid: z.boolean(),
  period: z.literal(true).optional(),
  partitionOf: qualifiedName.optional(),
});
const checkConstraint = z.object({ ...constraintBase, expression: sql, notValid: z.boolean(), noInherit: z.boolean(), inherited: z.boolean().optional() });
/** An index, exclusion or partition key element is a column or an expression, not both, not neither. */
const oneOf = (e: { column?: string; expression?: string }) => (e.column === undefined) !== (e.expression === undefined);
const COLUMN_OR_EXPRESSION = 'expected a column or an expression (one of the two)';
const exclusionElement = z.object({ column: ident.optional(), expression: sql.optional(), operator, opclass: word('an operator class').optional(), opclassOptions: storageOptions.optional() }).refine(oneOf, COLUMN_OR_EXPRESSION);
const exclusionConstraint = z.object({ ...indexBacked, method: bareWord('an index method'), elements: z.array(exclusionElement).min(1, 'an exclusion constraint needs at least one element'), include: names, where: sql.optional() });

const indexElement = z.object({
  column: ident.optional(),
  expression: sql.optional(),
  opclass: word('an operator class').optional(),
  opclassOptions: storageOptions.optional(),
  collation: collationName.optional(),
  descending: z.boolean(),
  nulls: z.enum(['first', 'last']).optional(),
}).refine(oneOf, COLUMN_OR_EXPRESSION);
const index = z.object({
  name: ident,
  writtenName: text.optional(),
  unique: z.boolean(),
  method: bareWord('an index method'),
  elements: z.array(indexElement).min(1, 'an index needs at least one column or expression'),
  include: names,
  where: sql.optional(),
  nullsNotDistinct: z.boolean(),
  only: z.boolean(),
  partitionOf: qualifiedName.optional(),
  options: storageOptions.optional(),
  comment,
  source,
});

const trigger = z.object({
  name: ident,
  writtenName: text.optional(),
  timing: z.enum(['before', 'after', 'instead-of']),
  events: z.array(z.enum(['insert', 'update', 'delete', 'truncate'])).min(1, 'a trigger fires on at least one event'),
  updateColumns: names,
  level: z.enum(['row', 'statement']),
  when: sql.optional(),
  function: qualifiedName,
  arguments: z.array(text),
  constraint: z.boolean(),
  deferrable: z.boolean(),
  initiallyDeferred: z.boolean(),
  transitionTables: z.object({ old: ident.optional(), new: ident.optional() }).optional(),
  enabled: z.boolean(),
  partitionOf: qualifiedName.optional(),
  comment,
  source,
})
  // Postgres's grammar has CREATE CONSTRAINT TRIGGER only as AFTER ... FOR EACH ROW, with no
  // REFERENCING clause: a stored document that says otherwise could not be printed as SQL.
  .refine((t) => !t.constraint || (t.timing === 'after' && t.level === 'row' && !t.transitionTables), {
    message: 'a constraint trigger fires AFTER, FOR EACH ROW, without transition tables',
    path: ['constraint'],
  });

const policy = z.object({
  name: ident,
  writtenName: text.optional(),
  permissive: z.boolean(),
  command: z.enum(['all', 'select', 'insert', 'update', 'delete']),
  roles: names.min(1, 'a policy applies to at least one role (public: everyone)'),
  using: sql.optional(),
  withCheck: sql.optional(),
  comment,
  source,
});

const partitionKeyElement = z.object({ column: ident.optional(), expression: sql.optional(), opclass: word('an operator class').optional(), collation: collationName.optional() }).refine(oneOf, COLUMN_OR_EXPRESSION);

const table = z.object({
  schema: ident,
  name: ident,
  writtenName: text.optional(),
  columns: z.array(column),
  primaryKey: primaryKey.optional(),
  uniqueConstraints: z.array(uniqueConstraint),
  foreignKeys: z.array(foreignKey),
  checks: z.array(checkConstraint),
  exclusions: z.array(exclusionConstraint),
  indexes: z.array(index),
  triggers: z.array(trigger),
  policies: z.array(policy),
  partitioning: z.object({ strategy: z.enum(['range', 'list', 'hash']), keys: z.array(partitionKeyElement).min(1) }).optional(),
  partitionOf: z.object({ parent: qualifiedName, bound: sql }).optional(),
  inherits: z.array(qualifiedName),
  ofType: qualifiedName.optional(),
  foreign: z.object({ server: ident, options: z.array(text.refine((o) => o.indexOf('=') > 0, 'expected a foreign-table option as key=value')) }).optional(),
  unlogged: z.boolean(),
  rowLevelSecurity: z.boolean(),
  forceRowLevelSecurity: z.boolean(),
  options: z.array(text),
  replicaIdentity: z.discriminatedUnion('kind', [z.object({ kind: z.enum(['full', 'nothing']) }), z.object({ kind: z.literal('index'), index: ident })]).optional(),
  clusterOn: ident.optional(),
  tablespace: ident.optional(),
  owner: ident.optional(),
  privileges,
  comment,
  source,
});

const view = z.object({
  schema: ident,
  name: ident,
  writtenName: text.optional(),
  materialized: z.boolean(),
  query: sql,
  columnNames: names,
  columns: z.array(column).optional(),
  dependsOn: z.array(qualifiedName),
  readsColumns: z.array(z.object({ relation: qualifiedName, columns: names })).optional(),
  options: z.array(text),
  checkOption: z.enum(['local', 'cascaded']).optional(),
  withNoData: z.boolean(),
  recursive: z.boolean(),
  searchPath: z.array(text).optional(),
  indexes: z.array(index),
  triggers: z.array(trigger),
  columnComments: z.record(ident, text),
  columnDefaults: z.record(ident, sql).optional(),
  clusterOn: ident.optional(),
  owner: ident.optional(),
  privileges,
  comment,
  source,
});

const typeBase = { schema: ident, name: ident, writtenName: text.optional(), owner: ident.optional(), privileges, comment, source };
const enumType = z.object({ kind: z.literal('enum'), ...typeBase, values: z.array(text) });
const domainType = z.object({
  kind: z.literal('domain'),
  ...typeBase,
  baseType: typeRef,
  notNull: z.boolean(),
  default: sql.optional(),
  collation: collationName.optional(),
  checks: z.array(z.object({ name: ident, expression: sql, notValid: z.boolean() })),
});
const compositeAttribute = z.object({ name: ident, type: typeRef, collation: collationName.optional() });
const compositeType = z.object({ kind: z.literal('composite'), ...typeBase, attributes: z.array(compositeAttribute) });
const rangeOptions = z.object({ subtypeOpclass: text, collation: text, canonical: text, subtypeDiff: text, multirangeTypeName: text }).partial();
const otherType = z.object({ kind: z.enum(['range', 'base', 'shell']), ...typeBase, subtype: typeRef.optional(), rangeOptions: rangeOptions.optional() });
const userType = z.discriminatedUnion('kind', [enumType, domainType, compositeType, otherType]);

const sequence = z.object({
  schema: ident,
  name: ident,
  writtenName: text.optional(),
  options: sequenceOptions,
  ownedBy: z.object({ table: qualifiedName, column: ident }).optional(),
  unlogged: z.boolean(),
  owner: ident.optional(),
  privileges,
  comment,
  source,
});

const functionArgument = z.object({ name: ident.optional(), mode: z.enum(['in', 'out', 'inout', 'variadic', 'table']), type: typeRef, default: sql.optional() });
const routine = z.object({
  kind: z.enum(['function', 'procedure']),
  schema: ident,
  name: ident,
  writtenName: text.optional(),
  arguments: z.array(functionArgument),
  signature: text,
  returns: text.optional(),
  returnType: typeRef.optional(),
  language: bareWord('a language name'),
  body: text,
  sqlBody: z.boolean().optional(),
  volatility: z.enum(['immutable', 'stable', 'volatile']),
  strict: z.boolean(),
  securityDefiner: z.boolean(),
  leakproof: z.boolean(),
  parallel: z.enum(['safe', 'restricted', 'unsafe']).optional(),
  config: z.record(word('a setting name'), text),
  cost: z.string().regex(/^\d+(\.\d+)?$/, 'expected a number').optional(),
  rows: z.string().regex(/^\d+(\.\d+)?$/, 'expected a number').optional(),
  owner: ident.optional(),
  privileges,
  comment,
  source,
});

const namespace = z.object({ name: ident, writtenName: text.optional(), assumed: z.boolean().optional(), owner: ident.optional(), privileges, comment, source });
const extension = z.object({ name: ident, schema: ident.optional(), schemaFromSearchPath: z.boolean().optional(), version: text.optional(), comment, source });
const objectRef = z.object({
  kind: z.enum(['schema', 'extension', 'table', 'view', 'materialized-view', 'type', 'sequence', 'function', 'procedure', 'index', 'constraint', 'trigger', 'policy', 'column', 'collation', 'statistics']),
  schema: ident.optional(),
  name: ident,
  table: ident.optional(),
  signature: text.optional(),
});
const collation = z.object({
  schema: ident,
  name: ident,
  options: z.record(z.string().regex(/^[a-z_]+$/, 'expected a collation option name'), text),
  from: qualifiedName.optional(),
  owner: ident.optional(),
  comment,
  source,
});
const statisticsObject = z.object({
  schema: ident,
  name: ident,
  table: qualifiedName,
  kinds: z.array(z.string().refine((k) => ['ndistinct', 'dependencies', 'mcv'].includes(k), 'expected ndistinct, dependencies or mcv')),
  // A column's name as quoteIdent writes it, or an expression in parentheses (read by the parser: content.ts).
  elements: z.array(sql.refine((e) => /^\([\s\S]*\)$/.test(e) || /^("([^"]|"")+"|[a-z_][a-z0-9_$]*)$/.test(e), 'expected a column name or an expression in parentheses')).min(1, 'statistics need at least one column or expression'),
  target: z.number().int().min(-1).max(10_000).optional(),
  owner: ident.optional(),
  comment,
  source,
});
const defaultPrivileges = z.object({
  role: ident.optional(),
  schema: ident.optional(),
  objects: z.enum(['tables', 'sequences', 'functions', 'types', 'schemas']),
  privileges: z.array(privilege),
});

// ---------------------------------------------------------------------------------------------
// Changes

const tableConstraint = z.discriminatedUnion('type', [
  primaryKey.extend({ type: z.literal('primary-key') }),
  uniqueConstraint.extend({ type: z.literal('unique') }),
  foreignKey.extend({ type: z.literal('foreign-key') }),
  checkConstraint.extend({ type: z.literal('check') }),
  exclusionConstraint.extend({ type: z.literal('exclusion') }),
]);

const columnChanges = z.object({
  type: typeRef.optional(),
  using: sql.optional(),
  notNull: z.boolean().optional(),
  default: sql.nullable().optional(),
  identity: column.shape.identity.unwrap().nullable().optional(),
  generated: column.shape.generated.unwrap().nullable().optional(),
  collation: collationName.nullable().optional(),
  storage: column.shape.storage.unwrap().nullable().optional(),
  statistics: z.number().int().min(-1).max(10_000).nullable().optional(),
  compression: bareWord('a compression method').nullable().optional(),
  comment: text.nullable().optional(),
});

const tableChanges = z.object({
  unlogged: z.boolean().optional(),
  rowLevelSecurity: z.boolean().optional(),
  forceRowLevelSecurity: z.boolean().optional(),
  options: z.array(text).optional(),
  replicaIdentity: table.shape.replicaIdentity.unwrap().nullable().optional(),
  clusterOn: ident.nullable().optional(),
  comment: text.nullable().optional(),
  foreign: table.shape.foreign.unwrap().optional(),
});

const on = { table: qualifiedName };
const change = <K extends string, S extends z.ZodRawShape>(kind: K, shape: S) => z.object({ kind: z.literal(kind), ...shape });

const schemaChange = z.discriminatedUnion('kind', [
  change('add-schema', { namespace }),
  change('drop-schema', { name: ident }),
  change('add-extension', { extension }),
  change('drop-extension', { name: ident }),
  change('add-table', { table }),
  change('drop-table', on),
  change('rename-table', { ...on, newName: ident }),
  change('alter-table', { ...on, set: tableChanges }),
  change('attach-partition', { ...on, parent: qualifiedName, bound: sql }),
  change('detach-partition', { ...on, parent: qualifiedName }),
  change('inherit-table', { ...on, parent: qualifiedName }),
  change('disinherit-table', { ...on, parent: qualifiedName }),
  change('rebuild-table', { table, partitions: z.array(table) }),
  change('add-column', { ...on, column }),
  change('drop-column', { ...on, column: ident }),
  change('rename-column', { ...on, column: ident, newName: ident }),
  change('alter-column', { ...on, column: ident, set: columnChanges }),
  change('add-constraint', { ...on, constraint: tableConstraint }),
  change('drop-constraint', { ...on, name: ident }),
  change('rename-constraint', { ...on, name: ident, newName: ident }),
  change('validate-constraint', { ...on, name: ident }),
  change('mark-constraint-not-valid', { ...on, name: ident }),
  change('set-constraint-deferrable', { ...on, name: ident, deferrable: z.boolean(), initiallyDeferred: z.boolean() }),
  change('add-index', { ...on, index }),
  change('drop-index', { ...on, name: ident }),
  change('rename-index', { ...on, name: ident, newName: ident }),
  change('attach-index', { ...on, name: ident, parent: qualifiedName }),
  change('set-index-options', { ...on, name: ident, options: storageOptions }),
  change('add-view', { view }),
  change('replace-view', { view }),
  change('drop-view', { view: qualifiedName }),
  change('rename-view', { view: qualifiedName, newName: ident }),
  change('add-type', { type: userType }),
  change('drop-type', { type: qualifiedName }),
  change('rename-type', { type: qualifiedName, newName: ident }),
  change('add-enum-value', { type: qualifiedName, value: text, before: text.optional(), after: text.optional() }),
  change('rename-enum-value', { type: qualifiedName, value: text, newValue: text }),
  change('add-sequence', { sequence }),
  change('drop-sequence', { sequence: qualifiedName }),
  change('alter-sequence', {
    sequence: qualifiedName,
    set: sequenceOptions,
    reset: z.array(z.enum(['dataType', 'increment', 'minValue', 'maxValue', 'start', 'cache', 'cycle'])).optional(),
    ownedBy: sequence.shape.ownedBy.unwrap().nullable().optional(),
    unlogged: z.boolean().optional(),
  }),
  change('add-routine', { routine }),
  change('replace-routine', { routine }),
  change('drop-routine', { routine: qualifiedName.extend({ signature: text }) }),
  change('add-trigger', { ...on, trigger }),
  change('drop-trigger', { ...on, name: ident }),
  change('add-policy', { ...on, policy }),
  change('drop-policy', { ...on, name: ident }),
  change('set-comment', { target: objectRef, comment: text.nullable() }),
  change('set-privileges', { target: objectRef, privileges: z.array(privilege).nullable() }),
  change('set-default-privileges', { entry: defaultPrivileges.omit({ privileges: true }), privileges: z.array(privilege).nullable() }),
  change('alter-extension', { name: ident, version: text.optional(), schema: ident.optional() }),
  change('add-collation', { collation }),
  change('drop-collation', { collation: qualifiedName }),
  change('add-statistics', { statistics: statisticsObject }),
  change('drop-statistics', { statistics: qualifiedName }),
  change('alter-statistics', { statistics: qualifiedName, target: z.number().int().min(-1).max(10_000).nullable() }),
  change('alter-domain', { type: qualifiedName, set: z.object({ default: sql.nullable().optional(), notNull: z.boolean().optional() }) }),
  change('add-domain-check', { type: qualifiedName, check: z.object({ name: ident, expression: sql, notValid: z.boolean() }) }),
  change('drop-domain-check', { type: qualifiedName, name: ident }),
  change('alter-composite', { type: qualifiedName, add: z.array(compositeAttribute), drop: names, alter: z.array(compositeAttribute) }),
  // Backfills belong to the patterns that need them (they are planned from `patterns`); a
  // document's own edits never carry one, so one in a document is refused.
  change('data-migration', {
    description: text,
    table: qualifiedName,
    sql: text.refine(() => false, 'a data migration (SQL run as it is) cannot come from a document; it is made by the pattern that needs it'),
    reverseSql: text.optional(),
  }),
]);

// ---------------------------------------------------------------------------------------------
// The document

const patternApplication = z.object({
  // Any id: a pattern this build does not know is reported, not applied (patterns.ts).
  pattern: text.min(1, 'the pattern id is empty'),
  target: qualifiedName.optional(),
  // Checked against the pattern's parameters by content.ts.
  params: z.record(z.string(), z.unknown()).optional(),
});

const layoutPoint = z.object({ x: z.number().finite(), y: z.number().finite() });
const severity = z.enum(['off', 'info', 'warn', 'error']);
const ruleConfig = z.object({
  preset: z.enum(['recommended', 'strict']).optional(),
  rules: z.record(z.string(), severity).optional(),
  options: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
});

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
const color = z
  .string()
  .regex(HEX_COLOR, 'expected a colour as #rrggbb')
  .transform((value) => value.toLowerCase());
const finite = z.number().finite('expected a finite number');
const size = z.number().finite('expected a positive number').positive('expected a positive number');
/** Ids of a list's items are unique (a group or a note is found by its id). */
const uniqueIds = <T extends { id: string }>(items: T[], context: z.RefinementCtx) => {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) context.addIssue({ code: 'custom', path: [i, 'id'], message: `${JSON.stringify(item.id)} is used twice` });
    seen.add(item.id);
  });
};

/** A group on the canvas (DBML's TableGroup): a name, a colour, the node ids of its tables. */
const canvasGroup = z.object({
  id: text.min(1, 'the id is empty'),
  name: text.refine((name) => name.trim() !== '' && name.length <= 200, 'expected a name of 1 to 200 characters'),
  color,
  tables: z.array(z.string()),
});

/** A sticky note on the canvas (DBML's Note). */
const canvasNote = z.object({
  id: text.min(1, 'the id is empty'),
  text: text.max(10_000, 'expected at most 10,000 characters'),
  x: finite,
  y: finite,
  width: size,
  height: size,
  color,
});

export const documentSchema = z.object({
  // Version 1 documents read as version 2: they have no pins, groups or notes.
  version: z.union([z.literal(1), z.literal(DOCUMENT_VERSION)]).transform((): typeof DOCUMENT_VERSION => DOCUMENT_VERSION),
  sourceName: text,
  sourceSql: text,
  edits: z.array(schemaChange).default([]),
  patterns: z.array(patternApplication).default([]),
  layout: z.record(z.string(), layoutPoint).default({}),
  pinned: z.array(z.string()).default([]),
  groups: z.array(canvasGroup).superRefine(uniqueIds).default([]),
  notes: z.array(canvasNote).superRefine(uniqueIds).default([]),
  ruleConfig: ruleConfig.optional(),
  pgVersion: z.union(PG_VERSIONS.map((v) => z.literal(v)) as unknown as [z.ZodLiteral<PgVersion>, z.ZodLiteral<PgVersion>]).optional(),
  importOptions: z.object({ strictSchemas: z.boolean().optional() }).optional(),
});

/** Version 0 (no `version`): the text and node positions of an early draft. */
export const version0Schema = z.object({
  sql: text.optional(),
  sourceSql: text.optional(),
  name: text.optional(),
  sourceName: text.optional(),
  positions: z.record(z.string(), layoutPoint).optional(),
  layout: z.record(z.string(), layoutPoint).optional(),
});

export { layoutPoint as layoutPointSchema };

// ---------------------------------------------------------------------------------------------
// The schema and the types describe the same thing (a field added to one and not the other
// fails to compile here).

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type AllTrue<T> = [T[keyof T]] extends [true] ? true : false;
/** Same type, and the same keys at every level (an optional field missing on one side counts). */
type Deep<A, B> = [A] extends [readonly (infer X)[]]
  ? [B] extends [readonly (infer Y)[]]
    ? Deep<X, Y>
    : false
  : [A] extends [object]
    ? [B] extends [object]
      ? Same<keyof A, keyof B> extends true
        ? AllTrue<{ [K in keyof A & keyof B]-?: Deep<NonNullable<A[K]>, NonNullable<B[K]>> }>
        : false
      : false
    : true;
type Matches<A, B> = Same<A, B> extends true ? Deep<A, B> : false;
/** Each member of a union, by its tag, matches. */
type EachMatches<A, B, Tag extends keyof A & keyof B> = AllTrue<{
  [K in A[Tag] & PropertyKey]: Matches<Extract<A, Record<Tag, K>>, Extract<B, Record<Tag, K>>>;
}>;
function check<T extends true>(): void {}
check<Matches<z.infer<typeof table>, M.Table>>();
check<Matches<z.infer<typeof view>, M.View>>();
check<Matches<z.infer<typeof sequence>, M.Sequence>>();
check<Matches<z.infer<typeof routine>, M.RoutineDef>>();
check<Matches<z.infer<typeof namespace>, M.Namespace>>();
check<Matches<z.infer<typeof extension>, M.Extension>>();
check<Matches<z.infer<typeof objectRef>, M.ObjectRef>>();
check<EachMatches<z.infer<typeof userType>, M.UserType, 'kind'>>();
check<EachMatches<z.infer<typeof tableConstraint>, TableConstraint, 'type'>>();
check<EachMatches<z.infer<typeof schemaChange>, SchemaChange, 'kind'>>();
check<Matches<z.infer<typeof patternApplication>, PatternApplication>>();
check<Matches<z.infer<typeof ruleConfig>, RuleConfig>>();
check<Matches<z.infer<typeof canvasGroup>, CanvasGroup>>();
check<Matches<z.infer<typeof canvasNote>, CanvasNote>>();
check<Matches<z.infer<typeof documentSchema>, SchemawiseDocument>>();
