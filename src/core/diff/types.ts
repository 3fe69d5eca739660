/** Enum changes Postgres can make in place: new labels (anywhere), renamed labels. */
import type { SchemaChange } from '../changes/types';
import type { EnumType } from '../model/types';

/**
 * Labels can be added at any position and renamed, but never removed or reordered in place; for
 * those the type is replaced (undefined here, and the caller drops and re-creates it).
 */
export function diffEnum(from: EnumType, to: EnumType): SchemaChange[] | undefined {
  const type = { schema: to.schema, name: to.name };
  const kept = to.values.filter((v) => from.values.includes(v));
  const removed = from.values.filter((v) => !to.values.includes(v));
  if (removed.length > 0) return undefined;
  // The surviving labels must keep their relative order.
  if (kept.join('\u0000') !== from.values.join('\u0000')) return undefined;
  const changes: SchemaChange[] = [];
  to.values.forEach((value, i) => {
    if (from.values.includes(value)) return;
    const after = to.values.slice(0, i).reverse().find((v) => from.values.includes(v) || changes.some((c) => c.kind === 'add-enum-value' && c.value === v));
    changes.push(after !== undefined ? { kind: 'add-enum-value', type, value, after } : { kind: 'add-enum-value', type, value, before: to.values[i + 1] ?? undefined });
  });
  if (from.comment !== to.comment) changes.push({ kind: 'set-comment', target: { kind: 'type', schema: to.schema, name: to.name }, comment: to.comment ?? null });
  return changes;
}
