/**
 * The names of the objects a database holds, by kind, read with plain catalog queries: what the
 * hostile-names test compares with the model's objects (expectedObjects in hostile-schema.ts).
 * Independent of verify's snapshot (src/core/verify/catalog), whose keys quote names.
 */
import type { SqlSession } from '../../src/core/verify';

const USER_OBJECTS = `n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg_temp%'`;
const NOT_EXTENSION = (oid: string) => `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = ${oid} AND d.deptype = 'e')`;

const KEYS: Record<string, string> = {
  // Internal dependants (an identity column's sequence, a composite type's row type, and on
  // Postgres 18 a partitioned table, which depends on its own partition key) are left out.
  relation: `SELECT n.nspname || '.' || c.relname AS key FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${USER_OBJECTS} AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'c') AND ${NOT_EXTENSION('c.oid')}
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'i')`,
  column: `SELECT n.nspname || '.' || c.relname || '.' || a.attname AS key
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${USER_OBJECTS} AND c.relkind IN ('r', 'p', 'v', 'm') AND a.attnum > 0 AND NOT a.attisdropped AND ${NOT_EXTENSION('c.oid')}`,
  constraint: `SELECT n.nspname || '.' || c.relname || '.' || k.conname AS key
    FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${USER_OBJECTS} AND k.contype <> 'n' AND ${NOT_EXTENSION('c.oid')}`,
  index: `SELECT n.nspname || '.' || ic.relname AS key
    FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_namespace n ON n.oid = ic.relnamespace
    WHERE ${USER_OBJECTS} AND ${NOT_EXTENSION('i.indrelid')}`,
  view: `SELECT n.nspname || '.' || c.relname AS key FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${USER_OBJECTS} AND c.relkind IN ('v', 'm') AND ${NOT_EXTENSION('c.oid')}`,
  trigger: `SELECT n.nspname || '.' || c.relname || '.' || t.tgname AS key
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${USER_OBJECTS} AND NOT t.tgisinternal`,
  type: `SELECT n.nspname || '.' || t.typname AS key FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE ${USER_OBJECTS} AND t.typtype IN ('e', 'd', 'r') AND ${NOT_EXTENSION('t.oid')}`,
  function: `SELECT n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS key
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE ${USER_OBJECTS} AND ${NOT_EXTENSION('p.oid')}`,
  policy: `SELECT n.nspname || '.' || c.relname || '.' || p.polname AS key
    FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_OBJECTS}`,
  schema: `SELECT n.nspname AS key FROM pg_namespace n WHERE ${USER_OBJECTS} AND ${NOT_EXTENSION('n.oid')}`,
};

/** kind -> the sorted keys of that kind's objects. */
export async function catalogKeys(db: Pick<SqlSession, 'exec' | 'query'>): Promise<Record<string, string[]>> {
  await db.exec('RESET search_path;');
  const out: Record<string, string[]> = {};
  for (const [kind, query] of Object.entries(KEYS)) {
    const { rows } = await db.query<{ key: string }>(query);
    out[kind] = rows.map((r) => r.key).sort();
  }
  return out;
}
