export { freshDatabases, verifyMigration } from './verify';
export { verifyScripts } from './input';
export type { BaselineDatabase, BuiltDatabase, ProgressListener, StatementResult, VerifyDatabases, VerifyInput, VerifyOptions, VerifyProgress, VerifyResult } from './verify';
export { VerifySession } from './warm-session';
export { compareCatalogs, snapshotCatalog } from './catalog';
export type { CatalogSnapshot } from './catalog';
export type { DatabaseFactory, SqlSession } from './session';
