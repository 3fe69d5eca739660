export { verifyMigration } from './verify';
export type { StatementResult, VerifyInput, VerifyResult } from './verify';
export { compareCatalogs, snapshotCatalog } from './catalog';
export type { CatalogSnapshot } from './catalog';
export type { DatabaseFactory, SqlSession } from './session';
