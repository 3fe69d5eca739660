/**
 * The schema model: plain, serializable data describing the state of a database.
 *
 * Conventions (see docs/architecture.md):
 * - Identifiers are stored normalized: unquoted names folded to lower case, quoted names kept.
 * - Objects are keyed by their qualified key (`qualifiedKey(schema, name)`), never by pointers.
 * - Expressions (defaults, checks, predicates, view queries) are canonical SQL text produced by
 *   the deparser, so two spellings of the same expression compare equal.
 * - Objects read from SQL text carry `source`; objects added by the user or a pattern do not.
 */

/** Where an object was defined: the statement that created it. Lines and columns are 1-based. */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Offsets in the source text (UTF-16 code units). */
  offset: number;
  length: number;
  /** For a part of a statement (a column in CREATE TABLE): the line the statement starts on. */
  statementLine?: number;
}

export interface QualifiedName {
  schema: string;
  name: string;
}

/** A column type. `name` is the canonical Postgres name (format_type style) without modifiers. */
export interface TypeRef {
  /** Schema of a user-defined type; absent for built-in (pg_catalog) types. */
  schema?: string;
  name: string;
  /** Type modifiers as written: `varchar(255)` -> ['255'], `numeric(10,2)` -> ['10','2']. */
  modifiers: string[];
  /** Number of array dimensions (`int[][]` -> 2). */
  arrayDims: number;
}

/**
 * A privilege a role holds on an object (`GRANT privilege ON object TO grantee`). An object's
 * `privileges`, when present, is its whole access list after its GRANTs and REVOKEs, sorted by
 * grantee and privilege; absent, the object has Postgres's default for its kind (the owner holds
 * every privilege; PUBLIC also holds EXECUTE on routines and USAGE on types), as acldefault says.
 */
export interface Privilege {
  /** A role name, or PUBLIC_GRANTEE, or OWNER_GRANTEE for whoever owns the object. */
  grantee: string;
  /** The privilege in upper case: SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER, MAINTAIN, USAGE, EXECUTE, CREATE. */
  privilege: string;
  /** WITH GRANT OPTION. */
  grantable: boolean;
}

/** The grantee PUBLIC (everyone). Upper case: an unquoted role name is folded to lower case. */
export const PUBLIC_GRANTEE = 'PUBLIC';
/** The object's owner, whoever that is (owners are not managed: docs/verify.md). */
export const OWNER_GRANTEE = 'OWNER';

/** ALTER DEFAULT PRIVILEGES: what objects a role creates later get. */
export interface DefaultPrivileges {
  /** FOR ROLE; absent: the role that runs the script. */
  role?: string;
  /** IN SCHEMA; absent: everywhere. */
  schema?: string;
  objects: 'tables' | 'sequences' | 'functions' | 'types' | 'schemas';
  /** The whole list, as `Privilege` (OWNER_GRANTEE is the creating role). */
  privileges: Privilege[];
}

export type ColumnStorage = 'plain' | 'external' | 'extended' | 'main';

export type IdentityKind = 'always' | 'by-default';

export interface Column {
  name: string;
  /** The name as written, when Postgres truncated it to 63 bytes (then `name` is the truncation). */
  writtenName?: string;
  type: TypeRef;
  notNull: boolean;
  default?: string;
  identity?: { kind: IdentityKind; sequenceOptions?: SequenceOptions };
  generated?: { expression: string; stored: boolean };
  collation?: string;
  /** Copied from a parent by INHERITS or PARTITION OF (attislocal = false in Postgres). */
  inherited?: boolean;
  /** SET STORAGE; absent: the type's default. */
  storage?: ColumnStorage;
  /** SET STATISTICS; absent: default_statistics_target. */
  statistics?: number;
  /** SET COMPRESSION (pglz, lz4); absent: default_toast_compression. */
  compression?: string;
  /** Column privileges (GRANT SELECT (col) ...); absent: none. */
  privileges?: Privilege[];
  comment?: string;
  source?: SourceRange;
}

