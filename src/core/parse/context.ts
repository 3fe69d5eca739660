/**
 * The state an import carries from one statement to the next: the model being built, the
 * search_path, the issues found, and the lookups that resolve names the way Postgres does.
 */
import type { SchemaChange } from '../changes/types';
import type { Node } from '@pgsql/types';
import { fingerprintSync, parseSync } from 'libpg-query';
import { identifierBytes, keyOf, MAX_IDENTIFIER_BYTES, qualifiedKey } from '../model/names';
import type {
  Index,
  QualifiedName,
  RoutineDef,
  Schema,
  Sequence,
  SourceRange,
  Table,
  TypeRef,
  UserType,
  View,
} from '../model/types';
import { type Fields, isBuiltinTypeName, readTypeRef } from './ast';
import { columnTypeReference } from './column-type-reference';
import { isCatalogRelation } from './catalog-relations';
import type { IssueSeverity, ParseIssue } from './issues';
import { ObjectNames } from './object-names';
import { type LineIndex, utf8OffsetToIndex } from './line-index';
import { Transactions } from './transactions';
import type { DynamicSqlNote } from './statements/dynamic-sql';

/** A statement Postgres would reject: reported as an error with this message, as Postgres says it. */
export class StatementError extends Error {}

export interface StatementInfo {
  kind: string;
  source: SourceRange;
  /** The statement's text; node locations from the parser are UTF-8 byte offsets into it. */
  text: string;
  /**
   * The last good version of a statement that does not parse now (last-good.ts): its text is
   * not in the source any more, so everything it makes points at the whole broken statement.
   */
  stale?: boolean;
}

export type Relation =
  | { kind: 'table'; key: string; table: Table }
  | { kind: 'view'; key: string; view: View }
  | { kind: 'sequence'; key: string; sequence: Sequence };

/**
 * Schemas whose objects are not part of the model: a session's temporary objects (pg_temp), and
 * what a superuser put in the system catalogs. They are modelled while the script runs, so
 * that names resolve against them as in Postgres, and left out when it ends (finish.ts).
 */
export const HIDDEN_SCHEMAS: ReadonlySet<string> = new Set(['pg_temp', 'pg_catalog', 'information_schema']);
export const TEMP_SCHEMA = 'pg_temp';

/** Pending view query texts (views.ts deferQueryText). */
export interface PendingViewQuery {
  query: Node | undefined;
  statement: StatementInfo;
}

export interface ContextOptions {
  /** See ImportOptions.strictSchemas. */
  strictSchemas?: boolean;
  /** The script contains a ROLLBACK (transactions.ts takes copies to undo to). */
  undoes?: boolean;
}

export class ImportContext {
  readonly issues: ParseIssue[] = [];
  searchPath: string[] = ['public'];
  /** Something was created in pg_temp: unqualified names look there first. */
  tempInUse = false;
  /** A catalog relation an unqualified name resolved to during this statement (see report). */
  private catalogHit: string | undefined;
  readonly transactions: Transactions<PendingViewQuery>;
  /** The role set by SET ROLE / SET SESSION AUTHORIZATION (undefined: the session's own user). */
  currentRole: string | undefined;
  /** Objects created while `currentRole` was set, with that role (DROP OWNED BY). */
  readonly createdBy = new WeakMap<object, string>();
  /** How deep the import is in code it follows (DO blocks, called functions): stops recursion. */
  followDepth = 0;
  /** Code followed (dynamic SQL of DO blocks and called functions), and what could not be (dynamic-sql.ts). */
  readonly followedCode: { followed: DynamicSqlNote[]; unfollowed: DynamicSqlNote[] } = { followed: [], unfollowed: [] };
  /**
   * The renames the script makes (tables, views, columns, constraints, indexes, enum values), as
   * design edits, in order: what a diff from an earlier version of the script needs to keep
   * renamed objects (and their data) instead of dropping and adding them (diff/script-renames.ts).
   */
  readonly renames: SchemaChange[] = [];
  /** PREPARE name AS query (for CREATE TABLE ... AS EXECUTE name). */
  readonly prepared = new Map<string, { query: Node | undefined; parameters: TypeRef[] }>();
  /** The parameter types of the prepared statement being executed ($1, $2 ...). */
  queryParameters: TypeRef[] = [];
  readonly strictSchemas: boolean;
  statement: StatementInfo = {
    kind: '',
    source: { line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, length: 0 },
    text: '',
  };
  readonly names: ObjectNames;
  /** Views whose query text is set when the script has been read (views.ts deferQueryText). */
  /** Identifiers written longer than 63 bytes, by their truncation (see written-names.ts). */
  readonly longIdentifiers = new Map<string, string>();
  readonly pendingViewQueries = new Map<View, PendingViewQuery>();

