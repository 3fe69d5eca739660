/**
 * A deterministic edit of a schema model for the differ's benchmark: what a design session
 * changes between two saves, scaled with the schema. On every 50th table (at least three): a new
 * column, a changed default, a nullability flip, an index dropped or added, a new comment; plus a
 * new table, a dropped table, a changed view and a new enum label. Works on a copy.
 */
import { keyOf } from '../src/core/model/names';
import type { Index, Schema, Table } from '../src/core/model/types';

export function mutateSchema(schema: Schema): Schema {
  const copy = structuredClone(schema);
  const keys = Object.keys(copy.tables).sort();
  const plain = keys.filter((k) => !copy.tables[k]!.partitionOf && !copy.tables[k]!.partitioning);
  const step = Math.max(1, Math.min(50, Math.floor(plain.length / 3)));
  for (let i = 0; i < plain.length; i += step) {
    const table = copy.tables[plain[i]!]!;
    table.columns.push({ name: 'bench_added', type: { name: 'text', modifiers: [], arrayDims: 0 }, notNull: false, default: "'x'::text" });
    const last = table.columns.at(-2);
    if (last && !last.identity && !last.generated) {
      last.notNull = !last.notNull;
      last.default = last.default ? undefined : '0';
    }
    const own = table.indexes.findIndex((ix) => !ix.partitionOf);
    if (own >= 0 && i % 2 === 0) table.indexes.splice(own, 1);
    const index: Index = {
      name: `${table.name.slice(0, 40)}_bench_added_idx`,
      unique: false,
      method: 'btree',
      elements: [{ column: 'bench_added', descending: false }],
      include: [],
      nullsNotDistinct: false,
      only: false,
    };
    table.indexes.push(index);
    table.comment = `changed by the benchmark (${i})`;
  }
  // A new table (a copy of the first plain one) and a dropped one that nothing references.
  const first = plain[0] && copy.tables[plain[0]];
  if (first) {
    const added: Table = structuredClone(first);
    added.name = 'bench_new_table';
    added.foreignKeys = [];
    if (added.primaryKey) added.primaryKey.name = 'bench_new_table_pkey';
    added.uniqueConstraints = [];
    added.indexes = [];
    added.triggers = [];
    copy.tables[keyOf(added)] = added;
  }
  const referenced = new Set(Object.values(copy.tables).flatMap((t) => t.foreignKeys.map((fk) => keyOf(fk.references))));
  const read = new Set(Object.values(copy.views).flatMap((v) => v.dependsOn.map(keyOf)));
  const droppable = [...plain].reverse().find((k) => !referenced.has(k) && !read.has(k));
  if (droppable) delete copy.tables[droppable];
  const view = Object.values(copy.views).find((v) => !v.materialized);
  if (view) view.query = `${view.query.replace(/;?\s*$/, '')} LIMIT 10`;
  const enumType = Object.values(copy.types).find((t) => t.kind === 'enum');
  if (enumType && enumType.kind === 'enum') enumType.values = [...enumType.values, 'bench_added'];
  return copy;
}