export interface ConstraintBase {
  name: string;
  /** The name as written, when Postgres truncated it to 63 bytes (then `name` is the truncation). */
  writtenName?: string;
  deferrable: boolean;
  initiallyDeferred: boolean;
  comment?: string;
  source?: SourceRange;
}

/** PK, unique and exclusion constraints are backed by an index of the same name. */
export interface IndexBackedConstraint extends ConstraintBase {
  /**
   * Set when the backing index was attached to the parent's index (`ALTER INDEX ... ATTACH
   * PARTITION`): Postgres then treats constraint and index as the parent's copies.
   */
  partitionOf?: QualifiedName;
  /** COMMENT ON INDEX of the index behind it (its own comment is COMMENT ON CONSTRAINT's). */
  indexComment?: string;
  /** `WITH (fillfactor=...)`: the backing index's storage parameters, as `key=value` strings. */
  options?: string[];
}

/**
 * `WITHOUT OVERLAPS` on a key's last column (Postgres 18, a temporal key): that column is a range
 * or multirange, and rows conflict when the other columns are equal and the ranges overlap. The
 * key is then backed by a GiST index (an exclusion constraint in all but name).
 */
interface TemporalKey {
  withoutOverlaps?: true;
}

export interface PrimaryKey extends IndexBackedConstraint, TemporalKey {
  columns: string[];
  include: string[];
}

export interface UniqueConstraint extends IndexBackedConstraint, TemporalKey {
  columns: string[];
  include: string[];
  nullsNotDistinct: boolean;
}

export type ReferentialAction = 'no-action' | 'restrict' | 'cascade' | 'set-null' | 'set-default';
export type MatchType = 'simple' | 'full' | 'partial';

export interface ForeignKey extends ConstraintBase {
  columns: string[];
  references: QualifiedName;
  referencedColumns: string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
  /** `ON DELETE SET NULL (col)`: only these columns are set (Postgres 15+). */
  onDeleteColumns?: string[];
  match: MatchType;
  notValid: boolean;
  /** `PERIOD` on the last column of both lists (Postgres 18): a temporal key's range is covered over time. */
  period?: true;
  /**
   * Set on a partition's copy of its partitioned parent's foreign key (Postgres clones it, with
   * conparentid set, when the partition is created or attached, under the parent key's name
   * unless taken): the partitioned table it was copied from. DETACH PARTITION makes the copy the
   * table's own. Copies are not printed or counted.
   */
  partitionOf?: QualifiedName;
}

export interface CheckConstraint extends ConstraintBase {
  expression: string;
  notValid: boolean;
  noInherit: boolean;
  /**
   * Copied from a parent table (partition or INHERITS child) and not declared on this table
   * (conislocal = false): Postgres adds and drops it with the parent's.
   */
  inherited?: boolean;
}

export interface ExclusionElement {
  /** A column name, or an expression when `expression` is set. */
  column?: string;
  expression?: string;
  operator: string;
  opclass?: string;
  /** The operator class's parameters as `key=value` (`tsvector_ops (siglen=8)`); only with `opclass`. */
  opclassOptions?: string[];
}

export interface ExclusionConstraint extends IndexBackedConstraint {
  method: string;
  elements: ExclusionElement[];
  include: string[];
  where?: string;
}

export interface IndexElement {
  column?: string;
  expression?: string;
  opclass?: string;
  /** The operator class's parameters as `key=value` (`tsvector_ops (siglen=8)`); only with `opclass`. */
  opclassOptions?: string[];
  collation?: string;
  descending: boolean;
  /** `NULLS FIRST` / `NULLS LAST` when written; absent means the default for the order. */
  nulls?: 'first' | 'last';
}

export interface Index {
  name: string;
  /** The name as written, when Postgres truncated it to 63 bytes (then `name` is the truncation). */
  writtenName?: string;
  unique: boolean;
  method: string;
  elements: IndexElement[];
  include: string[];
  where?: string;
  nullsNotDistinct: boolean;
  /** An index on a partitioned table that only covers the parent (`ON ONLY`). */
  only: boolean;
  /** Set when this index is a partition of an index on the parent table. */
  partitionOf?: QualifiedName;
  /** WITH (storage parameters), as `key=value` strings (fillfactor, fastupdate...). */
  options?: string[];
  comment?: string;
  source?: SourceRange;
}

