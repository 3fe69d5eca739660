export { createImporter, importSql, importSqlAsync, initParser } from './import';
export type { Importer, ImportOptions, ImportResult, ImportStats, ImportTimings } from './import';
export { LastGoodVersions } from './last-good';
export type { StaleStatement } from './last-good';
export { ParseCache } from './parse-cache';
export type { ParseIssue, IssueSeverity } from './issues';
export { truncatingIssues } from './issues';
export { splitStatements } from './split';
export type { RawStatement, SkippedBlock, SplitResult, Unterminated, UnterminatedKind } from './split';
