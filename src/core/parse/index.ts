export { createImporter, importSql, importSqlAsync, initParser } from './import';
export type { ImportOptions, ImportResult, ImportStats, ImportTimings } from './import';
export { ParseCache } from './parse-cache';
export type { ParseIssue, IssueSeverity } from './issues';
export type { DynamicSqlNote } from './statements/dynamic-sql';
export { truncatingIssues } from './issues';
export { splitStatements } from './split';
export type { RawStatement, SkippedBlock, SplitResult, Unterminated, UnterminatedKind } from './split';
