import type { SchemaChange } from '../changes/types';
import { appendAll } from '../lib/arrays';
import type { Column, Schema, Table } from '../model/types';
import { columnsNamed, CREATED_COLUMNS, isCodeBoundTable, singular, UPDATED_COLUMNS } from './heuristics';
import { isLookupTable } from './lookup-tables';
import type { SchemaIndex } from './schema-index';
import { isSyncMarker } from './runtime-tables';
import { tableRole } from './table-roles';
import { typeFamily } from './type-families';
import { defineRule } from './types';

/**
 * An integer (int4) surrogate key runs out at 2,147,483,647; changing the type later rewrites the
 * table and every referencing column under an exclusive lock.
 */
export default defineRule({
  meta: {
    id: 'prefer-bigint-pk',
    category: 'types',
    description: 'Surrogate integer primary keys should be bigint.',
    recommended: 'off',
    strict: 'warn',
    pattern: 'sound-design',
  },
  create(context) {
    return {
      table(table) {
        const pk = table.primaryKey;
        if (!pk || table.partitionOf || pk.columns.length !== 1) return;
        const column = columnsNamed(table, pk.columns[0])[0];
        if (!column || (column.type.name !== 'integer' && column.type.name !== 'smallint') || column.type.schema) return;
        if (!column.identity && !column.default?.startsWith('nextval(')) return;
        // Reference data (a key and labels: languages, categories, countries) is edited by the
        // team and stays small; its key is copied into many rows, where four bytes fewer help. A
        // key and one string beside it (Lemmy's single-row `secret`, a set of names; not a
        // document or a payload, which the role tells apart, nor a time or an amount, which
        // records something) is the same: nothing grows it by billions.
        if (isLookupTable(table, context.schema) || isKeyAndName(table, column, context.schema)) return;
        // A key/value configuration store (Harbor's `properties (k UNIQUE, v)`, a `settings (key
        // UNIQUE, value)`) holds a row per setting the code knows: it does not grow with use.
        if (isSettingsStore(table, column, context.schema)) return;
        // A migration ledger or a framework's registry holds a row per migration or per model:
        // the code bounds it (django_migrations, django_content_type).
        if (isCodeBoundTable(table)) return;
        // One row per calendar period (a payroll run per month: UNIQUE (period_month, period_year);
        // a daily summary UNIQUE (day date)) adds twelve or 365 rows a year: it never nears 2^31.
        if (isOnePerPeriod(table, context.schema)) return;
        // The columns that hold this key are all smallint (iNaturalist's photos.file_prefix_id, a
        // handful of URL prefixes): the schema itself keeps the ids under 32,768, so the int4 key
        // never runs out, and bigint would not fit the references.
        if (isKeptSmallByReferences(table, column, context.index)) return;
        // A GIS layer loaded from a file by ogr2ogr: its key is ogr2ogr's feature id `ogc_fid`
        // beside a geometry (iNaturalist's `time_zone_geometries`, the time zones' polygons).
        // The file bounds it, and it is reloaded, not written row by row.
        if (isImportedGisLayer(table, column)) return;
        // A sync marker, a source's name and when it was last done (Harbor's clair_vuln_timestamp:
        // a feed namespace UNIQUE and its last_update): one row per source, rewritten in place, so
        // the sources bound it, not use.
        if (isSyncMarker(table, context.schema)) return;
        context.report({
          target: { schema: table.schema, table: table.name, column: column.name },
          message: `${table.name}.${column.name} is an ${column.type.name} key generated from a sequence.`,
          help: 'Use bigint: the change is cheap now and a table rewrite once the table is large.',
          source: column.source,
          fix: {
            kind: 'changes',
            description: `Change ${table.name}.${column.name} (and the columns that reference it) to bigint`,
            changes: [
              { kind: 'alter-column', table: { schema: table.schema, name: table.name }, column: column.name, set: { type: { ...column.type, name: 'bigint' } } },
              // A serial's sequence is `AS integer` and would still stop at 2^31 - 1.
              ...Object.values(context.schema.sequences)
                .filter((s) => s.ownedBy && s.ownedBy.table.schema === table.schema && s.ownedBy.table.name === table.name && s.ownedBy.column === column.name)
                .map((s): SchemaChange => ({ kind: 'alter-sequence', sequence: { schema: s.schema, name: s.name }, set: { dataType: 'bigint' } })),
              ...context.index.referencing(table).flatMap(({ table: other, fk }) =>
                fk.columns
                  .filter((_, i) => fk.referencedColumns[i] === column.name)
                  .map((name): SchemaChange => ({ kind: 'alter-column', table: { schema: other.schema, name: other.name }, column: name, set: { type: { name: 'bigint', modifiers: [], arrayDims: 0 } } })),
              ),
            ],
          },
        });
      },
    };
  },
});

