export { FRESH_DATABASES, verifyMigration } from './verify';
export { verifyScripts } from './input';
export type { BaselineDatabase, BuiltDatabase, ProgressListener, StatementResult, VerifyDatabases, VerifyInput, VerifyOptions, VerifyProgress, VerifyResult } from './verify';
export { VerifySession } from './session';
export { compareCatalogs, snapshotCatalog } from './catalog';
export type { CatalogSnapshot } from './catalog';
