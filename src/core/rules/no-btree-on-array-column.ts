import { keyOf } from '../model/names';
import type { Schema, TypeRef } from '../model/types';
import { withoutSource } from './fixes';
import { columnsNamed } from './heuristics';
import { defineRule } from './types';

/** An array type, directly or through a domain. */
function isArray(type: TypeRef, schema: Schema): boolean {
  if (type.arrayDims > 0) return true;
  const user = type.schema ? schema.types[keyOf({ schema: type.schema, name: type.name })] : undefined;
  return user?.kind === 'domain' && user.baseType.arrayDims > 0;
}

/**
 * A b-tree index on an array column (pg-index-health btree_indexes_on_array_columns): it serves
 * only equality and ordering of whole arrays, while array queries ask for containment or
 * overlap (`tags @> '{x}'`, `&&`, `= ANY`) which only a GIN index serves. Whole arrays make
 * large b-tree keys too (a key over ~2.7 kB fails the insert). A UNIQUE index on an array
 * enforces something and is left alone.
 */
export default defineRule({
  meta: {
    id: 'no-btree-on-array-column',
    category: 'indexes',
    description: 'Array columns should be indexed with GIN, not b-tree.',
    recommended: 'warn',
    strict: 'error',
    pattern: 'sound-design',
  },
  create(context) {
    return {
      table(table) {
        for (const ix of table.indexes) {
          if (ix.method !== 'btree' || ix.unique || ix.partitionOf) continue;
          const arrays = ix.elements.filter((e) => e.column && columnsNamed(table, e.column).some((c) => isArray(c.type, context.schema))).map((e) => e.column!);
          if (arrays.length === 0) continue;
          const ref = { schema: table.schema, name: table.name };
          const single = ix.elements.length === 1 && !ix.include.length;
          context.report({
            target: { schema: table.schema, table: table.name, name: ix.name },
            message: `Index ${ix.name} is a b-tree over the array column${arrays.length > 1 ? 's' : ''} ${arrays.join(', ')}: it cannot serve @>, && or = ANY lookups.`,
            help: 'Index the array with GIN (CREATE INDEX ... USING gin (col)), which serves containment, overlap and equality; keep a b-tree only to sort or compare whole arrays.',
            source: ix.source,
            ...(single
              ? {
                  suggestions: [
                    {
                      kind: 'changes' as const,
                      description: `Rebuild ${ix.name} as a GIN index`,
                      changes: [
                        { kind: 'drop-index' as const, table: ref, name: ix.name },
                        { kind: 'add-index' as const, table: ref, index: { ...withoutSource(ix), method: 'gin', elements: ix.elements.map((e) => ({ column: e.column!, descending: false })) } },
                      ],
                    },
                  ],
                }
              : {}),
          });
        }
      },
    };
  },
});
