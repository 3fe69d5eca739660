export { printSchema, createTableSql, routineSql } from './print-schema';
export * from './print-parts';
export { planMigration } from './plan';
export type { PlanOptions } from './plan';
export { planToSql, hazardComment, DEFAULT_LOCK_TIMEOUT, DEFAULT_STATEMENT_TIMEOUT } from './plan-sql';
export type { ScriptOptions } from './plan-sql';
export type { Hazard, MigrationPlan, PlannedStatement } from './plan-types';