function isKeyAndName(table: Table, key: Column, schema: Schema): boolean {
  const value = table.columns.length === 2 ? table.columns.find((c) => c !== key) : undefined;
  return value !== undefined && value.type.arrayDims === 0 && typeFamily(value.type, schema) === 'string' && tableRole(table, schema).role === 'lookup';
}

/** A value column's name in a key/value store: `v`, `value`, `setting_value`, `config_value`. */
const VALUE_NAME = /^(v|val|value|[a-z]+_value)$/i;

/**
 * A table of settings: beside its key, one string column unique on its own (the setting's name)
 * and one named as a value, with at most the row's own creation and update times, and no foreign
 * key (a setting per user or per project grows with its owner).
 */
function isSettingsStore(table: Table, key: Column, schema: Schema): boolean {
  if (table.foreignKeys.length > 0) return false;
  const rest = table.columns.filter((c) => c !== key && !CREATED_COLUMNS.includes(c.name.toLowerCase()) && !UPDATED_COLUMNS.includes(c.name.toLowerCase()));
  if (rest.length !== 2 || rest.some((c) => c.type.arrayDims > 0 || typeFamily(c.type, schema) !== 'string')) return false;
  const value = rest.find((c) => VALUE_NAME.test(c.name));
  const name = rest.find((c) => c !== value);
  if (!value || !name) return false;
  const uniqueOnItsOwn = (columns: readonly (string | undefined)[]) => columns.length === 1 && columns[0] === name.name;
  return (
    table.uniqueConstraints.some((u) => uniqueOnItsOwn(u.columns)) ||
    table.indexes.some((i) => i.unique && !i.where && uniqueOnItsOwn(i.elements.map((e) => e.column)))
  );
}

/** A column naming a calendar period: `year`, `period_month`, `fiscal_quarter`, `week_no`. */
const PERIOD_PART = /(^|_)(year|month|quarter|week|day)(_?(num|number|no|of_year))?$/;

/**
 * Rows keyed by calendar periods alone: a unique key (not partial) whose every column is a period
 * part (an integer or text `month`, `year`) or a single date. A key that also names an owner
 * (an employee's month) grows with the owners, and is not this.
 */
function isOnePerPeriod(table: Table, schema: Schema): boolean {
  const period = (name: string | undefined) => {
    const column = name === undefined ? undefined : columnsNamed(table, name)[0];
    if (!column || column.type.arrayDims > 0) return false;
    const family = typeFamily(column.type, schema);
    return (PERIOD_PART.test(column.name.toLowerCase()) && (family === 'integer' || family === 'string')) || column.type.name === 'date';
  };
  const keys = [
    ...table.uniqueConstraints.map((u) => u.columns as readonly (string | undefined)[]),
    ...table.indexes.filter((i) => i.unique && !i.where).map((i) => i.elements.map((e) => e.column)),
  ];
  return keys.some((columns) => columns.length > 0 && columns.every(period));
}

/**
 * Every column that holds this table's key is smallint, and there is at least one: the foreign
 * keys that reference it, and, where none is declared, the other tables' `<singular>_id` columns
 * (Rails schemas declare few keys). The references, not the table, bound how many rows it may
 * have.
 */
function isKeptSmallByReferences(table: Table, key: Column, index: SchemaIndex): boolean {
  const holders: Column[] = [];
  for (const { table: other, fk } of index.referencing(table)) {
    fk.columns.forEach((name, i) => {
      if (fk.referencedColumns[i] === key.name && other !== table) appendAll(holders, columnsNamed(other, name));
    });
  }
  const named = `${singular(table.name)}_id`;
  for (const other of index.tables) {
    if (other === table || other.schema !== table.schema) continue;
    for (const c of columnsNamed(other, named)) {
      if (!other.foreignKeys.some((fk) => fk.columns.includes(c.name))) holders.push(c);
    }
  }
  return holders.length > 0 && holders.every((c) => c.type.name === 'smallint' && c.type.arrayDims === 0 && !c.type.schema);
}

/** ogr2ogr's default key (`ogc_fid`, a serial) on a table with a PostGIS geometry or geography. */
function isImportedGisLayer(table: Table, key: Column): boolean {
  return key.name === 'ogc_fid' && table.columns.some((c) => c.type.arrayDims === 0 && /^(geometry|geography)$/.test(c.type.name));
}
