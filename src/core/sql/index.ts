export { printSchema, createTableSql, routineSql } from './print-schema';
export * from './print-parts';
