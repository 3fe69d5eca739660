/**
 * Reads a SQL script into the schema model: the state of a database after running the script in
 * order, statement by statement, as psql would. Never throws: a statement that does not parse
 * becomes an error-level ParseIssue and the import goes on with the next one.
 */
// Renames in design edits are followed into stored SQL through this parser (changes/sql-renamer.ts).
import type { SchemaChange } from '../changes/types';
import { appendAll } from '../lib/arrays';
import './rename-sql-renamer';
import { loadModule } from 'libpg-query';
import { emptySchema } from '../model/empty';
import type { Schema, SourceRange } from '../model/types';
import { nodeKind, setDeparseMemo, unwrap } from './ast';
import { ImportContext, StatementError } from './context';
import { scriptUndoes } from './transactions';
import { refusedInTransaction } from './statements/transaction';
import { applyAsRole } from './statements/owned';
import type { ParseIssue } from './issues';
import type { DynamicSqlNote } from './statements/dynamic-sql';
import { createLineIndex, type LineIndex } from './line-index';
import { type RawStatement, splitStatements, type Unterminated } from './split';
import { applyStatement } from './statements';
import { finishImport } from './finish';
import { MAX_DEPTH, treeDepth } from './tree-depth';
import { noteLongIdentifiers } from './written-names';
import { ParseCache, parseStatement, type ParsedStatement, type SqlErrorLike } from './parse-cache';
import { LastGoodVersions, type StaleStatement } from './last-good';
import { replayLastGood } from './replay-last-good';
import { readUpPart, type UnreadPart } from './up-part';

export interface ImportOptions {
  /** Statements to leave out (the corpus test leaves out what Postgres itself rejected). */
  exclude?: (statement: RawStatement, index: number) => boolean;
  /** Start from an existing model instead of an empty database. */
  baseline?: Schema;
  /**
   * Parse trees of an earlier import of a similar text (an editor's previous version): unchanged
   * statements are not parsed again. See parse-cache.ts; `createImporter` keeps one for you.
   */
  cache?: ParseCache;
  /**
   * The last good version of each statement of the earlier imports of this text (an editor's):
   * a statement that does not parse keeps its last good objects in the model (last-good.ts).
   * `createImporter({ keepLastGood: true })` keeps one for you.
   */
  lastGood?: LastGoodVersions;
  /** Told how many statements were read, of how many, every few hundred (a big dump takes seconds). */
  onProgress?: (done: number, total: number) => void;
  /**
   * Read schemas as Postgres does: a CREATE in a schema that does not exist (written, or the only
   * ones on the search_path) is an error. Off by default: such a schema is assumed to exist, with
   * one warning per schema, so that a migration folder whose CREATE SCHEMA lives elsewhere reads
   * as its author meant.
   */
  strictSchemas?: boolean;
}

/** Statements between two `onProgress` calls. */
const PROGRESS_EVERY = 200;

export interface ImportStats {
  /** Statements found by the splitter. */
  statements: number;
  /** Statements that failed to parse. */
  syntaxErrors: number;
  /** psql meta-commands and COPY data blocks skipped. */
  skippedBlocks: number;
  /** How many statements of each node type were read. */
  byKind: Record<string, number>;
}

/** Where an import's time went, in milliseconds (with a cache, parse counts the statements parsed). */
export interface ImportTimings {
  split: number;
  parse: number;
  /** Building the model from the trees (statement handlers and the final pass). */
  build: number;
  /** Statements parsed, and taken from the cache (0 without one). */
  parsed: number;
  reused: number;
}

export interface ImportResult {
  schema: Schema;
  issues: ParseIssue[];
  stats: ImportStats;
  timings?: ImportTimings;
  /**
   * With `lastGood`: the statements that do not parse whose last good version is kept in
   * `schema`, and what it keeps (absent when there is none).
   */
  stale?: StaleStatement[];
  /**
   * SQL the script builds and runs itself (EXECUTE in DO blocks and in functions it calls):
   * what was followed into the model, and what could not be, each at the statement that ran it.
   * The model's `dynamicSql` sites are what rules read (the calls and blocks not fully followed).
   */
  followedCode: { followed: DynamicSqlNote[]; unfollowed: DynamicSqlNote[] };
  /** The renames the script makes, in order, as design edits (see ImportContext.renames). */
  renames: SchemaChange[];
  /**
   * The parts of a goose, sql-migrate or dbmate file that are not read (its Down part, text
   * before its Up marker: up-part.ts), for an editor to grey out; absent when there are none.
   */
  unread?: UnreadPart[];
}

let parserReady = false;

/** Loads the PostgreSQL parser (WebAssembly). Call once before `importSql`. */
export async function initParser(): Promise<void> {
  if (parserReady) return;
  await loadModule();
  parserReady = true;
}

export async function importSqlAsync(text: string, options: ImportOptions = {}): Promise<ImportResult> {
  await initParser();
  return importSql(text, options);
}

function rangeOf(lines: LineIndex, start: number, end: number): SourceRange {
  const from = lines.position(start);
  const to = lines.position(Math.max(start, end));
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column, offset: start, length: end - start };
}

