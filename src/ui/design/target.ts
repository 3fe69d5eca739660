/**
 * The schema as designed, for commands that need it (a new name must be free, a dropped column
 * takes its keys along). The worker derives the target; between a command and the worker's reply
 * the edits made since are applied here on top of its last target, so two quick edits in a row
 * (create a table, then paste) never work from a stale schema.
 */
import { applyChanges, type SchemaChange } from '../../core/changes';
import type { SchemawiseDocument } from '../../core/document';
import { emptySchema, type Schema } from '../../core/model';
// A cycle on purpose (the store's commands plan with this module), read only at call time.
import { useApp } from '../store';

interface Derived {
  target: Schema;
  /** The edits the target was derived from. */
  edits: readonly SchemaChange[];
  /** The document it was derived from (store-document.ts documentKey): another one's is not used. */
  documentKey?: number;
}

let derived: Derived | undefined;

/** The worker's latest target and the edits it reflects (use-derived.ts calls this). */
export function setDerivedTarget(target: Schema, edits: readonly SchemaChange[], documentKey?: number): void {
  derived = { target, edits, documentKey };
}

/** The target of `doc`: the derived one, with the edits made since it was derived applied. */
export function currentTarget(doc: SchemawiseDocument): Schema {
  // Nothing derived yet for this document (its first derivation is still running): the edits alone.
  if (!derived || (derived.documentKey !== undefined && derived.documentKey !== useApp.getState().documentKey)) return applyLenient(emptySchema(), doc.edits);
  const { target, edits } = derived;
  if (edits === doc.edits) return target;
  const prefix = edits.length <= doc.edits.length && edits.every((change, i) => change === doc.edits[i]);
  return prefix ? applyLenient(target, doc.edits.slice(edits.length)) : target;
}

/**
 * `shown` (a derived target a panel renders) with the edits made since it was derived; a schema
 * that is not the latest derivation (none yet, a failed one shown as empty) is returned as it is.
 */
export function designedSince(shown: Schema, doc: SchemawiseDocument): Schema {
  return derived?.target === shown ? currentTarget(doc) : shown;
}

/** Edits one by one, skipping one that does not apply (as the derivation does). */
function applyLenient(schema: Schema, changes: readonly SchemaChange[]): Schema {
  let out = schema;
  for (const change of changes) {
    try {
      out = applyChanges(out, [change]);
    } catch {
      // The derivation reports it; here it just does not count.
    }
  }
  return out;
}
