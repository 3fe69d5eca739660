/**
 * A second, independent description of a database's catalog, written for the tests with plain
 * catalog queries (pg_get_constraintdef, pg_get_indexdef, pg_get_functiondef, pg_sequence,
 * pg_policy, relacl, reloptions, pg_description, attcollation / attstorage / attstattarget,
 * pg_inherits, pg_partitioned_table, relpartbound, relreplident, relforcerowsecurity,
 * pg_extension, pg_default_acl, pg_statistic_ext, pg_collation, pg_type, pg_range...), so that
 * src/core/verify's snapshot can be checked against it: both must find the same objects
 * different. It leaves out what verify documents as not compared (owners, grantors, column order,
 * the names of NOT NULL constraints and identity sequences; a partition's columns' inheritance, which
 * its attachment implies), and nothing else.
 *
 * Each object is one JSON value under a key `kind name` that names the same object as verify's
 * snapshot does, so the two can be compared object by object.
 */
import type { PGlite } from '@electric-sql/pglite';

const USER = (nsp: string) => `${nsp} NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND ${nsp} !~ '^pg_(toast_)?temp_'`;
const NOT_IN_EXTENSION = (classid: string, oid: string) => `${oid} NOT IN (SELECT objid FROM pg_depend WHERE classid = '${classid}'::regclass AND deptype = 'e')`;
/** Every privilege, the owner's as `OWNER`, PUBLIC's as `PUBLIC`, the grantor left out; NULL is the kind's default. */
const ACL = (acl: string, owner: string, kind?: string) => `(SELECT jsonb_agg(DISTINCT jsonb_build_array(
    CASE e.grantee WHEN 0 THEN 'PUBLIC' WHEN ${owner} THEN 'OWNER' ELSE (SELECT rolname FROM pg_roles WHERE oid = e.grantee) END, e.privilege_type, e.is_grantable))
  FROM aclexplode(${kind ? `coalesce(${acl}, acldefault('${kind}', ${owner}))` : acl}) e WHERE cardinality(${kind ? `coalesce(${acl}, acldefault('${kind}', ${owner}))` : acl}) > 0)`;
const DESCRIPTION = (oid: string, catalog: string, sub = '0') =>
  `(SELECT description FROM pg_description WHERE objoid = ${oid} AND classoid = '${catalog}'::regclass AND objsubid = ${sub})`;
const NAME = (nspOid: string, name: string) => `(SELECT nspname FROM pg_namespace WHERE oid = ${nspOid}) || '.' || ${name}`;

