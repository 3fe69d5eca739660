/**
 * A piece of SQL that belongs inside a statement (a column type, a default, a check, an index
 * predicate, a view's query, a function's definition...) read by Postgres's own parser: the text
 * is put in a tiny statement of the kind it belongs to and imported like any DDL. It must come
 * out as exactly that statement (one expression where an expression goes: no second statement,
 * no clause smuggled in around it); the result is the canonical form the model keeps, so it
 * compares equal to the same thing written another way, and it is what gets printed later (the
 * deparser's spelling: no comments, no stray quotes).
 *
 * Used by the designer's fields (what the user types) and by the document loader (what a share
 * link, a project file or the browser's storage carries). Pure: the import function is passed in
 * (the worker's, the CLI's or the tests'), after `initParser()`.
 */
import type { RoutineDef, Schema, Table, TypeRef, View } from '../model/types';
import type { ImportResult } from './import';

export type FragmentKind =
  | 'type'
  | 'default'
  | 'check'
  | 'predicate'
  | 'generated'
  | 'index-expression'
  | 'partition-expression'
  | 'partition-bound'
  | 'trigger-when'
  | 'policy-expression'
  | 'table-options'
  | 'view-options'
  | 'view-query'
  | 'materialized-view-query'
  | 'domain-default'
  | 'domain-check'
  | 'routine';

export interface FragmentRequest {
  kind: FragmentKind;
  text: string;
  /**
   * For a default: the column's type as SQL (default `text`). The model keeps `'x'::text` as
   * `'x'` on a text column only, so a default is read on a column of its own type.
   */
  columnType?: string;
}

/**
 * `sql`: the canonical text; `type`: the canonical type (kind `type`); `options`: the canonical
 * `key=value` list (kinds `*-options`); `routine`: the routine as Postgres reads it (kind `routine`).
 */
export type FragmentReply =
  | { ok: true; sql?: string; type?: TypeRef; options?: string[]; routine?: RoutineDef }
  | { ok: false; error: string };

type Import = (sql: string) => ImportResult;

const T = '__schemawise_check';
const C = '__schemawise_value';
const KEY = `public.${T}`;

interface Wrapper {
  /** What the text should be, for messages: "Not an expression." */
  what: string;
  /** The statement(s) the text goes in. */
  wrap(text: string, request: FragmentRequest): string;
  /** The statements the wrapper must come out as, by parse node kind. */
  kinds: Record<string, number>;
  /** Statements may end inside the text (a function body's `BEGIN ATOMIC ... END`). */
  semicolons?: boolean;
  read(schema: Schema, text: string): FragmentReply;
}

const no = (what: string): FragmentReply => ({ ok: false, error: `Not ${what}.` });
const sqlOf = (sql: string | undefined, what: string): FragmentReply => (sql === undefined ? no(what) : { ok: true, sql });
const table = (schema: Schema): Table | undefined => schema.tables[KEY];
const view = (schema: Schema): View | undefined => schema.views[KEY];
/** The scratch table with one `int` column that index, trigger and policy wrappers refer to. */
const SCRATCH = `CREATE TABLE ${T} (${C} int);\n`;

/** A column with only a type: anything else written with it (NOT NULL, a default, a key) is refused. */
function readType(schema: Schema, text: string): FragmentReply {
  const t = table(schema);
  const column = t?.columns[0];
  if (!t || !column || t.columns.length !== 1) return no('a type');
  if (column.default?.startsWith('nextval(')) return { ok: false, error: `${text} makes a sequence of its own; choose integer or bigint and turn on Identity instead.` };
  const extra = column.notNull || column.default !== undefined || column.identity || column.generated || column.collation || t.primaryKey || t.uniqueConstraints.length + t.checks.length + t.foreignKeys.length > 0;
  if (extra) return { ok: false, error: 'Only the type: set NOT NULL, defaults, keys and checks with their own fields.' };
  return { ok: true, type: column.type };
}

/** A table's column and nothing else but what the wrapper itself wrote. */
function plainColumn(schema: Schema) {
  const t = table(schema);
  const column = t?.columns[0];
  const alone = t && column && t.columns.length === 1 && !column.notNull && !t.primaryKey && t.uniqueConstraints.length + t.checks.length + t.foreignKeys.length + t.exclusions.length === 0;
  return alone ? column : undefined;
}

