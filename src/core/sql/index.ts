export { printSchema, createTableSql, routineSql } from './print-schema';
export * from './print-parts';
export { planMigration } from './plan';
export type { PlanOptions } from './plan';
export { planToSql, hazardComment, squawkIgnoreComment, statementComments, refusals, DEFAULT_LOCK_TIMEOUT, DEFAULT_STATEMENT_TIMEOUT } from './plan-sql';
export type { ScriptOptions } from './plan-sql';
export type { Hazard, MigrationPlan, PlannedStatement } from './plan-types';
export { DEFAULT_PG_VERSION, FEATURE_SINCE, PG_VERSIONS, parsePgVersion, supports } from './versions';
export type { Feature, PgVersion } from './versions';
