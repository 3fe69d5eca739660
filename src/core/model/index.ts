export * from './types';
export * from './names';
export { emptySchema, emptyTable, emptyView } from './empty';
export { summarize } from './summary';
export type { SchemaSummary } from './summary';
