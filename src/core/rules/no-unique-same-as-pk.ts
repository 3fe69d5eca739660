import { defineRule } from './types';

/** A unique constraint or index on exactly the primary key's columns enforces nothing new. */
export default defineRule({
  meta: {
    id: 'no-unique-same-as-pk',
    category: 'indexes',
    description: 'No unique constraint or index may repeat the primary key.',
    recommended: 'warn',
    strict: 'error',
    pattern: 'sound-design',
  },
  create(context) {
    return {
      table(table) {
        const pk = table.primaryKey;
        if (!pk) return;
        const same = (columns: (string | undefined)[]) =>
          columns.length === pk.columns.length && columns.every((c) => c !== undefined && pk.columns.includes(c));
        for (const u of table.uniqueConstraints) {
          if (!same(u.columns) || u.include.length > 0) continue;
          const ref = { schema: table.schema, name: table.name };
          const reordered = u.columns.join() !== pk.columns.join();
          context.report({
            target: { schema: table.schema, table: table.name, name: u.name },
            message: `Unique constraint ${u.name} repeats the primary key (${pk.columns.join(', ')}).`,
            help: reordered
              ? `The primary key already guarantees uniqueness; keep (${u.columns.join(', ')}) as a plain index for lookups by ${u.columns[0]}.`
              : 'The primary key already guarantees uniqueness; the extra index only costs writes.',
            source: u.source,
            fix: {
              kind: 'changes',
              description: reordered ? `Replace ${u.name} on ${table.name} by a plain index` : `Drop constraint ${u.name} on ${table.name}`,
              changes: [
                { kind: 'drop-constraint', table: ref, name: u.name },
                ...(reordered
                  ? [{ kind: 'add-index' as const, table: ref, index: { name: u.name, unique: false, method: 'btree', elements: u.columns.map((column) => ({ column, descending: false })), include: u.include, nullsNotDistinct: false, only: false } }]
                  : []),
              ],
            },
          });
        }
        for (const ix of table.indexes) {
          const columns = ix.elements.map((e) => e.column);
          if (!ix.unique || ix.where || ix.include.length > 0 || !same(columns)) continue;
          // In another column order the index serves lookups the key's cannot (MediaWiki's
          // page_props: PRIMARY KEY (pp_page, pp_propname) beside UNIQUE (pp_propname, pp_page),
          // the pages with a given property): only its uniqueness repeats the key, so it becomes a
          // plain index, as a reordered unique constraint does; dropping it would lose that path.
          const reordered = columns.join() !== pk.columns.join();
          const ref = { schema: table.schema, name: table.name };
          context.report({
            target: { schema: table.schema, table: table.name, name: ix.name },
            message: `Unique index ${ix.name} repeats the primary key (${pk.columns.join(', ')}).`,
            help: reordered
              ? `The primary key already guarantees uniqueness; keep (${columns.join(', ')}) as a plain index for lookups by ${columns[0]}.`
              : 'The primary key already guarantees uniqueness; the extra index only costs writes.',
            source: ix.source,
            fix: {
              kind: 'changes',
              description: reordered ? `Replace ${ix.name} on ${table.name} by a plain index` : `Drop index ${ix.name}`,
              changes: [
                { kind: 'drop-index', table: ref, name: ix.name },
                ...(reordered ? [{ kind: 'add-index' as const, table: ref, index: { ...ix, unique: false, source: undefined } }] : []),
              ],
            },
          });
        }
      },
    };
  },
});
