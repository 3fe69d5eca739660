/**
 * A migration plan as files for a migration tool: plain psql scripts, Flyway, golang-migrate,
 * dbmate, Sqitch, Liquibase formatted SQL or Prisma Migrate. Every statement keeps its hazard
 * comment; statements that cannot run in a transaction get their own file, section or changeset,
 * marked the way the tool documents (see each format's header for the documentation relied on).
 * Pure: no Node API, it runs in the browser too.
 */
import type { MigrationPlan } from '../sql';
import { exportDbmate } from './formats/dbmate';
import { exportFlyway } from './formats/flyway';
import { exportGolangMigrate } from './formats/golang-migrate';
import { exportLiquibase } from './formats/liquibase';
import { exportPrisma } from './formats/prisma';
import { exportSql } from './formats/sql';
import { exportSqitch } from './formats/sqitch';
import type { ExportOptions, ExportResult, MigrationFormat } from './types';

export { MIGRATION_FORMATS } from './types';
export type { ExportedFile, ExportOptions, ExportResult, MigrationFormat } from './types';
export { segmentPlan } from './segments';
export type { Segment } from './segments';
export { zipFiles } from './zip';
export { toMermaid } from './mermaid';
export { toDbml } from './dbml';

/**
 * Files for `format`, in the order the tool applies them. Deterministic given `options.timestamp`
 * (or `options.version` for the formats whose names use no timestamp). A plan without statements
 * gives no migration files (the `sql` format still gives its two scripts).
 */
export function exportMigration(plan: MigrationPlan, format: MigrationFormat, options: ExportOptions): ExportResult {
  if (plan.up.length === 0 && plan.down.length === 0 && format !== 'sql') return { files: [] };
  switch (format) {
    case 'sql':
      return { files: exportSql(plan, options) };
    case 'flyway':
      return { files: exportFlyway(plan, options) };
    case 'golang-migrate':
      return { files: exportGolangMigrate(plan, options) };
    case 'dbmate':
      return { files: exportDbmate(plan, options) };
    case 'sqitch':
      return { files: exportSqitch(plan, options) };
    case 'liquibase':
      return { files: exportLiquibase(plan, options) };
    case 'prisma':
      return { files: exportPrisma(plan, options) };
    default: {
      const never: never = format;
      throw new Error(`exportMigration: unknown format ${String(never)}`);
    }
  }
}