export type TriggerTiming = 'before' | 'after' | 'instead-of';
export type TriggerEvent = 'insert' | 'update' | 'delete' | 'truncate';

export interface Trigger {
  name: string;
  /** The name as written, when Postgres truncated it to 63 bytes (then `name` is the truncation). */
  writtenName?: string;
  timing: TriggerTiming;
  events: TriggerEvent[];
  /** `UPDATE OF col, ...` */
  updateColumns: string[];
  level: 'row' | 'statement';
  when?: string;
  function: QualifiedName;
  arguments: string[];
  constraint: boolean;
  deferrable: boolean;
  initiallyDeferred: boolean;
  /** REFERENCING OLD TABLE AS / NEW TABLE AS */
  transitionTables?: { old?: string; new?: string };
  /** ALTER TABLE ... DISABLE TRIGGER */
  enabled: boolean;
  /**
   * Set on a partition's copy of a row trigger of its partitioned parent (tgparentid set, same
   * name): the partitioned table it was copied from. Copies are not printed or counted; DETACH
   * PARTITION makes them the table's own.
   */
  partitionOf?: QualifiedName;
  comment?: string;
  source?: SourceRange;
}

export type PolicyCommand = 'all' | 'select' | 'insert' | 'update' | 'delete';

export interface Policy {
  name: string;
  /** The name as written, when Postgres truncated it to 63 bytes (then `name` is the truncation). */
  writtenName?: string;
  permissive: boolean;
  command: PolicyCommand;
  roles: string[];
  using?: string;
  withCheck?: string;
  comment?: string;
  source?: SourceRange;
}

export type PartitionStrategy = 'range' | 'list' | 'hash';

export interface PartitionKeyElement {
  column?: string;
  expression?: string;
  opclass?: string;
  collation?: string;
}

export interface Table {
  schema: string;
  name: string;
  /** The name as written, when Postgres truncated it to 63 bytes. */
  writtenName?: string;
  columns: Column[];
  primaryKey?: PrimaryKey;
  uniqueConstraints: UniqueConstraint[];
  foreignKeys: ForeignKey[];
  checks: CheckConstraint[];
  exclusions: ExclusionConstraint[];
  indexes: Index[];
  triggers: Trigger[];
  policies: Policy[];
  /** Set on a partitioned table (`PARTITION BY`). */
  partitioning?: { strategy: PartitionStrategy; keys: PartitionKeyElement[] };
  /** Set on a partition: its parent and bound (`FOR VALUES ...` or `DEFAULT`), canonical text. */
  partitionOf?: { parent: QualifiedName; bound: string };
  inherits: QualifiedName[];
  /**
   * A typed table (`CREATE TABLE t OF type`): its columns are the composite type's attributes,
   * and follow `ALTER TYPE ... CASCADE`.
   */
  ofType?: QualifiedName;
  /**
   * A foreign table (`CREATE FOREIGN TABLE ... SERVER s OPTIONS (...)`): its rows live on
   * another server, but its columns and CHECK constraints are part of the schema. It has no
   * keys or indexes, and Postgres counts it apart from tables (relkind f).
   */
  foreign?: { server: string; options: string[] };
  unlogged: boolean;
  rowLevelSecurity: boolean;
  forceRowLevelSecurity: boolean;
  /** WITH (storage parameters), as `key=value` strings. */
  options: string[];
  /** REPLICA IDENTITY; absent: DEFAULT (the primary key). */
  replicaIdentity?: { kind: 'full' | 'nothing' } | { kind: 'index'; index: string };
  /**
   * The index the table is clustered on (`CLUSTER t USING ix`, `ALTER TABLE t CLUSTER ON ix`;
   * pg_index.indisclustered): what a bare `CLUSTER t` orders the rows by. Absent: none.
   */
  clusterOn?: string;
  tablespace?: string;
  owner?: string;
  privileges?: Privilege[];
  comment?: string;
  source?: SourceRange;
}