const QUERIES: Record<string, string> = {
  schema: `SELECT nspname AS key, jsonb_build_object('d', ${DESCRIPTION('oid', 'pg_namespace')}, 'acl', ${ACL('nspacl', 'nspowner', 'n')})
    FROM pg_namespace WHERE ${USER('nspname')} AND ${NOT_IN_EXTENSION('pg_namespace', 'oid')}`,
  // The comment CREATE EXTENSION copies from the control file counts as none.
  extension: `SELECT extname, jsonb_build_object('v', extversion, 's', extnamespace::regnamespace::text,
      'd', NULLIF(${DESCRIPTION('e.oid', 'pg_extension')}, (SELECT comment FROM pg_available_extensions WHERE name = e.extname))) FROM pg_extension e`,
  collation: `SELECT ${NAME('collnamespace', 'collname')}, jsonb_build_object('p', collprovider, 'det', collisdeterministic, 'enc', collencoding,
      'c', collcollate, 'ct', collctype, 'l', colllocale, 'r', collicurules, 'd', ${DESCRIPTION('oid', 'pg_collation')})
    FROM pg_collation WHERE ${USER('collnamespace::regnamespace::text')} AND ${NOT_IN_EXTENSION('pg_collation', 'oid')}`,
  type: `SELECT ${NAME('t.typnamespace', 't.typname')}, jsonb_build_object('t', t.typtype, 'base', CASE WHEN t.typbasetype <> 0 THEN format_type(t.typbasetype, t.typtypmod) END,
      'nn', t.typnotnull, 'def', t.typdefault, 'coll', CASE WHEN t.typtype = 'd' THEN NULLIF(t.typcollation, (SELECT typcollation FROM pg_type WHERE oid = t.typbasetype))::regcollation::text END,
      'labels', (SELECT jsonb_agg(enumlabel ORDER BY enumsortorder) FROM pg_enum WHERE enumtypid = t.oid),
      'attrs', (SELECT jsonb_agg(jsonb_build_array(attname, format_type(atttypid, atttypmod), NULLIF(attcollation, (SELECT typcollation FROM pg_type WHERE oid = atttypid))::regcollation::text) ORDER BY attnum) FROM pg_attribute WHERE attrelid = t.typrelid AND attnum > 0 AND NOT attisdropped),
      'range', (SELECT jsonb_build_array(format_type(rngsubtype, NULL), (SELECT opcname FROM pg_opclass WHERE oid = rngsubopc), NULLIF(rngcollation, 0)::regcollation::text, rngcanonical::text, rngsubdiff::text, format_type(rngmultitypid, NULL)) FROM pg_range WHERE rngtypid = t.oid),
      'd', ${DESCRIPTION('t.oid', 'pg_type')}, 'acl', ${ACL('t.typacl', 't.typowner', 'T')})
    FROM pg_type t WHERE ${USER('t.typnamespace::regnamespace::text')} AND ${NOT_IN_EXTENSION('pg_type', 't.oid')}
      AND (t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND t.typrelid IN (SELECT oid FROM pg_class WHERE relkind = 'c')) OR (t.typtype = 'b' AND t.typcategory <> 'A') OR (t.typtype = 'p' AND NOT t.typisdefined))`,
  'domain constraint': `SELECT ${NAME('t.typnamespace', 't.typname')} || '.' || k.conname, jsonb_build_object('def', pg_get_constraintdef(k.oid), 'v', k.convalidated, 'd', ${DESCRIPTION('k.oid', 'pg_constraint')})
    FROM pg_constraint k JOIN pg_type t ON t.oid = k.contypid WHERE k.contype <> 'n' AND ${USER('t.typnamespace::regnamespace::text')} AND ${NOT_IN_EXTENSION('pg_type', 't.oid')}`,
  sequence: `SELECT coalesce((SELECT ${NAME('r.relnamespace', 'r.relname')} || '.' || a.attname || ' (identity)' FROM pg_depend d JOIN pg_class r ON r.oid = d.refobjid
        JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum = d.refobjsubid WHERE d.objid = s.seqrelid AND d.classid = 'pg_class'::regclass AND d.deptype = 'i'), ${NAME('c.relnamespace', 'c.relname')}),
      jsonb_build_object('seq', to_jsonb(s) - 'seqrelid' || jsonb_build_object('seqtypid', s.seqtypid::regtype::text), 'p', c.relpersistence,
        'owned', (SELECT ${NAME('r.relnamespace', 'r.relname')} || '.' || a.attname FROM pg_depend d JOIN pg_class r ON r.oid = d.refobjid
          JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum = d.refobjsubid WHERE d.objid = s.seqrelid AND d.classid = 'pg_class'::regclass AND d.deptype = 'a'),
        'd', ${DESCRIPTION('c.oid', 'pg_class')}, 'acl', ${ACL('c.relacl', 'c.relowner', 's')})
    FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid WHERE ${USER('c.relnamespace::regnamespace::text')} AND ${NOT_IN_EXTENSION('pg_class', 'c.oid')}`,
  relation: `SELECT ${NAME('c.relnamespace', 'c.relname')}, jsonb_build_object('k', c.relkind, 'p', c.relpersistence, 'rls', c.relrowsecurity, 'force', c.relforcerowsecurity,
      'ri', c.relreplident, 'riix', (SELECT indexrelid::regclass::text FROM pg_index WHERE indrelid = c.oid AND indisreplident AND c.relreplident = 'i'),
      'opts', (SELECT jsonb_agg(o ORDER BY o) FROM unnest(c.reloptions) o), 'toast', (SELECT jsonb_agg(o ORDER BY o) FROM pg_class t, unnest(t.reloptions) o WHERE t.oid = c.reltoastrelid),
      'am', (SELECT amname FROM pg_am WHERE oid = c.relam), 'partkey', (SELECT pg_get_partkeydef(partrelid) FROM pg_partitioned_table WHERE partrelid = c.oid),
      'bound', pg_get_expr(c.relpartbound, c.oid),
      'parents', (SELECT jsonb_agg(${NAME('p.relnamespace', 'p.relname')} ORDER BY i.inhseqno) FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent WHERE i.inhrelid = c.oid),
      'view', CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END, 'populated', c.relispopulated,
      'ft', (SELECT jsonb_build_array((SELECT srvname FROM pg_foreign_server WHERE oid = ftserver), (SELECT jsonb_agg(o ORDER BY o) FROM unnest(ftoptions) o)) FROM pg_foreign_table WHERE ftrelid = c.oid),
      'd', ${DESCRIPTION('c.oid', 'pg_class')}, 'acl', ${ACL('c.relacl', 'c.relowner', 'r')})
    FROM pg_class c WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND ${USER('c.relnamespace::regnamespace::text')} AND ${NOT_IN_EXTENSION('pg_class', 'c.oid')}`,
  column: `SELECT ${NAME('c.relnamespace', 'c.relname')} || '.' || a.attname, jsonb_build_object('t', format_type(a.atttypid, a.atttypmod), 'nn', a.attnotnull,
      'nnv', (SELECT convalidated FROM pg_constraint WHERE conrelid = c.oid AND contype = 'n' AND conkey = ARRAY[a.attnum]),
      'def', (SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef WHERE adrelid = c.oid AND adnum = a.attnum), 'id', a.attidentity, 'gen', a.attgenerated,
      'coll', NULLIF(a.attcollation, (SELECT typcollation FROM pg_type WHERE oid = a.atttypid))::regcollation::text,
      'storage', NULLIF(a.attstorage, (SELECT typstorage FROM pg_type WHERE oid = a.atttypid)), 'stat', a.attstattarget, 'cmp', a.attcompression,
      'inh', CASE WHEN c.relispartition OR a.attinhcount = 0 THEN NULL ELSE jsonb_build_array('inherited', a.attislocal) END,
      'd', ${DESCRIPTION('c.oid', 'pg_class', 'a.attnum')}, 'acl', ${ACL('a.attacl', 'c.relowner')})
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
    WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped AND ${USER('c.relnamespace::regnamespace::text')} AND ${NOT_IN_EXTENSION('pg_class', 'c.oid')}`,
  constraint: `SELECT ${NAME('c.relnamespace', 'c.relname')} || '.' || k.conname, jsonb_build_object('def', pg_get_constraintdef(k.oid), 'v', k.convalidated, 'd', ${DESCRIPTION('k.oid', 'pg_constraint')})
    FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid WHERE k.contype <> 'n' AND ${USER('c.relnamespace::regnamespace::text')} AND ${NOT_IN_EXTENSION('pg_class', 'c.oid')}`,
  index: `SELECT ${NAME('c.relnamespace', 'c.relname')}, jsonb_build_object('def', substr(pg_get_indexdef(i.indexrelid), position(' ON ' IN pg_get_indexdef(i.indexrelid))),
      'u', i.indisunique, 'valid', i.indisvalid, 'cl', i.indisclustered, 'parent', (SELECT inhparent::regclass::text FROM pg_inherits WHERE inhrelid = c.oid), 'd', ${DESCRIPTION('c.oid', 'pg_class')})
    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE ${USER('c.relnamespace::regnamespace::text')} AND ${NOT_IN_EXTENSION('pg_class', 'i.indrelid')}`,
  trigger: `SELECT ${NAME('c.relnamespace', 'c.relname')} || '.' || t.tgname, jsonb_build_object('def', pg_get_triggerdef(t.oid), 'en', t.tgenabled, 'd', ${DESCRIPTION('t.oid', 'pg_trigger')})
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal AND ${USER('c.relnamespace::regnamespace::text')} AND ${NOT_IN_EXTENSION('pg_class', 'c.oid')}`,
  policy: `SELECT ${NAME('c.relnamespace', 'c.relname')} || '.' || p.polname, jsonb_build_object('cmd', p.polcmd, 'perm', p.polpermissive,
      'roles', (SELECT jsonb_agg(n ORDER BY n) FROM (SELECT CASE r WHEN 0 THEN 'public' ELSE (SELECT rolname FROM pg_roles WHERE oid = r) END AS n FROM unnest(p.polroles) r) x),
      'qual', pg_get_expr(p.polqual, p.polrelid), 'check', pg_get_expr(p.polwithcheck, p.polrelid), 'd', ${DESCRIPTION('p.oid', 'pg_policy')})
    FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid WHERE ${USER('c.relnamespace::regnamespace::text')}`,
  // pg_get_functiondef covers language, volatility, strictness, security, leakproofness,
  // parallel safety, cost, rows, support, SET options and the body; it refuses aggregates.
  routine: `SELECT ${NAME('p.pronamespace', 'p.proname')} || '(' || pg_get_function_identity_arguments(p.oid) || ')', jsonb_build_object('k', p.prokind,
      'def', CASE WHEN p.prokind <> 'a' THEN pg_get_functiondef(p.oid) END, 'args', pg_get_function_arguments(p.oid), 'agg', CASE WHEN p.prokind = 'a' THEN p.prosrc END,
      'd', ${DESCRIPTION('p.oid', 'pg_proc')}, 'acl', ${ACL('p.proacl', 'p.proowner', 'f')})
    FROM pg_proc p WHERE ${USER('p.pronamespace::regnamespace::text')} AND ${NOT_IN_EXTENSION('pg_proc', 'p.oid')}`,
  statistics: `SELECT ${NAME('s.stxnamespace', 's.stxname')}, jsonb_build_object('def', substr(pg_get_statisticsobjdef(s.oid), position(' ' IN substr(pg_get_statisticsobjdef(s.oid), 19)) + 18),
      't', s.stxstattarget, 'd', ${DESCRIPTION('s.oid', 'pg_statistic_ext')})
    FROM pg_statistic_ext s WHERE ${USER('s.stxnamespace::regnamespace::text')} AND ${NOT_IN_EXTENSION('pg_statistic_ext', 's.oid')}`,
  'default privileges': `SELECT 'for role ' || quote_ident(r.rolname) || coalesce(' in schema ' || quote_ident(n.nspname), '') || ' on '
        || (ARRAY['tables', 'sequences', 'functions', 'types', 'schemas', 'large objects'])[array_position(ARRAY['r', 'S', 'f', 'T', 'n', 'L']::"char"[], d.defaclobjtype)],
      jsonb_build_object('acl', ${ACL('d.defaclacl', 'd.defaclrole')})
    FROM pg_default_acl d JOIN pg_roles r ON r.oid = d.defaclrole LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace`,
};

/** `kind name` -> the object as JSON text. */
export type IndependentCatalog = Map<string, string>;

export async function describeCatalog(db: PGlite): Promise<IndependentCatalog> {
  await db.exec('RESET search_path;');
  const catalog: IndependentCatalog = new Map();
  for (const [kind, query] of Object.entries(QUERIES)) {
    const result = await db.query<unknown[]>(query, [], { rowMode: 'array' });
    for (const [key, value] of result.rows) catalog.set(`${kind} ${key as string}`, JSON.stringify(value));
  }
  return catalog;
}

/** The objects (`kind name`) that differ between two descriptions: missing, unexpected or changed. */
export function differingObjects(a: IndependentCatalog, b: IndependentCatalog): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k)).sort();
}
