/**
 * Inheritance parents gained and lost by tables kept in both schemas (not partitions: those are
 * attached and detached, see partitions.ts). Postgres changes them in place: `INHERIT parent`
 * (the child must have the parent's columns, NOT NULLs and CHECKs already; they stay its own) and
 * `NO INHERIT parent` (what came from the parent becomes the child's own). So the child's
 * columns and CHECKs are compared whether inherited or not: a column it gets from a new parent
 * is added to it first, and one it keeps after leaving a parent is not added again.
 */
import type { SchemaChange } from '../changes/types';
import { keyOf } from '../model/names';
import type { QualifiedName, Schema } from '../model/types';

export interface InheritanceDiff {
  disinherits: SchemaChange[];
  inherits: SchemaChange[];
  /** Tables that gain or lose a parent. */
  moved: Set<string>;
}

export function diffInheritance(base: Schema, to: Schema, skip: (key: string) => boolean): InheritanceDiff {
  const result: InheritanceDiff = { disinherits: [], inherits: [], moved: new Set() };
  for (const [key, after] of Object.entries(to.tables)) {
    const before = base.tables[key];
    if (!before || skip(key) || before.partitionOf || after.partitionOf) continue;
    const table = { schema: after.schema, name: after.name };
    const has = (list: QualifiedName[], parent: QualifiedName) => list.some((p) => keyOf(p) === keyOf(parent));
    for (const parent of before.inherits) {
      if (has(after.inherits, parent)) continue;
      result.disinherits.push({ kind: 'disinherit-table', table, parent: { schema: parent.schema, name: parent.name } });
      result.moved.add(key);
    }
    for (const parent of after.inherits) {
      if (has(before.inherits, parent)) continue;
      result.inherits.push({ kind: 'inherit-table', table, parent: { schema: parent.schema, name: parent.name } });
      result.moved.add(key);
    }
  }
  return result;
}