export interface View {
  schema: string;
  name: string;
  /** The name as written, when Postgres truncated it to 63 bytes (then `name` is the truncation). */
  writtenName?: string;
  materialized: boolean;
  /** Canonical SQL of the defining query. */
  query: string;
  /** Explicit column names (`CREATE VIEW v (a, b) AS ...`). */
  columnNames: string[];
  /**
   * The output columns as far as the query shows them (star expansion, aliases, casts, functions
   * of known result type; `unknown` where it does not), computed by the importer; absent on a
   * view built by hand. Never printed: the query is the definition.
   */
  columns?: Column[];
  /** Relations the query reads, for dependency ordering. */
  dependsOn: QualifiedName[];
  /**
   * The columns the query reads, per relation (`*` reads every column the relation had when the
   * view was made): Postgres refuses to drop or retype them while the view exists, and DROP
   * COLUMN ... CASCADE drops the view. Set by the importer; absent on a view built by hand.
   */
  readsColumns?: { relation: QualifiedName; columns: string[] }[];
  /** WITH (security_barrier=true, ...) as `key=value` strings. */
  options: string[];
  checkOption?: 'local' | 'cascaded';
  /** Materialized views only: created `WITH NO DATA`. */
  withNoData: boolean;
  recursive: boolean;
  /**
   * search_path in force when the view was created, when not the default: unqualified names in
   * the query resolved through it (Postgres binds them at creation).
   */
  searchPath?: string[];
  /** Materialized views can be indexed. */
  indexes: Index[];
  /** View triggers (INSTEAD OF). */
  triggers: Trigger[];
  /** Column comments on views. */
  columnComments: Record<string, string>;
  /**
   * Column defaults of a plain view (`ALTER VIEW v ALTER COLUMN c SET DEFAULT ...`): what an
   * INSERT or UPDATE through the view puts in a column it leaves out, as SQL text. CREATE OR
   * REPLACE VIEW keeps them. Absent when there are none.
   */
  columnDefaults?: Record<string, string>;
  /** Materialized views: the index they are clustered on (as Table.clusterOn). */
  clusterOn?: string;
  owner?: string;
  privileges?: Privilege[];
  comment?: string;
  source?: SourceRange;
}

export interface EnumType {
  kind: 'enum';
  schema: string;
  name: string;
  /** The name as written, when Postgres truncated it to 63 bytes (then `name` is the truncation). */
  writtenName?: string;
  values: string[];
  owner?: string;
  privileges?: Privilege[];
  comment?: string;
  source?: SourceRange;
}

export interface DomainCheck {
  name: string;
  expression: string;
  notValid: boolean;
}

export interface DomainType {
  kind: 'domain';
  schema: string;
  name: string;
  /** The name as written, when Postgres truncated it to 63 bytes (then `name` is the truncation). */
  writtenName?: string;
  baseType: TypeRef;
  notNull: boolean;
  default?: string;
  collation?: string;
  checks: DomainCheck[];
  owner?: string;
  privileges?: Privilege[];
  comment?: string;
  source?: SourceRange;
}

export interface CompositeAttribute {
  name: string;
  type: TypeRef;
  collation?: string;
}

export interface CompositeType {
  kind: 'composite';
  schema: string;
  name: string;
  /** The name as written, when Postgres truncated it to 63 bytes (then `name` is the truncation). */
  writtenName?: string;
  attributes: CompositeAttribute[];
  owner?: string;
  privileges?: Privilege[];
  comment?: string;
  source?: SourceRange;
}

/** Range types and base types are recorded so that columns using them resolve. */
export interface OtherType {
  kind: 'range' | 'base' | 'shell';
  schema: string;
  name: string;
  /** The name as written, when Postgres truncated it to 63 bytes (then `name` is the truncation). */
  writtenName?: string;
  /** Range types: the subtype. */
  subtype?: TypeRef;
  /**
   * Range types: the other options as written (dotted names): the subtype's operator class (absent
   * when it is the subtype's default), its collation, canonical and subtype_diff functions, and
   * the multirange type's name (absent: Postgres derives it).
   */
  rangeOptions?: { subtypeOpclass?: string; collation?: string; canonical?: string; subtypeDiff?: string; multirangeTypeName?: string };
  owner?: string;
  privileges?: Privilege[];
  comment?: string;
  source?: SourceRange;
}

