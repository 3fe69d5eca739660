export { baselineOn, buildOn, freshDatabases, verifyMigration } from './verify';
export { verifyScripts } from './input';
export type { BaselineDatabase, BuiltDatabase, ProgressListener, StatementResult, VerifyDatabases, VerifyInput, VerifyOptions, VerifyProgress, VerifyResult } from './verify';
export { VerifySession } from './warm-session';
export { compareCatalogs, diffCatalogs, snapshotCatalog } from './catalog/snapshot';
export type { CatalogDifference, CatalogObject, CatalogSnapshot } from './catalog/snapshot';
export { NOT_COMPARED } from './not-compared';
export type { NotCompared } from './not-compared';
export type { DatabaseFactory, SqlSession } from './session';
