export { importSql, importSqlAsync, initParser } from './import';
export type { ImportOptions, ImportResult, ImportStats } from './import';
export type { ParseIssue, IssueSeverity } from './issues';
export { splitStatements } from './split';
export type { RawStatement, SkippedBlock, SplitResult } from './split';