const WRAPPERS: Record<FragmentKind, Wrapper> = {
  type: { what: 'a type', wrap: (x) => `CREATE TABLE ${T} (${C} ${x});`, kinds: { CreateStmt: 1 }, read: readType },
  default: {
    what: 'an expression',
    wrap: (x, r) => `CREATE TABLE ${T} (${C} ${r.columnType ?? 'text'} DEFAULT ${x});`,
    kinds: { CreateStmt: 1 },
    read: (s) => sqlOf(plainColumn(s)?.generated ? undefined : plainColumn(s)?.default, 'an expression'),
  },
  generated: {
    what: 'an expression',
    wrap: (x) => `CREATE TABLE ${T} (${C} text GENERATED ALWAYS AS (${x}) STORED);`,
    kinds: { CreateStmt: 1 },
    read: (s) => sqlOf(plainColumn(s)?.default === undefined ? plainColumn(s)?.generated?.expression : undefined, 'an expression'),
  },
  check: {
    what: 'a condition',
    wrap: (x) => `CREATE TABLE ${T} (CHECK (${x}));`,
    kinds: { CreateStmt: 1 },
    read: (s) => {
      const t = table(s);
      return sqlOf(t && t.checks.length === 1 && t.columns.length === 0 ? t.checks[0]!.expression : undefined, 'a condition');
    },
  },
  predicate: {
    what: 'a condition',
    wrap: (x) => `${SCRATCH}CREATE INDEX ${T}_i ON ${T} (${C}) WHERE ${x};`,
    kinds: { CreateStmt: 1, IndexStmt: 1 },
    read: (s) => {
      const indexes = table(s)?.indexes ?? [];
      return sqlOf(indexes.length === 1 ? indexes[0]!.where : undefined, 'a condition');
    },
  },
  'index-expression': {
    what: 'an expression',
    wrap: (x) => `${SCRATCH}CREATE INDEX ${T}_i ON ${T} ((${x}));`,
    kinds: { CreateStmt: 1, IndexStmt: 1 },
    read: (s) => {
      const indexes = table(s)?.indexes ?? [];
      const element = indexes.length === 1 && indexes[0]!.elements.length === 1 && !indexes[0]!.where ? indexes[0]!.elements[0] : undefined;
      return sqlOf(element?.expression ?? element?.column, 'an expression');
    },
  },
  'partition-expression': {
    what: 'an expression',
    wrap: (x) => `CREATE TABLE ${T} (${C} int) PARTITION BY RANGE ((${x}));`,
    kinds: { CreateStmt: 1 },
    read: (s) => {
      const keys = table(s)?.partitioning?.keys ?? [];
      return sqlOf(keys.length === 1 ? (keys[0]!.expression ?? keys[0]!.column) : undefined, 'an expression');
    },
  },
  'partition-bound': {
    what: 'a partition bound (FOR VALUES ... or DEFAULT)',
    wrap: (x) => `CREATE TABLE ${T} (${C} int) PARTITION BY LIST (${C});\nCREATE TABLE ${T}_p PARTITION OF ${T} ${x};`,
    kinds: { CreateStmt: 2 },
    read: (s) => {
      const part = s.tables[`${KEY}_p`];
      const alone = part && part.columns.every((c) => c.inherited) && part.checks.length === 0 && !part.partitioning && !part.primaryKey;
      return sqlOf(alone ? part.partitionOf?.bound : undefined, 'a partition bound (FOR VALUES ... or DEFAULT)');
    },
  },
  'trigger-when': {
    what: 'a condition',
    wrap: (x) => `${SCRATCH}CREATE TRIGGER ${T}_t BEFORE UPDATE ON ${T} FOR EACH ROW WHEN (${x}) EXECUTE FUNCTION ${T}_f();`,
    kinds: { CreateStmt: 1, CreateTrigStmt: 1 },
    read: (s) => {
      const triggers = table(s)?.triggers ?? [];
      return sqlOf(triggers.length === 1 ? triggers[0]!.when : undefined, 'a condition');
    },
  },
  'policy-expression': {
    what: 'a condition',
    wrap: (x) => `${SCRATCH}CREATE POLICY ${T}_p ON ${T} USING (${x});`,
    kinds: { CreateStmt: 1, CreatePolicyStmt: 1 },
    read: (s) => {
      const policies = table(s)?.policies ?? [];
      return sqlOf(policies.length === 1 && policies[0]!.withCheck === undefined ? policies[0]!.using : undefined, 'a condition');
    },
  },
  'table-options': {
    what: 'storage parameters (name=value, ...)',
    wrap: (x) => `CREATE TABLE ${T} (${C} int) WITH (${x});`,
    kinds: { CreateStmt: 1 },
    read: (s) => {
      const t = table(s);
      return t && plainColumn(s) && !t.partitioning ? { ok: true, options: t.options } : no('storage parameters (name=value, ...)');
    },
  },
  'view-options': {
    what: 'view options (name=value, ...)',
    wrap: (x) => `CREATE VIEW ${T} WITH (${x}) AS SELECT 1;`,
    kinds: { ViewStmt: 1 },
    read: (s) => {
      const v = view(s);
      return v && !v.checkOption ? { ok: true, options: v.options } : no('view options (name=value, ...)');
    },
  },
  'view-query': {
    what: 'a query',
    wrap: (x) => `CREATE VIEW ${T} AS ${x};`,
    kinds: { ViewStmt: 1 },
    read: (s) => {
      const v = view(s);
      return sqlOf(v && !v.checkOption && v.options.length === 0 && !v.materialized ? v.query : undefined, 'a query');
    },
  },
  'materialized-view-query': {
    what: 'a query',
    wrap: (x) => `CREATE MATERIALIZED VIEW ${T} AS ${x} WITH NO DATA;`,
    kinds: { CreateTableAsStmt: 1 },
    read: (s) => {
      const v = view(s);
      return sqlOf(v && v.materialized && v.options.length === 0 ? v.query : undefined, 'a query');
    },
  },
  'domain-default': {
    what: 'an expression',
    wrap: (x) => `CREATE DOMAIN ${T} AS text DEFAULT ${x};`,
    kinds: { CreateDomainStmt: 1 },
    read: (s) => {
      const d = s.types[KEY];
      return sqlOf(d?.kind === 'domain' && d.checks.length === 0 && !d.notNull ? d.default : undefined, 'an expression');
    },
  },
  'domain-check': {
    what: 'a condition',
    wrap: (x) => `CREATE DOMAIN ${T} AS text CHECK (${x});`,
    kinds: { CreateDomainStmt: 1 },
    read: (s) => {
      const d = s.types[KEY];
      return sqlOf(d?.kind === 'domain' && d.checks.length === 1 && d.default === undefined && !d.notNull ? d.checks[0]!.expression : undefined, 'a condition');
    },
  },
  // A whole CREATE FUNCTION / PROCEDURE (as the printer writes it): the routine Postgres reads.
  routine: {
    what: 'a function or procedure definition',
    wrap: (x) => x,
    kinds: { CreateFunctionStmt: 1 },
    semicolons: true,
    read: (s) => {
      const routines = Object.values(s.routines);
      return routines.length === 1 ? { ok: true, routine: routines[0]! } : no('a function or procedure definition');
    },
  },
};

