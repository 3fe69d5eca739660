/**
 * The tables and views of pg_catalog, read from Postgres itself (src/core/lib/pg-catalog.ts).
 * pg_catalog is searched before the search_path's schemas unless the path names it, so an
 * unqualified `pg_attrdef` is the catalog's even when `public.pg_attrdef` exists.
 */
export { isCatalogRelation } from '../lib/pg-catalog';
