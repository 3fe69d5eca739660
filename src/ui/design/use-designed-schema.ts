/**
 * The schema as designed, as of the last edit: the worker's latest target with the edits made
 * since it applied here (target.ts). The worker answers a moment after an edit (a second on a
 * big schema); a control that showed the derived schema alone would snap back to its old value
 * meanwhile (a checkbox unticks itself, a select shows the old action) and then jump forward.
 */
import { useMemo } from 'react';
import type { Schema } from '../../core/model';
import { useApp } from '../store';
import { designedSince } from './target';

export function useDesignedSchema(derived: Schema): Schema {
  const edits = useApp((s) => s.document.edits);
  const documentKey = useApp((s) => s.documentKey);
  // Read at call time: the memo follows what decides the answer (the derivation, the edits).
  return useMemo(() => designedSince(derived, useApp.getState().document), [derived, edits, documentKey]);
}
