/** Messages between the UI and the import worker. Plain data only (structured clone). */
import type { DerivedDocument, SchemawiseDocument } from '../core/document';
import type { Schema, SchemaSummary } from '../core/model';
import type { ImportResult } from '../core/parse';
import type { Diagnostic, RuleMeta } from '../core/rules';
import type { VerifyInput, VerifyResult } from '../core/verify';

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
export type DeriveInput = Omit<SchemawiseDocument, 'layout'>;

/** The whole derivation of a document (src/core/document deriveDocument), off the main thread. */
export interface DeriveRequest {
  type: 'derive';
  id: number;
  document: DeriveInput;
  allowDestructive: boolean;
}

export interface DeriveResponse extends Omit<DerivedDocument, 'baseline' | 'changes'> {
  type: 'derived';
  id: number;
  /** Parse issues and statistics of the source. */
  issues: ImportResult['issues'];
  stats: ImportResult['stats'];
  /** Counts of the target schema (what the canvas draws). */
  summary: SchemaSummary;
  target: Schema;
  rules: Record<string, RuleInfo>;
  /** Import time in the worker (of the last import, reused while the source does not change). */
  elapsedMs: number;
  /** Lint, diff, plan and printing. */
  deriveMs: number;
  lintMs: number;
  /** How many changes the differ found (the plan shows them as statements). */
  changeCount: number;
}

export type WorkerRequest = ImportRequest | DeriveRequest;

export type WorkerReply = ImportResponse | ImportFailure | DeriveResponse;

/** Messages of the verify worker (PGlite, loaded only when the user asks for a verification). */
export interface VerifyRequest {
  type: 'verify';
  id: number;
  input: VerifyInput;
}

export type VerifyReply =
  | { type: 'verified'; id: number; result: VerifyResult; elapsedMs: number }
  | { type: 'verify-failed'; id: number; message: string };