/**
 * The parser's own failures in words: on a tree tens of thousands of levels deep, turning
 * libpg-query's result into objects runs out of stack before any depth check can run.
 */
function readableParserFailure(message: string | undefined): string | undefined {
  if (message !== undefined && /Maximum call stack size exceeded/.test(message)) {
    return `expression nested more than ${MAX_DEPTH.toLocaleString('en-US')} levels deep (too deep for the parser to hand over): Schemawise does not read this statement`;
  }
  return message;
}

/**
 * The first error inside a transaction block: Postgres aborts the block there, so the statements
 * after it fail too until ROLLBACK, and COMMIT rolls back. The model goes on as if only the failed
 * statement was skipped (psql's ON_ERROR_ROLLBACK), which is said once per block.
 */
function noteErrorInTransaction(ctx: ImportContext, issuesBefore: number): void {
  if (ctx.transactions.errorNoted) return;
  if (!ctx.issues.slice(issuesBefore).some((issue) => issue.severity === 'error')) return;
  ctx.transactions.errorNoted = true;
  const begun = ctx.transactions.begunAt!;
  ctx.report('info', `In Postgres this error aborts the transaction begun on line ${begun.line}: the statements after it fail until its end, and COMMIT rolls it back. The model only skips the failed statement.`);
}

