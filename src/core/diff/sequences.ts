/** A sequence kept by both schemas: its options (by effective value), owner column, logging, comment. */
import type { SchemaChange } from '../changes/types';
import type { Sequence, SequenceOptions } from '../model/types';
import { sameSequenceOptions } from '../sql/plan-sequences';
import { same } from './compare';
import { privilegeChange } from './privileges';
import { appendAll } from '../lib/arrays';

export function diffSequence(from: Sequence, to: Sequence): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const sequence = { schema: to.schema, name: to.name };
  const optionsChanged = !sameSequenceOptions(from.options, to.options);
  const ownerChanged = !same(from.ownedBy, to.ownedBy);
  if (optionsChanged || ownerChanged || from.unlogged !== to.unlogged) {
    const reset = (Object.keys(from.options) as (keyof SequenceOptions)[]).filter((k) => from.options[k] !== undefined && to.options[k] === undefined);
    changes.push({
      kind: 'alter-sequence',
      sequence,
      set: to.options,
      ...(reset.length > 0 ? { reset } : {}),
      ...(ownerChanged ? { ownedBy: to.ownedBy ?? null } : {}),
      ...(from.unlogged !== to.unlogged ? { unlogged: to.unlogged } : {}),
    });
  }
  if (from.comment !== to.comment) changes.push({ kind: 'set-comment', target: { kind: 'sequence', ...sequence }, comment: to.comment ?? null });
  appendAll(changes, privilegeChange({ kind: 'sequence', ...sequence }, 'sequence', from.privileges, to.privileges));
  return changes;
}
