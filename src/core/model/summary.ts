import type { Schema } from './types';

/**
 * Object counts, defined exactly as test/support/catalog-counts.sql counts them in Postgres:
 * partitions are tables but their columns are not counted; foreign tables are not tables, but
 * their CHECK constraints and triggers are counted; constraints are counted on the table
 * that declares them (not the copies Postgres makes on partitions); indexes include those behind
 * primary keys, unique and exclusion constraints, but not partitions of a partitioned index.
 */
export interface SchemaSummary {
  tables: number;
  views: number;
  materializedViews: number;
  columns: number;
  primaryKeys: number;
  foreignKeys: number;
  uniqueConstraints: number;
  checks: number;
  exclusions: number;
  indexes: number;
  partialIndexes: number;
  triggers: number;
}

export function summarize(schema: Schema): SchemaSummary {
  const s: SchemaSummary = {
    tables: 0,
    views: 0,
    materializedViews: 0,
    columns: 0,
    primaryKeys: 0,
    foreignKeys: 0,
    uniqueConstraints: 0,
    checks: 0,
    exclusions: 0,
    indexes: 0,
    partialIndexes: 0,
    triggers: 0,
  };
  for (const table of Object.values(schema.tables)) {
    if (table.foreign) {
      // relkind f: neither a table nor its columns count, but its checks and triggers do.
      s.checks += table.checks.length;
      s.triggers += table.triggers.length;
      continue;
    }
    s.tables++;
    if (!table.partitionOf) s.columns += table.columns.length;
    // A constraint whose index was attached to the parent's index is the parent's copy in
    // Postgres (conparentid <> 0), and so is its index: neither is counted.
    const own = <T extends { partitionOf?: unknown }>(items: T[]): T[] =>
      items.filter((item) => !item.partitionOf);
    if (table.primaryKey && !table.primaryKey.partitionOf) {
      s.primaryKeys++;
      s.indexes++;
    }
    const uniques = own(table.uniqueConstraints);
    const exclusions = own(table.exclusions);
    s.uniqueConstraints += uniques.length;
    s.exclusions += exclusions.length;
    s.indexes += uniques.length + exclusions.length;
    for (const exclusion of exclusions) if (exclusion.where) s.partialIndexes++;
    // Copies of a partitioned parent's foreign keys and row triggers (conparentid / tgparentid
    // set in Postgres) are not counted either.
    s.foreignKeys += own(table.foreignKeys).length;
    s.checks += table.checks.length;
    for (const index of own(table.indexes)) {
      s.indexes++;
      if (index.where) s.partialIndexes++;
    }
    s.triggers += own(table.triggers).length;
  }
  for (const view of Object.values(schema.views)) {
    if (view.materialized) s.materializedViews++;
    else s.views++;
    for (const index of view.indexes) {
      s.indexes++;
      if (index.where) s.partialIndexes++;
    }
    s.triggers += view.triggers.length;
  }
  return s;
}
