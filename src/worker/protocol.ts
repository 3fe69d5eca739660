/** Messages between the UI and the import worker. Plain data only (structured clone). */
import type { SchemaSummary } from '../core/model';
import type { ImportResult } from '../core/parse';
import type { Diagnostic, RuleMeta } from '../core/rules';

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

export type WorkerReply = ImportResponse | ImportFailure;
