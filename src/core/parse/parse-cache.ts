/**
 * libpg-query's parse of each statement, remembered between imports of a text that is being
 * edited: a keystroke changes one statement, so the next import parses that one and takes the
 * others' trees from here. Parsing is most of an import's time; building the model is not
 * cached, because a statement's effect depends on everything before it (search_path, an ALTER
 * of an earlier table, a DROP), so the model is always rebuilt from the trees, in order.
 *
 * Invariants:
 * - the key is the statement's exact text: the parse tree is a function of the text alone
 *   (locations in it are offsets into the statement, not into the file);
 * - the trees are never changed by the import (statement handlers read them and build new model
 *   objects; test/core/parse/incremental-import.test.ts freezes them to hold this);
 * - only the statements of the last import are kept (`commit`), so the cache holds one text's
 *   worth of trees, however long the editing session;
 * - what is derived from a tree alone (its expressions' deparsed text) is kept with it, keyed by
 *   the tree's nodes; what is derived from the model (anything that looks up a name) never is.
 */
import { parseSync } from 'libpg-query';
import type { RawStmt } from '@pgsql/types';
import type { SplitResult } from './split';
import { type PreviousSplit, splitIncrementally } from './split-incremental';

export interface SqlErrorLike {
  message?: string;
  sqlDetails?: { message?: string; cursorPosition?: number };
}

/** A statement's parse: its trees, or the parser's error (a syntax error is cached too). */
export type ParsedStatement = { stmts: RawStmt[]; error?: undefined } | { stmts?: undefined; error: SqlErrorLike };

/** Parses one statement's text; a syntax error is returned, not thrown. */
export function parseStatement(text: string): ParsedStatement {
  try {
    return { stmts: parseSync(text).stmts ?? [] };
  } catch (error) {
    const { message, sqlDetails } = error as SqlErrorLike;
    // Keep plain data only: the error object itself holds the WebAssembly module's state.
    return { error: { message: message ?? String(error), ...(sqlDetails ? { sqlDetails: { message: sqlDetails.message, cursorPosition: sqlDetails.cursorPosition } } : {}) } };
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** A map that keeps what the last import used (`get` or `set`) and forgets the rest at `commit`. */
export class Generations<V> {
  private previous = new Map<string, V>();
  private current = new Map<string, V>();

  get(key: string): V | undefined {
    let value = this.current.get(key);
    if (value === undefined) {
      value = this.previous.get(key);
      if (value !== undefined) this.current.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.current.set(key, value);
  }

  commit(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

export class ParseCache {
  private readonly trees = new Generations<ParsedStatement>();
  /** Deparsed text of the trees' nodes (ast.ts deparseNode): a tree's nodes never change. */
  readonly deparsed = new WeakMap<object, string>();
  /** Whether a text parses (ImportContext.parses: deparsed view queries), by text. */
  readonly validSql = new Generations<boolean>();
  /** The last text split, to split the next one around its edit only. */
  private lastSplit: PreviousSplit | undefined;
  /** Statements parsed / taken from the cache since the last `commit`. */
  parsed = 0;
  reused = 0;
  /** Milliseconds spent parsing since the last `commit`. */
  parseMs = 0;

  /** `freeze`: deep-freeze every tree, so that a handler writing into one throws (tests). */
  constructor(private readonly options: { freeze?: boolean } = {}) {}

  parse(text: string): ParsedStatement {
    let result = this.trees.get(text);
    if (result) {
      this.reused++;
    } else {
      const started = globalThis.performance?.now() ?? Date.now();
      result = parseStatement(text);
      this.parseMs += (globalThis.performance?.now() ?? Date.now()) - started;
      if (this.options.freeze) deepFreeze(result);
      this.trees.set(text, result);
      this.parsed++;
    }
    return result;
  }

  /** `splitStatements(text)`, re-reading only what changed since the last text split. */
  split(text: string): SplitResult {
    const result = splitIncrementally(text, this.lastSplit);
    this.lastSplit = { text, result };
    return result;
  }

  /** Ends an import: the statements it read are the ones kept for the next. */
  commit(): void {
    this.trees.commit();
    this.validSql.commit();
    this.parsed = 0;
    this.reused = 0;
    this.parseMs = 0;
  }
}
