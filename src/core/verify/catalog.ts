/**
 * A structural snapshot of a database's catalog, as Postgres itself prints each object
 * (format_type, pg_get_constraintdef, pg_get_indexdef, pg_get_viewdef, pg_get_triggerdef), so two
 * databases built different ways (a migration vs the target DDL) can be compared object by object.
 */
import type { SqlSession } from './session';

const USER_OBJECTS = `n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg_temp%'`;
const NOT_EXTENSION = (oid: string) => `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = ${oid} AND d.deptype = 'e')`;

const QUERIES: Record<string, string> = {
  // With the parents (pg_inherits, in INHERITS order; a partition's one parent is there too), so
  // a table that gains, loses or changes a parent does not compare equal.
  relation: `SELECT n.nspname || '.' || c.relname AS key, c.relkind::text || CASE WHEN c.relispartition THEN ' partition ' || pg_get_expr(c.relpartbound, c.oid) ELSE '' END
      || coalesce(' inherits ' || (SELECT string_agg(pn.nspname || '.' || p.relname, ', ' ORDER BY i.inhseqno)
        FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace WHERE i.inhrelid = c.oid), '') AS def
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${USER_OBJECTS} AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'c') AND ${NOT_EXTENSION('c.oid')}
      -- An identity column's sequence is internal to it; its name depends on history (renames).
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'i')`,
  column: `SELECT n.nspname || '.' || c.relname || '.' || a.attname AS key,
      format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
      || coalesce(' default ' || pg_get_expr(ad.adbin, ad.adrelid), '') || CASE WHEN a.attidentity <> '' THEN ' identity ' || a.attidentity::text ELSE '' END AS def
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
    WHERE ${USER_OBJECTS} AND c.relkind IN ('r', 'p', 'v', 'm') AND a.attnum > 0 AND NOT a.attisdropped AND ${NOT_EXTENSION('c.oid')}`,
  constraint: `SELECT n.nspname || '.' || c.relname || '.' || k.conname AS key, pg_get_constraintdef(k.oid) || CASE WHEN k.convalidated THEN '' ELSE ' (not validated)' END AS def
    FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${USER_OBJECTS} AND k.contype <> 'n' AND ${NOT_EXTENSION('c.oid')}`,
  // A partition's index names the parent's index it is attached to (an unattached equal index
  // leaves the parent's invalid).
  index: `SELECT n.nspname || '.' || ic.relname AS key, regexp_replace(pg_get_indexdef(i.indexrelid), '^CREATE (UNIQUE )?INDEX \\S+ ', 'CREATE \\1INDEX ') || CASE WHEN i.indisvalid THEN '' ELSE ' (invalid)' END
      || coalesce(' attached to ' || (SELECT pn.nspname || '.' || p.relname FROM pg_inherits h JOIN pg_class p ON p.oid = h.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace WHERE h.inhrelid = i.indexrelid), '') AS def
    FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_namespace n ON n.oid = ic.relnamespace
    WHERE ${USER_OBJECTS} AND ${NOT_EXTENSION('i.indrelid')}`,
  view: `SELECT n.nspname || '.' || c.relname AS key, pg_get_viewdef(c.oid, true) AS def
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_OBJECTS} AND c.relkind IN ('v', 'm') AND ${NOT_EXTENSION('c.oid')}`,
  trigger: `SELECT n.nspname || '.' || c.relname || '.' || t.tgname AS key, pg_get_triggerdef(t.oid) AS def
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${USER_OBJECTS} AND NOT t.tgisinternal`,
  type: `SELECT n.nspname || '.' || t.typname AS key, t.typtype::text || coalesce(' ' || (SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid), '') AS def
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE ${USER_OBJECTS} AND t.typtype IN ('e', 'd', 'r') AND ${NOT_EXTENSION('t.oid')}`,
  function: `SELECT n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS key, pg_get_function_result(p.oid) || ' ' || p.provolatile::text || CASE WHEN p.prosecdef THEN ' definer' ELSE '' END AS def
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE ${USER_OBJECTS} AND ${NOT_EXTENSION('p.oid')}`,
  policy: `SELECT n.nspname || '.' || c.relname || '.' || p.polname AS key, p.polcmd::text || ' ' || coalesce(pg_get_expr(p.polqual, p.polrelid), '') || ' / ' || coalesce(pg_get_expr(p.polwithcheck, p.polrelid), '') AS def
    FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_OBJECTS}`,
  schema: `SELECT n.nspname AS key, '' AS def FROM pg_namespace n WHERE ${USER_OBJECTS} AND ${NOT_EXTENSION('n.oid')}`,
};

/** kind -> object key -> definition as Postgres prints it. */
export type CatalogSnapshot = Record<string, Record<string, string>>;

export async function snapshotCatalog(db: Pick<SqlSession, 'exec' | 'query'>): Promise<CatalogSnapshot> {
  await db.exec('RESET search_path;');
  const snapshot: CatalogSnapshot = {};
  for (const [kind, query] of Object.entries(QUERIES)) {
    const result = await db.query<{ key: string; def: string }>(query);
    snapshot[kind] = Object.fromEntries(result.rows.map((r) => [r.key, r.def]));
  }
  return snapshot;
}

/** The differences between two snapshots, in words ("index public.x: missing", ...). */
export function compareCatalogs(actual: CatalogSnapshot, expected: CatalogSnapshot): string[] {
  const differences: string[] = [];
  for (const kind of Object.keys(QUERIES)) {
    const a = actual[kind] ?? {};
    const e = expected[kind] ?? {};
    for (const key of Object.keys(e).sort()) {
      if (!(key in a)) differences.push(`${kind} ${key}: missing (expected ${e[key]})`);
      else if (a[key] !== e[key]) differences.push(`${kind} ${key}: is ${a[key]}, expected ${e[key]}`);
    }
    for (const key of Object.keys(a).sort()) if (!(key in e)) differences.push(`${kind} ${key}: unexpected (${a[key]})`);
  }
  return differences;
}
