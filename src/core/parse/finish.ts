/**
 * Work done once the whole script has been read: things a statement could only refer to by name
 * and that may have been created later in the file.
 */
import type { ImportContext } from './context';
import { settleViewQueries } from './statements/views';
import { applyWrittenNames } from './written-names';

export function finishImport(ctx: ImportContext): void {
  settleViewQueries(ctx);
  applyWrittenNames(ctx.schema, ctx.longIdentifiers);
  for (const table of Object.values(ctx.schema.tables)) {
    for (const fk of table.foreignKeys) {
      if (fk.referencedColumns.length > 0) continue;
      // `REFERENCES t` without columns means t's primary key.
      const target = ctx.schema.tables[ctx.tableKey(fk.references)];
      if (target?.primaryKey) fk.referencedColumns = [...target.primaryKey.columns];
    }
  }
}
