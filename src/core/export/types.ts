/** What exportMigration takes and returns. */

/** The migration tools a plan can be exported for (ids are stable: the UI and the CLI use them). */
export type MigrationFormat = 'sql' | 'flyway' | 'golang-migrate' | 'dbmate' | 'sqitch' | 'liquibase' | 'prisma';

export interface ExportOptions {
  /** The migration's name, e.g. `add_orders_index` (made file-name safe: other characters become `_`). */
  name: string;
  /**
   * Version of the (first) migration: Flyway's `V<version>`, golang-migrate's and dbmate's leading
   * number, Prisma's directory prefix, the Liquibase file prefix. Defaults to the timestamp as
   * `YYYYMMDDHHMMSS` (UTC).
   */
  version?: number | string;
  /**
   * When the migration was made: default version, dbmate/Prisma prefixes, the sqitch.plan
   * timestamp. Pass it for byte-identical output; without it the current time is used.
   */
  timestamp?: Date;
  /** Liquibase changeset author, sqitch planner (`Name <email>` or just a name). */
  author?: string;
  /** Sqitch project name (`%project=` in sqitch.plan). Defaults to the migration name. */
  project?: string;
  /** `SET LOCAL lock_timeout` in every transactional part (default `5s`, as planToSql). */
  lockTimeout?: string;
  /** `SET LOCAL statement_timeout` in every transactional part (default `15min`, as planToSql). */
  statementTimeout?: string;
}

export interface ExportedFile {
  /** Relative path with `/` separators, as the tool expects it under its migrations directory. */
  path: string;
  content: string;
}

export interface ExportResult {
  files: ExportedFile[];
}

export const MIGRATION_FORMATS: { id: MigrationFormat; label: string }[] = [
  { id: 'sql', label: 'Plain SQL (psql)' },
  { id: 'flyway', label: 'Flyway' },
  { id: 'golang-migrate', label: 'golang-migrate' },
  { id: 'dbmate', label: 'dbmate' },
  { id: 'sqitch', label: 'Sqitch' },
  { id: 'liquibase', label: 'Liquibase (formatted SQL)' },
  { id: 'prisma', label: 'Prisma Migrate' },
];
