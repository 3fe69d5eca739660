/** Messages between the UI and the import worker. Plain data only (structured clone). */
import type { DerivedDocument, SchemawiseDocument } from '../core/document';
import type { Schema, SchemaSummary } from '../core/model';
import type { ImportResult } from '../core/parse';
import type { Diagnostic, RuleMeta } from '../core/rules';
import type { Applicability, Pattern } from '../core/patterns/types';
import type { QualifiedName } from '../core/model';
import type { VerifyInput, VerifyProgress, VerifyResult } from '../core/verify';
import type { TargetPatch } from './target-patch';

export interface ImportRequest {
  type: 'import';
  id: number;
  sql: string;
}

/** What the Problems panel shows about a rule next to its findings. */
export type RuleInfo = Pick<RuleMeta, 'id' | 'description' | 'category' | 'pattern'>;

export interface ImportResponse extends ImportResult {
  type: 'imported';
  id: number;
  summary: SchemaSummary;
  /** The linter's findings on the imported schema, in source order. */
  diagnostics: Diagnostic[];
  /** The rules that reported something, by id (ids such as `unused-ignore` have no entry). */
  rules: Record<string, RuleInfo>;
  /** Set when the linter failed; the import itself is still good. */
  lintError?: string;
  /** Wall time of the import inside the worker, in milliseconds. */
  elapsedMs: number;
  /** Wall time of the lint run, in milliseconds. */
  lintMs: number;
}

export interface ImportFailure {
  type: 'failed';
  id: number;
  message: string;
}

/** The document without its canvas layout (the derivation never reads positions). */
export type DeriveInput = Omit<SchemawiseDocument, 'layout' | 'pinned' | 'groups' | 'notes'>;

/** The whole derivation of a document (src/core/document deriveDocument), off the main thread. */
export interface DeriveRequest {
  type: 'derive';
  id: number;
  document: DeriveInput;
  allowDestructive: boolean;
  /**
   * Which document this is (the store's documentKey): while it stays the same, a statement that
   * stops parsing keeps its last good objects (src/core/parse/last-good.ts); another forgets them.
   */
  documentKey?: number;
  /** The state of the target the UI holds (target-patch.ts); the reply patches it. */
  targetBase?: number;
}

export interface DeriveResponse extends Omit<DerivedDocument, 'baseline' | 'changes'> {
  type: 'derived';
  id: number;
  /** Parse issues and statistics of the source. */
  issues: ImportResult['issues'];
  stats: ImportResult['stats'];
  /** Statements that do not parse whose last good objects are kept (marked stale on the canvas). */
  stale?: ImportResult['stale'];
  /** The unread parts of a goose, sql-migrate or dbmate file (greyed out in the editor). */
  unread?: ImportResult['unread'];
  /** Counts of the target schema (what the canvas draws). */
  summary: SchemaSummary;
  target: Schema;
  rules: Record<string, RuleInfo>;
  /** Import time in the worker (of the last import, reused while the source does not change). */
  elapsedMs: number;
  /** Where that import's time went (split, parse, model), and how many statements it re-parsed. */
  importTimings?: ImportResult['timings'];
  /** Lint, diff, plan and printing. */
  deriveMs: number;
  lintMs: number;
  /** How many changes the differ found (the plan shows them as statements). */
  changeCount: number;
}

/**
 * Which patterns can be turned on for a table (or the schema), asked of the worker because a
 * pattern's appliesTo may read expressions with the parser, which lives there. Answered on the
 * schema of the last derivation.
 */
export interface PatternOptionsRequest {
  type: 'pattern-options';
  id: number;
  target?: QualifiedName;
}

/** A pattern as the UI shows it: what it is and its parameters (no functions: structured clone). */
export type PatternInfo = Pick<Pattern<object>, 'id' | 'title' | 'description' | 'scope' | 'params' | 'defaultParams'>;

export interface PatternOptionsResponse {
  type: 'pattern-options';
  id: number;
  target?: QualifiedName;
  /** The patterns of the target's scope, in catalogue order. */
  patterns: PatternInfo[];
  /** Whether each could be turned on now, and why not (patterns already on are not asked). */
  applicability: Record<string, Applicability>;
}

export type WorkerRequest = ImportRequest | DeriveRequest | PatternOptionsRequest;

/**
 * A DeriveResponse as the worker posts it: the target as a patch on the UI's last one
 * (target-patch.ts), and without the target DDL, which follows in a `printed` message so that
 * the findings do not wait for the printer. src/ui/document/derive-client.ts puts them together.
 */
export interface DerivedMessage extends Omit<DeriveResponse, 'target' | 'targetDdl'> {
  targetPatch: TargetPatch;
}

/** The target DDL of derivation `id`, posted right after its DerivedMessage. */
export interface PrintedMessage {
  type: 'printed';
  id: number;
  targetDdl: string;
  printMs: number;
}

/**
 * How far derivation `id` is, posted while it runs (a big source takes seconds): statements
 * imported of how many, then the linter, the migration planner and the printer (done = total = 0).
 */
export interface DeriveProgress {
  phase: 'import' | 'lint' | 'plan' | 'print';
  done: number;
  total: number;
}

export interface ProgressMessage extends DeriveProgress {
  type: 'progress';
  id: number;
}

export type WorkerReply = ImportResponse | ImportFailure | DerivedMessage | PrintedMessage | PatternOptionsResponse | ProgressMessage;

/** Messages of the verify worker (PGlite, loaded only when the user asks for a verification). */
export interface VerifyRequest {
  type: 'verify';
  id: number;
  input: VerifyInput;
}

/**
 * Gets Postgres ready for a verification of migrations on this baseline (the pointer is on the
 * Verify button): started, the baseline run, a copy made. Nothing is answered.
 */
export interface VerifyPrepareRequest {
  type: 'prepare';
  baselineSql: string;
  /** Every script of the coming verification (the extensions they create are loaded). */
  scripts: string[];
}

export type VerifyWorkerRequest = VerifyRequest | VerifyPrepareRequest;

export type VerifyReply =
  | { type: 'verify-progress'; id: number; progress: VerifyProgress }
  | { type: 'verified'; id: number; result: VerifyResult; elapsedMs: number }
  | { type: 'verify-failed'; id: number; message: string };