  constructor(
    readonly schema: Schema,
    private readonly lines: LineIndex,
    /** `parses` answers kept between imports (an incremental import's, parse-cache.ts). */
    private readonly validSql?: { get(text: string): boolean | undefined; set(text: string, valid: boolean): void },
    options: ContextOptions = {},
  ) {
    this.names = new ObjectNames(schema);
    this.parsed = validSql ?? new Map<string, boolean>();
    this.strictSchemas = Boolean(options.strictSchemas);
    this.transactions = new Transactions<PendingViewQuery>(this, Boolean(options.undoes));
  }

  /** For transactions.ts: the key a view is kept under. */
  keyOf(view: View): string {
    return keyOf(view);
  }

  /** For transactions.ts: the model's parts were replaced (ROLLBACK); every lookup is rebuilt. */
  modelReplaced(): void {
    this.names.invalidate();
    this.tempInUse = Object.values(this.schema.tables).some((t) => t.schema === TEMP_SCHEMA) || Object.values(this.schema.views).some((v) => v.schema === TEMP_SCHEMA);
  }

  /** A new statement starts. */
  beginStatement(statement: StatementInfo): void {
    this.statement = statement;
    this.catalogHit = undefined;
  }

  /**
   * The range of a node inside the current statement (from its parser location to the end of
   * the statement), so a diagnostic about a column points at that column's line.
   */
  sourceAt(location: number | undefined): SourceRange {
    const statement = this.statement.source;
    if (location === undefined || location < 0 || this.statement.stale) return { ...statement };
    const offset = statement.offset + this.indexAt(location);
    const at = this.lines.position(offset);
    const length = statement.offset + statement.length - offset;
    if (statement.statementLine !== undefined) {
      return { ...statement, line: at.line, column: at.column, offset, length, statementLine: statement.line };
    }
    // The same object as the spread above, with its keys in the same order, built directly.
    return {
      line: at.line,
      column: at.column,
      endLine: statement.endLine,
      endColumn: statement.endColumn,
      offset,
      length,
      statementLine: statement.line,
    };
  }

  report(severity: IssueSeverity, message: string): void {
    const hit = this.catalogHit;
    if (hit && severity === 'error' && message.includes(`"${hit}"`)) {
      // Postgres found the system catalog, not a missing relation: with allow_system_table_mods
      // (PGlite has it on) the statement changes the catalog, on a regular server it is refused.
      severity = 'warning';
      message = `"${hit}" names the system catalog pg_catalog.${hit} here (pg_catalog is searched before the search_path's schemas unless the path lists it): this statement changes the catalog, not the schema, and the model is left as it was`;
    }
    this.reportAt(this.statement.source, severity, message);
  }

  /**
   * A statement on a relation the model does not have. Written in a schema this script never
   * creates (Supabase's auth and storage, another tool's schema), the relation is made elsewhere
   * and the statement is sound there: a warning that says what is not kept. Otherwise, and with
   * strictSchemas (Postgres's own reading), Postgres's error.
   */
  missingRelation(written: { schema?: string; name: string }, what: string, error = `relation "${written.name}" does not exist`): void {
    if (!this.madeElsewhere(written.schema)) return this.report('error', error);
    this.report('warning', `"${written.schema}"."${written.name}" is not in this script (schema "${written.schema}" is made elsewhere, by the platform or another tool): ${what} on it is not kept`);
  }

  /** Whether objects written in `schema` are made outside this script: it never creates the schema. */
  madeElsewhere(schema: string | undefined): schema is string {
    return !this.strictSchemas && schema !== undefined && (!this.schemaExists(schema) || this.schema.namespaces[schema]?.assumed === true);
  }

  /** An issue located at a statement other than the current one. */
  reportAt(s: SourceRange, severity: IssueSeverity, message: string): void {
    this.issues.push({
      line: s.line,
      column: s.column,
      endLine: s.endLine,
      endColumn: s.endColumn,
      severity,
      message,
      statementKind: this.statement.kind,
    });
  }

