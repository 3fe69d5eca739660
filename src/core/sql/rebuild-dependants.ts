/**
 * What stands in the way of dropping a table that is rebuilt (rebuild-table.ts): views and
 * functions over it, foreign keys of other tables that reference it, and other tables' policies
 * that read it. They are dropped before the rebuild and created again, from the target, after.
 */
import { keyOf, sameName } from '../model/names';
import type { QualifiedName, Schema } from '../model/types';
import { type Dependant, dependantsOfRelation } from './dependencies';
import { expressionReferences, namesObject } from './references';

export function dependantsOfRebuild(schema: Schema, table: QualifiedName): Dependant[] {
  const out = dependantsOfRelation(schema, table);
  const owner = schema.tables[keyOf(table)];
  for (const other of Object.values(schema.tables)) {
    if (other === owner || (other.partitionOf && sameName(other.partitionOf.parent, table))) continue;
    const ref = { schema: other.schema, name: other.name };
    // A partition's clone of its parent's foreign key goes and comes back with the parent's.
    for (const fk of other.foreignKeys) if (!fk.partitionOf && sameName(fk.references, table)) out.push({ kind: 'constraint', table: ref, name: fk.name });
    for (const policy of other.policies) {
      const reads = [policy.using, policy.withCheck].some((e) => e !== undefined && (expressionReferences(e)?.relations.some((n) => namesObject(n, table)) ?? true));
      if (reads) out.push({ kind: 'policy', table: ref, name: policy.name });
    }
  }
  return out;
}
