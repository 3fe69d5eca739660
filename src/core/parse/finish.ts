/**
 * Work done once the whole script has been read: things a statement could only refer to by name
 * and that may have been created later in the file.
 */
import { HIDDEN_SCHEMAS, type ImportContext } from './context';
import { settleViewQueries } from './statements/views';
import { applyWrittenNames } from './written-names';

/**
 * Temporary objects (pg_temp) and what a superuser created in the system catalogs are not part
 * of the schema: they go when the script has been read. Nothing permanent can depend on them
 * (Postgres refuses a permanent view or foreign key over a temporary table).
 */
function leaveOutHidden(ctx: ImportContext): void {
  const { schema } = ctx;
  for (const record of [schema.tables, schema.views, schema.sequences, schema.types, schema.routines, schema.opaque] as Record<string, { schema: string }>[]) {
    for (const [key, object] of Object.entries(record)) if (HIDDEN_SCHEMAS.has(object.schema)) delete record[key];
  }
  for (const name of HIDDEN_SCHEMAS) delete schema.namespaces[name];
}

export function finishImport(ctx: ImportContext): void {
  leaveOutHidden(ctx);
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
