import { identifierBytes, MAX_IDENTIFIER_BYTES } from '../model/names';
import { defineRule, type Target } from './types';

/**
 * Postgres silently truncates identifiers longer than 63 bytes: two long names can collide after
 * truncation, and code that uses the full name refers to something that does not exist. Imported
 * names are already truncated, so this mostly catches design edits and pattern-made names.
 */
export default defineRule({
  meta: {
    id: 'identifier-max-length',
    category: 'naming',
    description: 'Identifiers must fit in 63 bytes.',
    recommended: 'error',
    strict: 'error',
    pattern: 'sound-design',
  },
  create(context) {
    // A UTF-16 code unit is at most 3 bytes in UTF-8 (a surrogate pair, 2 units, is 4): names of
    // up to 21 units always fit, and most names are that short.
    const fits = (name: string) => name.length <= MAX_IDENTIFIER_BYTES / 3 || identifierBytes(name) <= MAX_IDENTIFIER_BYTES;
    const check = (name: string, target: () => Target) => {
      if (fits(name)) return;
      context.report({
        target: target(),
        message: `"${name}" is ${identifierBytes(name)} bytes long; Postgres keeps only the first 63.`,
        help: 'Shorten the name; Postgres would truncate it silently.',
      });
    };
    return {
      table(table) {
        const t = { schema: table.schema, table: table.name };
        // Names written too long in SQL were truncated by Postgres; the model keeps what was written.
        check(table.writtenName ?? table.name, () => t);
        for (const c of table.columns) check(c.writtenName ?? c.name, () => ({ ...t, column: c.name }));
        for (const ix of table.indexes) check(ix.name, () => ({ ...t, name: ix.name }));
        for (const list of [table.foreignKeys, table.checks, table.uniqueConstraints]) {
          for (const c of list) check(c.name, () => ({ ...t, name: c.name }));
        }
      },
      view(view) {
        check(view.name, () => ({ schema: view.schema, table: view.name }));
      },
    };
  },
});
