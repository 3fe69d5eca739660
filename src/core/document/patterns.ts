/**
 * How the document's pattern applications reach the schema: src/core/patterns' applyPatterns,
 * with its results in the words the UI shows. The document stores pattern ids as plain strings
 * (a saved document may name a pattern this build does not know): those are reported, not applied.
 */
import type { SchemaChange } from '../changes/types';
import type { Schema } from '../model/types';
import { allowsDestructive, applyPatterns } from '../patterns/apply';
import type { PatternApplication as CorePatternApplication } from '../patterns/types';
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
  /** A pattern's parameter asks for a step that loses data (the user chose it there). */
  allowsDestructive: boolean;
}

export function applyDocumentPatterns(schema: Schema, applications: readonly PatternApplication[]): AppliedPatterns {
  // Unknown ids are checked by applyPatterns itself and come back as declined results.
  const core = applications as readonly CorePatternApplication[];
  const applied = applyPatterns(schema, core);
  return {
    schema: applied.schema,
    changes: applied.changes,
    results: applied.results.map((r, index) => ({
      application: applications[index]!,
      status: r.ok ? 'applied' : r.reason?.startsWith('unknown pattern') ? 'unavailable' : 'error',
      ...(r.ok ? {} : { message: r.reason }),
    })),
    allowsDestructive: allowsDestructive(core),
  };
}
