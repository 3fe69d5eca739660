export { verifyMigration } from './verify';
export type { StatementResult, VerifyInput, VerifyResult } from './verify';
export { compareCatalogs, diffCatalogs, snapshotCatalog } from './catalog/snapshot';
export type { CatalogDifference, CatalogObject, CatalogSnapshot } from './catalog/snapshot';
export { NOT_COMPARED } from './not-compared';
export type { NotCompared } from './not-compared';
