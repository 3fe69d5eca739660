/**
 * Fresh PGlite instances (Postgres 18 in WebAssembly) with the contrib extensions a script asks
 * for. Extensions load lazily (one chunk each in the browser), only when CREATE EXTENSION names them.
 */
import { PGlite } from '@electric-sql/pglite';

type Loader = () => Promise<Record<string, unknown>>;

/** The extension modules PGlite has (its contrib ones, and pgvector), by extension name. */
const CONTRIB: Record<string, Loader> = {
  amcheck: () => import('@electric-sql/pglite/contrib/amcheck'),
  bloom: () => import('@electric-sql/pglite/contrib/bloom'),
  btree_gin: () => import('@electric-sql/pglite/contrib/btree_gin'),
  btree_gist: () => import('@electric-sql/pglite/contrib/btree_gist'),
  citext: () => import('@electric-sql/pglite/contrib/citext'),
  cube: () => import('@electric-sql/pglite/contrib/cube'),
  dict_int: () => import('@electric-sql/pglite/contrib/dict_int'),
  dict_xsyn: () => import('@electric-sql/pglite/contrib/dict_xsyn'),
  file_fdw: () => import('@electric-sql/pglite/contrib/file_fdw'),
  moddatetime: () => import('@electric-sql/pglite/contrib/moddatetime'),
  pageinspect: () => import('@electric-sql/pglite/contrib/pageinspect'),
  pg_buffercache: () => import('@electric-sql/pglite/contrib/pg_buffercache'),
  pg_freespacemap: () => import('@electric-sql/pglite/contrib/pg_freespacemap'),
  pg_stat_statements: () => import('@electric-sql/pglite/contrib/pg_stat_statements'),
  pg_surgery: () => import('@electric-sql/pglite/contrib/pg_surgery'),
  pg_visibility: () => import('@electric-sql/pglite/contrib/pg_visibility'),
  pg_walinspect: () => import('@electric-sql/pglite/contrib/pg_walinspect'),
  earthdistance: () => import('@electric-sql/pglite/contrib/earthdistance'),
  fuzzystrmatch: () => import('@electric-sql/pglite/contrib/fuzzystrmatch'),
  hstore: () => import('@electric-sql/pglite/contrib/hstore'),
  intarray: () => import('@electric-sql/pglite/contrib/intarray'),
  isn: () => import('@electric-sql/pglite/contrib/isn'),
  lo: () => import('@electric-sql/pglite/contrib/lo'),
  ltree: () => import('@electric-sql/pglite/contrib/ltree'),
  pg_trgm: () => import('@electric-sql/pglite/contrib/pg_trgm'),
  pgcrypto: () => import('@electric-sql/pglite/contrib/pgcrypto'),
  seg: () => import('@electric-sql/pglite/contrib/seg'),
  tablefunc: () => import('@electric-sql/pglite/contrib/tablefunc'),
  tcn: () => import('@electric-sql/pglite/contrib/tcn'),
  tsm_system_rows: () => import('@electric-sql/pglite/contrib/tsm_system_rows'),
  tsm_system_time: () => import('@electric-sql/pglite/contrib/tsm_system_time'),
  unaccent: () => import('@electric-sql/pglite/contrib/unaccent'),
  'uuid-ossp': () => import('@electric-sql/pglite/contrib/uuid_ossp'),
  // pgvector ships as its own package for PGlite 0.5 (not under contrib/).
  vector: () => import('@electric-sql/pglite-pgvector'),
};

/** Extension names a script creates (`CREATE EXTENSION [IF NOT EXISTS] "x"`). */
export function extensionsUsed(sql: string): string[] {
  const names = new Set<string>();
  for (const match of sql.matchAll(/create\s+extension\s+(?:if\s+not\s+exists\s+)?("?)([\w-]+)\1/gi)) names.add(match[2]!.toLowerCase());
  return [...names];
}

/** The contrib extensions the scripts create, loaded; `key` names the set (to reuse databases made with it). */
export async function loadExtensions(scripts: string[]): Promise<{ key: string; extensions: Record<string, unknown> }> {
  const extensions: Record<string, unknown> = {};
  for (const name of new Set(scripts.flatMap(extensionsUsed))) {
    const loader = CONTRIB[name];
    if (!loader) continue;
    const module = await loader();
    const extension = module[name.replace(/-/g, '_')] ?? Object.values(module)[0];
    if (extension) extensions[name.replace(/-/g, '_')] = extension;
  }
  return { key: Object.keys(extensions).sort().join(','), extensions };
}

export async function freshDatabase(scripts: string[]): Promise<PGlite> {
  const { extensions } = await loadExtensions(scripts);
  return new PGlite({ extensions: extensions as never });
}

/** A new, empty database (initdb runs) with these extensions available. */
export function emptyDatabase(extensions: Record<string, unknown>): Promise<PGlite> {
  return PGlite.create({ extensions: extensions as never });
}

/**
 * A database started from a data directory dumped by `dumpDataDir` (what PGlite's `clone()`
 * does): no initdb, and everything the dumped one held. `extensions` must include the ones the
 * dumped database had created.
 */
export function databaseFrom(dataDir: Blob, extensions: Record<string, unknown>): Promise<PGlite> {
  return PGlite.create({ loadDataDir: dataDir, extensions: extensions as never });
}