export function importSql(source: string, options: ImportOptions = {}): ImportResult {
  if (!parserReady) throw new Error('importSql: call `await initParser()` first (the parser is WebAssembly)');
  const clock = (): number => globalThis.performance?.now() ?? Date.now();
  const started = clock();
  const schema = options.baseline ? structuredClone(options.baseline) : emptySchema();
  const lines = createLineIndex(source);
  // A goose, sql-migrate or dbmate file: its Up part alone (the rest blanked, positions kept).
  const upPart = readUpPart(source, lines);
  const text = upPart.text;
  const cache = options.cache;
  const { statements, skipped, unterminated } = cache ? cache.split(text) : splitStatements(text);
  const ctx = new ImportContext(schema, lines, options.cache?.validSql, {
    strictSchemas: options.strictSchemas,
    undoes: scriptUndoes(statements),
  });
  appendAll(ctx.issues, upPart.notes);
  const stats: ImportStats = { statements: statements.length, syntaxErrors: 0, skippedBlocks: skipped.length, byKind: {} };
  const split = clock() - started;
  let parseMs = 0;
  let parsedCount = 0;

  const parse = (statementText: string): ParsedStatement => {
    if (cache) return cache.parse(statementText);
    const t0 = clock();
    const result = parseStatement(statementText);
    parseMs += clock() - t0;
    parsedCount++;
    return result;
  };

  const lastGood = options.lastGood;
  lastGood?.begin(text, statements);
  const stale: StaleStatement[] = [];

  /** A statement that does not parse: the last good versions it maps to keep their objects. */
  const standIn = (statement: RawStatement): void => {
    const standIns = lastGood?.failed(statement) ?? [];
    if (standIns.length === 0) return;
    const objects = replayLastGood(ctx, standIns);
    if (objects.length > 0) stale.push({ line: ctx.statement.source.line, objects });
  };

  const run = (statement: RawStatement, allowRecovery: boolean): void => {
    ctx.beginStatement({ kind: '', source: rangeOf(lines, statement.start, statement.end), text: statement.text });
    const { stmts: parsed, error } = parse(statement.text);
    if (!parsed) {
      if (allowRecovery && statement.nestedSemicolon) {
        // psql keeps `;` inside unbalanced parentheses in one statement, so one missing `)`
        // would swallow the rest of the file; read the pieces separately instead.
        for (const piece of splitStatements(statement.text, { trackParentheses: false }).statements) {
          run({ ...piece, start: statement.start + piece.start, end: statement.start + piece.end }, false);
        }
        return;
      }
      reportSyntaxError(statement, error);
      standIn(statement);
      return;
    }
    lastGood?.parsed(statement, parsed);
    noteLongIdentifiers(statement.text, ctx.longIdentifiers);
    for (const raw of parsed) {
      const kind = nodeKind(raw.stmt) ?? 'unknown';
      stats.byKind[kind] = (stats.byKind[kind] ?? 0) + 1;
      ctx.statement = { ...ctx.statement, kind };
      // A tree gains at most about 1.5 levels per character of text (`f(f(f(...`): only a long
      // statement can nest deeper than MAX_DEPTH, and only long ones are measured.
      if (statement.text.length * 2 > MAX_DEPTH) {
        const nesting = treeDepth(raw.stmt, MAX_DEPTH);
        if (nesting.depth > MAX_DEPTH) {
          reportTooDeep(nesting.location);
          continue;
        }
      }
      const issuesBefore = ctx.issues.length;
      const fields = unwrap(raw.stmt) ?? {};
      try {
        const refused = ctx.transactions.active ? refusedInTransaction(kind, fields) : undefined;
        if (refused) throw new StatementError(`${refused} cannot run inside a transaction block`);
        if (ctx.currentRole) applyAsRole(ctx, ctx.currentRole, () => applyStatement(ctx, kind, fields));
        else applyStatement(ctx, kind, fields);
      } catch (error) {
        if (error instanceof StatementError) ctx.report('error', error.message);
        else ctx.report('error', `Schemawise could not apply this ${kind}: ${(error as Error).message}`);
      }
      if (ctx.transactions.active) noteErrorInTransaction(ctx, issuesBefore);
    }
  };

  /** A statement nested deeper than MAX_DEPTH: refused where the nesting runs deep (tree-depth.ts). */
  const reportTooDeep = (location: number | undefined): void => {
    stats.syntaxErrors++;
    const at = ctx.sourceAt(location);
    ctx.issues.push({
      line: at.line,
      column: at.column,
      endLine: at.endLine,
      endColumn: at.endColumn,
      severity: 'error',
      message: `expression nested more than ${MAX_DEPTH.toLocaleString('en-US')} levels deep: Schemawise does not read this statement (rewrite the deep CASE, parentheses or operator chain)`,
      statementKind: ctx.statement.kind,
    });
  };

  const reportSyntaxError = (statement: RawStatement, error: SqlErrorLike): void => {
    stats.syntaxErrors++;
    // libpg-query reports the error token as a 0-based character index into the statement.
    const cursor = error.sqlDetails?.cursorPosition ?? 0;
    const offset = statement.start + Math.min(Math.max(cursor, 0), statement.text.length);
    const at = lines.position(offset);
    const end = lines.position(statement.end);
    ctx.issues.push({
      line: at.line,
      column: at.column,
      endLine: end.line,
      endColumn: end.column,
      severity: 'error',
      message: error.sqlDetails?.message ?? readableParserFailure(error.message) ?? String(error),
    });
  };

  // The statement an unterminated comment or quote belongs to is not applied: Postgres would
  // reject it whole. Its issue says where the construct opened, not where the parser gave up.
  const openStatement = unterminated?.inStatement ? statements.length - 1 : -1;
  const reportUnterminated = (open: Unterminated): void => {
    stats.syntaxErrors++;
    const at = lines.position(open.start);
    const end = lines.position(text.length);
    const opening = open.kind === 'comment' ? '/* comment' : open.kind;
    ctx.issues.push({
      line: at.line,
      column: at.column,
      endLine: end.line,
      endColumn: end.column,
      severity: 'error',
      message: `unterminated ${opening}: it runs to the end of the file, so nothing after line ${at.line}, column ${at.column} was read (Postgres rejects the file)`,
      truncates: true,
    });
  };

  setDeparseMemo(cache?.deparsed);
  try {
    const progress = options.onProgress;
    statements.forEach((statement, index) => {
      if (progress && index % PROGRESS_EVERY === 0) progress(index, statements.length);
      if (options.exclude?.(statement, index)) return;
      if (index === openStatement) {
        // Not applied (Postgres rejects it whole); while it is being typed, its last good
        // version, and those of the statements it swallowed, stand in for it.
        ctx.beginStatement({ kind: '', source: rangeOf(lines, statement.start, statement.end), text: statement.text });
        standIn(statement);
        return;
      }
      run(statement, true);
    });
    progress?.(statements.length, statements.length);
    if (unterminated) reportUnterminated(unterminated);
    const open = ctx.transactions.begunAt;
    if (open) {
      ctx.reportAt(open, 'warning', 'This transaction is never committed: Postgres rolls it back when the session ends. The model keeps its changes, as if it were committed.');
    }
    finishImport(ctx);
  } finally {
    setDeparseMemo(undefined);
  }
  if (cache) parseMs = cache.parseMs;
  const timings: ImportTimings = {
    split,
    parse: parseMs,
    build: clock() - started - split - parseMs,
    parsed: cache ? cache.parsed : parsedCount,
    reused: cache ? cache.reused : 0,
  };
  cache?.commit();
  lastGood?.commit(text);
  return { schema, issues: ctx.issues, stats, timings, followedCode: ctx.followedCode, renames: ctx.renames, ...(stale.length > 0 ? { stale } : {}), ...(upPart.unread.length > 0 ? { unread: upPart.unread } : {}) };
}

export interface Importer {
  import(text: string, options?: Omit<ImportOptions, 'cache' | 'lastGood'>): ImportResult;
  /** Another document: no statement of the texts before stands in for one of the next (keepLastGood). */
  forget(): void;
}

/**
 * An importer for a text being edited: each import reuses the parse trees of the previous one's
 * unchanged statements (parse-cache.ts). The result equals `importSql(text)`; with
 * `keepLastGood`, a statement that stops parsing keeps its last good objects (last-good.ts).
 */
export function createImporter(options: { keepLastGood?: boolean } = {}): Importer {
  const cache = new ParseCache();
  const lastGood = options.keepLastGood ? new LastGoodVersions() : undefined;
  return {
    import: (text, importOptions = {}) => importSql(text, { ...importOptions, cache, ...(lastGood ? { lastGood } : {}) }),
    forget: () => lastGood?.forget(),
  };
}