export type UserType = EnumType | DomainType | CompositeType | OtherType;

export interface SequenceOptions {
  dataType?: string;
  increment?: string;
  minValue?: string | null;
  maxValue?: string | null;
  start?: string;
  cache?: string;
  cycle?: boolean;
}

export interface Sequence {
  schema: string;
  name: string;
  /** The name as written, when Postgres truncated it to 63 bytes (then `name` is the truncation). */
  writtenName?: string;
  options: SequenceOptions;
  /** OWNED BY table.column: the sequence is dropped with the column. */
  ownedBy?: { table: QualifiedName; column: string };
  unlogged: boolean;
  owner?: string;
  privileges?: Privilege[];
  comment?: string;
  source?: SourceRange;
}

export type Volatility = 'immutable' | 'stable' | 'volatile';

export interface FunctionArgument {
  name?: string;
  mode: 'in' | 'out' | 'inout' | 'variadic' | 'table';
  type: TypeRef;
  default?: string;
}

export interface RoutineDef {
  kind: 'function' | 'procedure';
  schema: string;
  name: string;
  /** The name as written, when Postgres truncated it to 63 bytes (then `name` is the truncation). */
  writtenName?: string;
  arguments: FunctionArgument[];
  /** Identity signature, e.g. `integer, text`: what DROP FUNCTION and COMMENT ON need. */
  signature: string;
  /** Return type as written (`trigger`, `SETOF users`, `TABLE(id int)`); absent for procedures. */
  returns?: string;
  /** The return type itself (for TABLE(...) results, see the `table` arguments). */
  returnType?: TypeRef;
  language: string;
  /** Body text: the string after AS, or the SQL-standard body. */
  body: string;
  /** The body is SQL-standard (`BEGIN ATOMIC ... END` or `RETURN ...`), not a string after AS. */
  sqlBody?: boolean;
  volatility: Volatility;
  strict: boolean;
  securityDefiner: boolean;
  leakproof: boolean;
  parallel?: 'safe' | 'restricted' | 'unsafe';
  /** SET configuration parameters, e.g. { search_path: 'public, pg_temp' }. */
  config: Record<string, string>;
  /** COST, as written; absent: the default (1 for C, 100 for other languages). */
  cost?: string;
  /** ROWS of a set-returning function, as written; absent: 1000. */
  rows?: string;
  owner?: string;
  privileges?: Privilege[];
  comment?: string;
  source?: SourceRange;
}

export interface Namespace {
  name: string;
  /** The name as written, when Postgres truncated it to 63 bytes (then `name` is the truncation). */
  writtenName?: string;
  /**
   * The script used this schema (in search_path or a qualified name) without creating it, and the
   * import assumed it exists (its CREATE SCHEMA lives elsewhere, e.g. in another tool).
   */
  assumed?: boolean;
  owner?: string;
  privileges?: Privilege[];
  comment?: string;
  source?: SourceRange;
}

export interface Extension {
  name: string;
  schema?: string;
  /**
   * The CREATE EXTENSION named no schema, so Postgres put it in the first schema of search_path
   * (`schema`), or, under IF NOT EXISTS, left it wherever the database already had it: a
   * platform that preinstalls it (Supabase's `extensions` schema) keeps its own.
   */
  schemaFromSearchPath?: boolean;
  version?: string;
  comment?: string;
  source?: SourceRange;
}

/** CREATE COLLATION: its options as written (`provider`, `locale`, `deterministic`...), or FROM another. */
export interface Collation {
  schema: string;
  name: string;
  /** Option name (lower case) -> value as written. */
  options: Record<string, string>;
  /** CREATE COLLATION ... FROM existing. */
  from?: QualifiedName;
  owner?: string;
  comment?: string;
  source?: SourceRange;
}

