/**
 * SEAM (pattern core): how the document's pattern applications reach the schema.
 *
 * The pattern core (src/core/patterns, `applyPatterns(schema, applications) -> {schema, changes,
 * results}`) is being written alongside this module. Until src/core/patterns/apply.ts exists this
 * is the identity: the schema comes back unchanged and every application is reported as not yet
 * available. When it lands, replace the body of `applyDocumentPatterns` with a call to
 * `applyPatterns` (and map its `results` onto `PatternOutcome`); nothing else in the document
 * pipeline, the worker or the UI needs to change.
 */
import type { SchemaChange } from '../changes/types';
import type { Schema } from '../model/types';
import type { PatternApplication } from './types';

export interface PatternOutcome {
  application: PatternApplication;
  status: 'applied' | 'unavailable' | 'error';
  message?: string;
}

export interface AppliedPatterns {
  schema: Schema;
  /** Every change the patterns made, data migrations (backfills) included. */
  changes: SchemaChange[];
  results: PatternOutcome[];
}

export function applyDocumentPatterns(schema: Schema, applications: readonly PatternApplication[]): AppliedPatterns {
  // SEAM: return applyPatterns(schema, applications) once src/core/patterns/apply.ts exists.
  return {
    schema,
    changes: [],
    results: applications.map((application) => ({ application, status: 'unavailable', message: 'Design patterns are not available in this build yet.' })),
  };
}