/**
 * Postgres's message without the parts that only make sense for the wrapper statement: a text
 * that stops short makes the parser trip over the `)` or `;` the wrapper puts after it.
 */
function cleanMessage(message: string, text: string): string {
  const incomplete = / at end of input|at or near "[);]"$/;
  const trips = incomplete.test(message) && !/[);]$/.test(text);
  return (trips ? message.replace(incomplete, ' at the end (the text is incomplete)') : message).replace(/\s+/g, ' ').trim();
}

/** Statement counts by kind are exactly `expected`. */
function sameKinds(actual: Record<string, number>, expected: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
  for (const key of keys) if ((actual[key] ?? 0) !== (expected[key] ?? 0)) return false;
  return true;
}

/** What the fragment kind expects, for messages ("a condition"). */
export function fragmentWhat(kind: FragmentKind): string {
  return WRAPPERS[kind].what;
}

export function checkFragment(importSql: Import, request: FragmentRequest): FragmentReply {
  const wrapper = WRAPPERS[request.kind];
  const text = request.text.trim();
  if (!text) return { ok: false, error: `Empty: type ${wrapper.what}.` };
  // A statement end would let the text run statements of its own.
  if (!wrapper.semicolons && /;/.test(text.replace(/'(?:[^']|'')*'/g, "''"))) return { ok: false, error: 'A semicolon is not allowed here.' };
  const result = importSql(wrapper.wrap(text, request));
  const error = result.issues.find((issue) => issue.severity === 'error');
  if (error) return { ok: false, error: cleanMessage(error.message, text) };
  if (result.stats.skippedBlocks > 0 || !sameKinds(result.stats.byKind, wrapper.kinds)) return no(wrapper.what);
  return wrapper.read(result.schema, text);
}
