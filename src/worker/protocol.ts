/** Messages between the UI and the import worker. Plain data only (structured clone). */
import type { SchemaSummary } from '../core/model';
import type { ImportResult } from '../core/parse';

export interface ImportRequest {
  type: 'import';
  id: number;
  sql: string;
}

export interface ImportResponse extends ImportResult {
  type: 'imported';
  id: number;
  summary: SchemaSummary;
  /** Wall time of the import inside the worker, in milliseconds. */
  elapsedMs: number;
}

export interface ImportFailure {
  type: 'failed';
  id: number;
  message: string;
}

export type WorkerReply = ImportResponse | ImportFailure;
