import { identifierBytes, MAX_IDENTIFIER_BYTES } from '../model/names';
import type { SourceRange } from '../model/types';
import { defineRule, type Target } from './types';

interface Named {
  name: string;
  writtenName?: string;
  source?: SourceRange;
}

/**
 * Postgres silently truncates identifiers longer than 63 bytes: two long names can collide after
 * truncation, and code that uses the full name refers to something that does not exist. The
 * importer keeps the truncation as the name (as Postgres does) and the long name as written
 * (`writtenName`); design edits and pattern-made names are checked as they are.
 */
export default defineRule({
  meta: {
    id: 'identifier-max-length',
    category: 'naming',
    description: 'Identifiers must fit in 63 bytes.',
    recommended: 'error',
    strict: 'error',
    pattern: 'sound-design',
    foreignTables: true,
  },
  create(context) {
    // A UTF-16 code unit is at most 3 bytes in UTF-8 (a surrogate pair, 2 units, is 4): names of
    // up to 21 units always fit, and most names are that short.
    const fits = (name: string) => name.length <= MAX_IDENTIFIER_BYTES / 3 || identifierBytes(name) <= MAX_IDENTIFIER_BYTES;
    const check = (what: string, object: Named | undefined, target: () => Target) => {
      if (!object) return;
      const name = object.writtenName ?? object.name;
      if (fits(name)) return;
      const bytes = identifierBytes(name);
      context.report({
        target: target(),
        message: `The ${what} name "${name}" is ${bytes} bytes${bytes > name.length ? ` (${[...name].length} characters)` : ''}; Postgres keeps only the first 63 bytes.`,
        help: 'Shorten the name; Postgres would truncate it silently, and two names alike in their first 63 bytes would collide.',
        ...(object.source ? { source: object.source } : {}),
      });
    };
    const onTable = (schema: string, table: string) => (what: string, list: Iterable<Named | undefined>) => {
      for (const object of list) if (object) check(what, object, () => ({ schema, table, name: object.name }));
    };
    return {
      table(table) {
        const t = { schema: table.schema, table: table.name };
        check('table', table, () => t);
        for (const c of table.columns) check('column', c, () => ({ ...t, column: c.name }));
        const each = onTable(table.schema, table.name);
        each('index', table.indexes);
        each('constraint', [table.primaryKey, ...table.uniqueConstraints, ...table.foreignKeys, ...table.checks, ...table.exclusions]);
        each('trigger', table.triggers);
        each('policy', table.policies);
      },
      view(view) {
        check(view.materialized ? 'materialized view' : 'view', view, () => ({ schema: view.schema, table: view.name }));
        const each = onTable(view.schema, view.name);
        each('index', view.indexes);
        each('trigger', view.triggers);
      },
      routine(routine) {
        check(routine.kind, routine, () => ({ schema: routine.schema, name: routine.name }));
      },
      type(type) {
        check('type', type, () => ({ schema: type.schema, name: type.name }));
      },
      end() {
        for (const sequence of Object.values(context.schema.sequences)) check('sequence', sequence, () => ({ schema: sequence.schema, name: sequence.name }));
        for (const namespace of Object.values(context.schema.namespaces)) check('schema', namespace, () => ({ schema: namespace.name }));
      },
    };
  },
});