/** CREATE STATISTICS: extended statistics over columns or expressions of one table. */
export interface StatisticsObject {
  schema: string;
  name: string;
  table: QualifiedName;
  /** ndistinct, dependencies, mcv; empty: all of them. */
  kinds: string[];
  /** Column names (quoted as needed) and parenthesized expressions, canonical SQL. */
  elements: string[];
  /** ALTER STATISTICS ... SET STATISTICS; absent: the columns' targets. */
  target?: number;
  owner?: string;
  comment?: string;
  source?: SourceRange;
}

/**
 * An object the model keeps as the SQL that created it, because other objects need it to exist
 * (a view calling a custom aggregate, a foreign table on its server) but nothing inspects its
 * parts. Foreign-data wrappers and servers belong to no schema (`schema` is '').
 */
export interface OpaqueObject {
  kind: 'aggregate' | 'operator' | 'foreign-data-wrapper' | 'server';
  schema: string;
  name: string;
  /** The CREATE statement as written. */
  sql: string;
  /** search_path when it was created, if not the default (its names resolved through it). */
  searchPath?: string[];
  source?: SourceRange;
}

/** What code the import could not follow might have done, read from the words of its body. */
export type DynamicDdlKind = 'table' | 'column' | 'constraint' | 'index' | 'trigger' | 'policy' | 'row-level-security' | 'function' | 'other';

/**
 * A place where the script ran code the import did not follow: a function called at top level
 * (`SELECT f('t')`, `CALL p()`) whose body runs DDL, dynamic SQL or is not in the script (an
 * extension's function), or a DO block with dynamic SQL. Rules say "could not see" for what such
 * code may have created, instead of asserting it is absent.
 */
export interface DynamicSqlSite {
  via: 'call' | 'do-block';
  /** The function or procedure called (`via: 'call'`). */
  routine?: QualifiedName;
  /** Tables the call names in its arguments (a string literal or `'t'::regclass`); empty: any table that existed then. */
  tables: QualifiedName[];
  /** What the body could do, from its words; absent when the body was not in the script. */
  kinds?: DynamicDdlKind[];
  source?: SourceRange;
}

/** Objects the model counts but does not yet model in detail. */
export interface OtherObjectCounts {
  grants: number;
  revokes: number;
  eventTriggers: number;
  rules: number;
  aggregates: number;
  operators: number;
  casts: number;
  publications: number;
  roles: number;
  other: number;
}

/** The whole database: the root of the model. */
export interface Schema {
  namespaces: Record<string, Namespace>;
  extensions: Record<string, Extension>;
  tables: Record<string, Table>;
  views: Record<string, View>;
  types: Record<string, UserType>;
  sequences: Record<string, Sequence>;
  /** Keyed by `qualifiedKey(schema, name) + '(' + signature + ')'`. */
  routines: Record<string, RoutineDef>;
  /** Keyed by `kind:` + qualified key + the statement's argument list. */
  opaque: Record<string, OpaqueObject>;
  collations: Record<string, Collation>;
  statistics: Record<string, StatisticsObject>;
  /** Keyed by defaultPrivilegesKey. */
  defaultPrivileges: Record<string, DefaultPrivileges>;
  other: OtherObjectCounts;
  /** Code the import ran past without following it (see DynamicSqlSite); absent when none. */
  dynamicSql?: DynamicSqlSite[];
}

export type ObjectKind =
  | 'schema'
  | 'extension'
  | 'table'
  | 'view'
  | 'materialized-view'
  | 'type'
  | 'sequence'
  | 'function'
  | 'procedure'
  | 'index'
  | 'constraint'
  | 'trigger'
  | 'policy'
  | 'column'
  | 'collation'
  | 'statistics';

/** A stable reference to any object of the model. */
export interface ObjectRef {
  kind: ObjectKind;
  schema?: string;
  name: string;
  /** For objects that live on a table (columns, constraints, indexes, triggers, policies). */
  table?: string;
  /** For functions and procedures: the identity signature (overloads differ by arguments). */
  signature?: string;
}