  /**
   * The identifier written at a parser location (the last part of a qualified name), when it is
   * longer than Postgres's 63 bytes: the parser hands over the truncated name only. Reports the
   * truncation as Postgres does (a NOTICE), as a warning.
   */
  truncatedIdentifierAt(location: number | undefined, truncated: string): string | undefined {
    if (location === undefined) return undefined;
    // Postgres cuts a long name at a character boundary within its 63 bytes, so a name the parser
    // truncated is at least 60 bytes long; a shorter one was written as it is.
    if (identifierBytes(truncated) < MAX_IDENTIFIER_BYTES - 3) return undefined;
    const text = this.statement.text;
    let i = this.indexAt(location);
    let written = '';
    for (;;) {
      const quoted = /^"((?:[^"]|"")*)"/.exec(text.slice(i));
      const plain = quoted ? undefined : /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/.exec(text.slice(i));
      if (!quoted && !plain) break;
      written = quoted ? quoted[1]!.replace(/""/g, '"') : plain![0].toLowerCase();
      i += (quoted ?? plain)![0].length;
      const dot = /^\s*\.\s*/.exec(text.slice(i));
      if (!dot) break;
      i += dot[0].length;
    }
    if (identifierBytes(written) <= MAX_IDENTIFIER_BYTES || !written.startsWith(truncated)) return undefined;
    this.report('warning', `identifier "${written}" will be truncated to "${truncated}" (Postgres keeps 63 bytes)`);
    return written;
  }

  /** Texts `parses` has decided, in this import (migrations re-create the same views). */
  private readonly parsed: { get(text: string): boolean | undefined; set(text: string, valid: boolean): void };

  /**
   * Whether a text is valid SQL to Postgres's parser. Asked of the fingerprinter first, which
   * runs the same parser but hands back 16 hex digits instead of a JSON tree; anything else it
   * says (it returns some errors as text) is settled by a full parse.
   */
  parses(text: string): boolean {
    let valid = this.parsed.get(text);
    if (valid === undefined) {
      valid = parsesAsSql(text);
      this.parsed.set(text, valid);
    }
    return valid;
  }

  /** The statement whose text `asciiOnly` describes. */
  private asciiChecked: string | undefined;
  private asciiOnly = false;

  /**
   * `utf8OffsetToIndex` in the current statement. In ASCII text (most statements) a byte offset
   * is the index itself, which saves a walk from the statement's start for every column.
   */
  private indexAt(byteOffset: number): number {
    const text = this.statement.text;
    if (this.asciiChecked !== text) {
      this.asciiChecked = text;
      // eslint-disable-next-line no-control-regex
      this.asciiOnly = /^[\x00-\x7f]*$/.test(text);
    }
    if (this.asciiOnly) return Math.max(0, Math.min(byteOffset, text.length));
    return utf8OffsetToIndex(text, byteOffset);
  }

  /** A copy of the current statement's range, for the objects it creates. */
  source(): SourceRange {
    return { ...this.statement.source };
  }

  /**
   * The schema a CREATE puts its object in: the one written, or the first existing one on the
   * search_path. A schema that does not exist is an error with `strictSchemas` (as in Postgres);
   * otherwise it is assumed to exist (assumeSchema), so that a migration folder whose CREATE
   * SCHEMA lives elsewhere reads as its author meant.
   */
  creationSchema(explicit?: string): string {
    if (explicit) {
      if (!this.schemaExists(explicit)) {
        if (this.strictSchemas) throw new StatementError(`schema "${explicit}" does not exist`);
        this.assumeSchema(explicit, 'is never created in this script');
      }
      return this.noteHidden(explicit);
    }
    const first = this.searchPath[0];
    if (!this.strictSchemas && first !== undefined && !this.schemaExists(first)) {
      // The author's environment has it (a migration folder's CREATE SCHEMA lives elsewhere).
      this.assumeSchema(first, 'is first on the search_path but never created in this script');
      return first;
    }
    for (const name of this.searchPath) if (this.schemaExists(name)) return this.noteHidden(name);
    throw new StatementError('no schema has been selected to create in');
  }

  /** The schema an unqualified name would be created in, without creating or assuming anything. */
  defaultSchema(): string {
    if (!this.strictSchemas && this.searchPath[0] !== undefined) return this.searchPath[0];
    return this.searchPath.find((name) => this.schemaExists(name)) ?? this.searchPath[0] ?? 'public';
  }

  schemaExists(name: string): boolean {
    return this.schema.namespaces[name] !== undefined || HIDDEN_SCHEMAS.has(name);
  }

  private noteHidden(schema: string): string {
    if (schema === TEMP_SCHEMA) this.tempInUse = true;
    else if (schema === 'pg_catalog' || schema === 'information_schema') {
      this.report('warning', `creating in ${schema} needs a superuser with allow_system_table_mods (a regular server refuses it); the object is left out of the model`);
    }
    return schema;
  }

  /** A schema the script uses but never creates, taken as existing (with one warning). */
  assumeSchema(name: string, why: string): void {
    if (this.schema.namespaces[name]) return;
    this.schema.namespaces[name] = { name, assumed: true };
    this.report(
      'warning',
      `schema "${name}" ${why}: assumed to exist (Postgres would refuse this statement; import with strict schemas to read it as Postgres does)`,
    );
  }

  /**
   * For a CREATE: the qualified name. For a reference to something that may not exist (a
   * foreign key's table), use `defaultSchema` instead, which never assumes.
   */
  qualify(name: { schema?: string; name: string }): QualifiedName {
    return { schema: this.creationSchema(name.schema), name: name.name };
  }

  /** The name of a relation a CREATE makes: `TEMP` ones go to pg_temp. */
  newRelationName(rv: { schemaname?: string; relname?: string; relpersistence?: string }): QualifiedName {
    const name = rv.relname ?? '';
    if (rv.relpersistence === 't') {
      if (rv.schemaname && rv.schemaname !== TEMP_SCHEMA) throw new StatementError('cannot create temporary relation in non-temporary schema');
      this.tempInUse = true;
      return { schema: TEMP_SCHEMA, name };
    }
    return this.qualify(rv.schemaname ? { schema: rv.schemaname, name } : { name });
  }

  /**
   * Resolves a possibly unqualified name as Postgres does: the temporary schema first (for
   * relations and types, unless the path lists pg_temp), then pg_catalog (unless listed), then
   * the search_path. A catalog relation's name stops the search there (it is not in the model).
   */
  private resolve<T>(name: { schema?: string; name: string }, find: (key: string) => T | undefined, relation = true): T | undefined {
    if (name.schema) return find(qualifiedKey(name.schema, name.name));
    if (this.tempInUse && !this.searchPath.includes(TEMP_SCHEMA)) {
      const temporary = find(qualifiedKey(TEMP_SCHEMA, name.name));
      if (temporary) return temporary;
    }
    const catalog = relation && name.name.startsWith('pg_') && isCatalogRelation(name.name);
    if (catalog && !this.searchPath.includes('pg_catalog')) {
      this.catalogHit = name.name;
      return undefined;
    }
    for (const schema of this.searchPath) {
      if (catalog && schema === 'pg_catalog') {
        this.catalogHit = name.name;
        return undefined;
      }
      const found = find(qualifiedKey(schema, name.name));
      if (found) return found;
    }
    return undefined;
  }

  findTable(name: { schema?: string; name: string }): Table | undefined {
    return this.resolve(name, (key) => this.schema.tables[key]);
  }

  findView(name: { schema?: string; name: string }): View | undefined {
    return this.resolve(name, (key) => this.schema.views[key]);
  }

  findSequence(name: { schema?: string; name: string }): Sequence | undefined {
    return this.resolve(name, (key) => this.schema.sequences[key]);
  }

  findType(name: { schema?: string; name: string }): UserType | undefined {
    return this.resolve(name, (key) => this.schema.types[key], false);
  }

  findRelation(name: { schema?: string; name: string }): Relation | undefined {
    return this.resolve<Relation>(name, (key) => {
      const table = this.schema.tables[key];
      if (table) return { kind: 'table', key, table };
      const view = this.schema.views[key];
      if (view) return { kind: 'view', key, view };
      const sequence = this.schema.sequences[key];
      if (sequence) return { kind: 'sequence', key, sequence };
      return undefined;
    });
  }

  /** Finds an index (or a constraint's index) by name, with the table or view that holds it. */
  findIndex(name: { schema?: string; name: string }): { owner: Table | View; index: Index } | undefined {
    const schemas = name.schema ? [name.schema] : this.tempInUse ? [TEMP_SCHEMA, ...this.searchPath] : this.searchPath;
    for (const schema of schemas) {
      const found = this.names.findIndex(schema, name.name);
      if (found) return found;
    }
    return undefined;
  }

  /** Routines by name, optionally narrowed by argument types (identity signature). */
  findRoutines(name: { schema?: string; name: string }, signature?: string): { key: string; routine: RoutineDef }[] {
    const schemas = name.schema ? [name.schema] : this.searchPath;
    for (const schema of schemas) {
      const prefix = `${qualifiedKey(schema, name.name)}(`;
      const matches = Object.entries(this.schema.routines)
        .filter(([key, r]) => key.startsWith(prefix) && (signature === undefined || r.signature === signature))
        .map(([key, routine]) => ({ key, routine }));
      if (matches.length > 0) return matches;
    }
    return [];
  }

  /**
   * Resolves a column or argument type: built-in names stay schema-less, a user type gets the
   * schema it was found in through search_path, an unknown type (an extension's, say) keeps the
   * schema it was written with.
   */
  typeRef(node: Node | Fields | undefined): TypeRef {
    // Accept the TypeName node wrapped (`{ TypeName: {...} }`) or as its fields.
    const fields = (node as Fields | undefined)?.TypeName ?? node;
    const columnType = this.columnTypeReference(fields as Fields | undefined);
    if (columnType) return columnType;
    const read = readTypeRef(fields as never);
    const ref: TypeRef = { name: read.name, modifiers: read.modifiers, arrayDims: read.arrayDims };
    const schema = this.typeSchema(read);
    if (schema) ref.schema = schema;
    return ref;
  }

  /** Like `typeRef`, also saying whether it was written `SETOF type` (function results). */
  typeRefWithSetof(node: Node | Fields | undefined): TypeRef & { setof: boolean } {
    const fields = (node as Fields | undefined)?.TypeName ?? node;
    const setof = Boolean((fields as Fields | undefined)?.setof);
    const columnType = this.columnTypeReference(fields as Fields | undefined);
    if (columnType) return { ...columnType, setof };
    const read = readTypeRef(fields as never);
    const ref: TypeRef & { setof: boolean } = { name: read.name, modifiers: read.modifiers, arrayDims: read.arrayDims, setof };
    const schema = this.typeSchema(read);
    if (schema) ref.schema = schema;
    return ref;
  }

  /** `table.column%TYPE`: the column's type, when the model knows the column (column-type-reference.ts). */
  private columnTypeReference(fields: Fields | undefined): TypeRef | undefined {
    return columnTypeReference(fields, (name) => {
      const relation = this.findRelation(name);
      return relation?.kind === 'table' ? relation.table.columns : relation?.kind === 'view' ? relation.view.columns : undefined;
    });
  }

  /**
   * The schema of a type as read: the written one; none for a built-in; for a user type (or a
   * table's or view's row type) the schema it is found in through search_path; none otherwise.
   */
  private typeSchema(read: TypeRef): string | undefined {
    if (read.schema) return read.schema;
    if (isBuiltinTypeName(read.name)) return undefined;
    const type = this.findType({ name: read.name });
    if (type) return type.schema;
    const relation = this.findRelation({ name: read.name });
    return relation?.kind === 'table' ? relation.table.schema : relation?.kind === 'view' ? relation.view.schema : undefined;
  }

  tableKey(table: QualifiedName): string {
    return keyOf(table);
  }

  /** Tables that inherit from `parent` or are its partitions, recursively. */
  descendants(parent: QualifiedName): Table[] {
    const result: Table[] = [];
    const queue = [parent];
    while (queue.length > 0) {
      const current = queue.shift()!;
      for (const table of this.names.childrenOf(current)) {
        result.push(table);
        queue.push(table);
      }
    }
    return result;
  }
}

const FINGERPRINT = /^[0-9a-f]{16}$/;

function parsesAsSql(text: string): boolean {
  // libpg-query refuses an empty query outright; the fingerprinter would not.
  if (text === '') return false;
  try {
    if (FINGERPRINT.test(fingerprintSync(text))) return true;
  } catch {
    // decided below
  }
  try {
    parseSync(text);
    return true;
  } catch {
    return false;
  }
}
