/**
 * What the catalog snapshot reads, kind by kind: one query per kind of object, returning the
 * object's key and one column per property, as Postgres itself prints it (format_type,
 * pg_get_constraintdef, pg_get_indexdef, pg_get_viewdef, pg_get_triggerdef, pg_get_expr,
 * pg_get_statisticsobjdef...). A NULL column means the property is absent (no comment, the
 * type's default storage...). Column aliases are the words used in a difference
 * ("sequence public.s: increment 4, expected 6").
 *
 * What is deliberately left out is listed, with why, in ../not-compared.ts.
 */
import { NOT_EXTENSION_MEMBER, QUALIFIED, USER_SCHEMA, privilegesSql, rolesSql, sortedList } from './sql-parts';

export interface CatalogKind {
  /** Key of the kind in a snapshot. */
  kind: string;
  /** How an object of the kind is named in words; a `kind` property (tables, types) overrides it. */
  label: string;
  query: string;
}

const YES_NO = (flag: string, yes: string) => `CASE WHEN ${flag} THEN '${yes}' END`;

/** Relations (tables, partitioned tables, views, materialized views, foreign tables). */
const RELATION_KINDS = `('r', 'p', 'v', 'm', 'f')`;

/** An identity column's sequence: internal to the column, named after history (renames). */
const IDENTITY_SEQUENCE = (oid: string) => `EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = ${oid} AND d.deptype = 'i')`;

export const CATALOG_KINDS: CatalogKind[] = [
  {
    kind: 'schema',
    label: 'schema',
    query: `SELECT n.nspname AS key, obj_description(n.oid, 'pg_namespace') AS comment,
        ${privilegesSql('n.nspacl', 'n.nspowner', 'n')} AS privileges
      FROM pg_namespace n WHERE ${USER_SCHEMA('n')} AND ${NOT_EXTENSION_MEMBER('n.oid', 'pg_namespace')}`,
  },
  {
    kind: 'extension',
    label: 'extension',
    // CREATE EXTENSION comments the extension from its control file: that comment is no comment.
    query: `SELECT e.extname AS key, e.extversion AS version, n.nspname AS schema,
        NULLIF(obj_description(e.oid, 'pg_extension'), (SELECT a.comment FROM pg_available_extensions a WHERE a.name = e.extname)) AS comment
      FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace`,
  },
  {
    kind: 'collation',
    label: 'collation',
    // Every column but identity and ownership, whatever this server's version calls them
    // (colliculocale became colllocale in 17); collversion is the library's, not the definition's.
    query: `SELECT ${QUALIFIED('co.collnamespace', 'co.collname')} AS key,
        (to_jsonb(co) - 'oid' - 'collname' - 'collnamespace' - 'collowner' - 'collversion')::text AS definition,
        obj_description(co.oid, 'pg_collation') AS comment
      FROM pg_collation co JOIN pg_namespace n ON n.oid = co.collnamespace
      WHERE ${USER_SCHEMA('n')} AND ${NOT_EXTENSION_MEMBER('co.oid', 'pg_collation')}`,
  },
  {
    kind: 'type',
    label: 'type',
    query: `SELECT ${QUALIFIED('t.typnamespace', 't.typname')} AS key,
        CASE t.typtype WHEN 'e' THEN 'enum' WHEN 'd' THEN 'domain' WHEN 'c' THEN 'composite type' WHEN 'r' THEN 'range type' ELSE 'base type' END AS kind,
        (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid) AS labels,
        CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS "base type",
        ${YES_NO("t.typtype = 'd' AND t.typnotnull", 'not null')} AS "not null",
        t.typdefault AS default,
        CASE WHEN t.typtype = 'd' AND t.typcollation <> (SELECT b.typcollation FROM pg_type b WHERE b.oid = t.typbasetype)
          THEN (SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname) FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = t.typcollation) END AS collation,
        (SELECT string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod)
            || CASE WHEN a.attcollation <> at.typcollation THEN ' COLLATE ' || (SELECT quote_ident(co.collname) FROM pg_collation co WHERE co.oid = a.attcollation) ELSE '' END, ', ' ORDER BY a.attnum)
          FROM pg_attribute a JOIN pg_type at ON at.oid = a.atttypid WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped) AS attributes,
        (SELECT format_type(r.rngsubtype, NULL)
            || ' opclass ' || (SELECT opcname FROM pg_opclass WHERE oid = r.rngsubopc)
            || coalesce(' collation ' || (SELECT collname FROM pg_collation WHERE oid = NULLIF(r.rngcollation, 0)), '')
            || coalesce(' canonical ' || NULLIF(r.rngcanonical::oid, 0)::regproc::text, '')
            || coalesce(' subtype_diff ' || NULLIF(r.rngsubdiff::oid, 0)::regproc::text, '')
            || ' multirange ' || format_type(r.rngmultitypid, NULL)
          FROM pg_range r WHERE r.rngtypid = t.oid) AS range,
        obj_description(t.oid, 'pg_type') AS comment,
        ${privilegesSql('t.typacl', 't.typowner', 'T')} AS privileges
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE ${USER_SCHEMA('n')} AND ${NOT_EXTENSION_MEMBER('t.oid', 'pg_type')}
        AND (t.typtype IN ('e', 'd', 'r')
          OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')
          OR (t.typtype = 'b' AND t.typcategory <> 'A')
          -- A shell type (CREATE TYPE name alone): a pseudo-type until a definition replaces it.
          OR (t.typtype = 'p' AND NOT t.typisdefined))`,
  },
  {
    kind: 'domain constraint',
    label: 'domain constraint',
    // Postgres 18 keeps a domain's NOT NULL as a constraint too; it is the domain's "not null" above.
    query: `SELECT ${QUALIFIED('t.typnamespace', 't.typname')} || '.' || k.conname AS key,
        pg_get_constraintdef(k.oid) AS definition, ${YES_NO('NOT k.convalidated', 'not valid')} AS validity,
        obj_description(k.oid, 'pg_constraint') AS comment
      FROM pg_constraint k JOIN pg_type t ON t.oid = k.contypid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE ${USER_SCHEMA('n')} AND k.contype <> 'n' AND ${NOT_EXTENSION_MEMBER('t.oid', 'pg_type')}`,
  },
  {
    kind: 'sequence',
    label: 'sequence',
    // An identity column's sequence is keyed by its column: its name depends on history.
    query: `SELECT CASE WHEN ${IDENTITY_SEQUENCE('c.oid')}
            THEN (SELECT ${QUALIFIED('tc.relnamespace', 'tc.relname')} || '.' || a.attname || ' (identity)'
              FROM pg_depend d JOIN pg_class tc ON tc.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
              WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'i')
            ELSE n.nspname || '.' || c.relname END AS key,
        format_type(s.seqtypid, NULL) AS type, s.seqstart::text AS start, s.seqincrement::text AS increment,
        s.seqmin::text AS minvalue, s.seqmax::text AS maxvalue, s.seqcache::text AS cache, ${YES_NO('s.seqcycle', 'cycle')} AS cycle,
        CASE WHEN NOT ${IDENTITY_SEQUENCE('c.oid')} THEN (SELECT ${QUALIFIED('tc.relnamespace', 'tc.relname')} || '.' || a.attname
          FROM pg_depend d JOIN pg_class tc ON tc.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
          WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'a' AND d.refobjsubid > 0) END AS "owned by",
        ${YES_NO("c.relpersistence = 'u'", 'unlogged')} AS persistence,
        obj_description(c.oid, 'pg_class') AS comment,
        ${privilegesSql('c.relacl', 'c.relowner', 's')} AS privileges
      FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${USER_SCHEMA('n')} AND ${NOT_EXTENSION_MEMBER('c.oid', 'pg_class')}`,
  },
  {
    kind: 'relation',
    label: 'relation',
    query: `SELECT n.nspname || '.' || c.relname AS key,
        CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'partitioned table' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' ELSE 'foreign table' END AS kind,
        ${YES_NO("c.relpersistence = 'u'", 'unlogged')} AS persistence,
        CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS "partition key",
        CASE WHEN c.relispartition THEN (SELECT ${QUALIFIED('pc.relnamespace', 'pc.relname')} FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent WHERE i.inhrelid = c.oid)
          || ' ' || pg_get_expr(c.relpartbound, c.oid) END AS "partition of",
        CASE WHEN NOT c.relispartition THEN (SELECT string_agg(${QUALIFIED('pc.relnamespace', 'pc.relname')}, ', ' ORDER BY i.inhseqno)
          FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent WHERE i.inhrelid = c.oid) END AS inherits,
        CASE WHEN c.relkind IN ('r', 'p', 'm', 'f') THEN CASE c.relreplident WHEN 'd' THEN NULL WHEN 'n' THEN 'nothing' WHEN 'f' THEN 'full'
          ELSE 'using index ' || coalesce((SELECT ic.relname FROM pg_index x JOIN pg_class ic ON ic.oid = x.indexrelid WHERE x.indrelid = c.oid AND x.indisreplident), '?') END END AS "replica identity",
        concat_ws(', ', ${sortedList('c.reloptions')}, (SELECT ${sortedList("ARRAY(SELECT 'toast.' || o FROM unnest(tc.reloptions) o)")} FROM pg_class tc WHERE tc.oid = c.reltoastrelid)) AS options,
        ${YES_NO('c.relrowsecurity', 'enabled')} AS "row level security",
        ${YES_NO('c.relforcerowsecurity', 'forced')} AS "forced row level security",
        (SELECT amname FROM pg_am WHERE oid = c.relam AND amname <> 'heap') AS "access method",
        CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END AS definition,
        CASE WHEN c.relkind = 'm' AND NOT c.relispopulated THEN 'with no data' END AS populated,
        (SELECT s.srvname || coalesce(' ' || ${sortedList('f.ftoptions')}, '') FROM pg_foreign_table f JOIN pg_foreign_server s ON s.oid = f.ftserver WHERE f.ftrelid = c.oid) AS server,
        obj_description(c.oid, 'pg_class') AS comment,
        ${privilegesSql('c.relacl', 'c.relowner', 'r')} AS privileges
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${USER_SCHEMA('n')} AND c.relkind IN ${RELATION_KINDS} AND ${NOT_EXTENSION_MEMBER('c.oid', 'pg_class')}`,
  },
  {
    kind: 'column',
    label: 'column',
    query: `SELECT n.nspname || '.' || c.relname || '.' || a.attname AS key,
        format_type(a.atttypid, a.atttypmod) AS type,
        ${YES_NO('a.attnotnull', 'not null')}
          || coalesce((SELECT ' not valid' FROM pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'n' AND k.conkey[1] = a.attnum AND NOT k.convalidated), '') AS "not null",
        CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, ad.adrelid) END AS default,
        CASE a.attidentity WHEN 'a' THEN 'generated always' WHEN 'd' THEN 'generated by default' END AS identity,
        CASE WHEN a.attgenerated <> '' THEN pg_get_expr(ad.adbin, ad.adrelid) || CASE a.attgenerated WHEN 's' THEN ' stored' ELSE ' virtual' END END AS generated,
        CASE WHEN a.attcollation <> t.typcollation THEN (SELECT quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
          FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = a.attcollation) END AS collation,
        CASE WHEN a.attstorage <> t.typstorage THEN CASE a.attstorage WHEN 'p' THEN 'plain' WHEN 'e' THEN 'external' WHEN 'm' THEN 'main' ELSE 'extended' END END AS storage,
        CASE WHEN coalesce(a.attstattarget::int, -1) >= 0 THEN a.attstattarget::text END AS statistics,
        CASE a.attcompression WHEN 'p' THEN 'pglz' WHEN 'l' THEN 'lz4' END AS compression,
        CASE WHEN a.attinhcount > 0 AND NOT c.relispartition THEN CASE WHEN a.attislocal THEN 'inherited and local' ELSE 'inherited' END END AS inheritance,
        col_description(c.oid, a.attnum) AS comment,
        ${privilegesSql('a.attacl', 'c.relowner')} AS privileges
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_type t ON t.oid = a.atttypid
      LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
      WHERE ${USER_SCHEMA('n')} AND c.relkind IN ${RELATION_KINDS} AND a.attnum > 0 AND NOT a.attisdropped AND ${NOT_EXTENSION_MEMBER('c.oid', 'pg_class')}`,
  },
  {
    kind: 'constraint',
    label: 'constraint',
    // NOT NULL constraints (Postgres 18 keeps them here, named after history) are the columns' "not null".
    query: `SELECT n.nspname || '.' || c.relname || '.' || k.conname AS key,
        pg_get_constraintdef(k.oid) AS definition, ${YES_NO('NOT k.convalidated', 'not valid')} AS validity,
        obj_description(k.oid, 'pg_constraint') AS comment
      FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${USER_SCHEMA('n')} AND k.contype <> 'n' AND ${NOT_EXTENSION_MEMBER('c.oid', 'pg_class')}`,
  },
  {
    kind: 'index',
    label: 'index',
    query: `SELECT n.nspname || '.' || ic.relname AS key,
        regexp_replace(pg_get_indexdef(i.indexrelid), '^CREATE (UNIQUE )?INDEX \\S+ ', 'CREATE \\1INDEX ') AS definition,
        ${YES_NO('NOT i.indisvalid', 'invalid')} AS validity,
        ${YES_NO('i.indisclustered', 'clustered')} AS clustered,
        (SELECT ${QUALIFIED('pc.relnamespace', 'pc.relname')} FROM pg_inherits h JOIN pg_class pc ON pc.oid = h.inhparent WHERE h.inhrelid = ic.oid) AS "attached to",
        obj_description(ic.oid, 'pg_class') AS comment
      FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_namespace n ON n.oid = ic.relnamespace
      WHERE ${USER_SCHEMA('n')} AND ${NOT_EXTENSION_MEMBER('i.indrelid', 'pg_class')}`,
  },
  {
    kind: 'trigger',
    label: 'trigger',
    query: `SELECT n.nspname || '.' || c.relname || '.' || t.tgname AS key, pg_get_triggerdef(t.oid) AS definition,
        CASE t.tgenabled WHEN 'D' THEN 'disabled' WHEN 'R' THEN 'enabled on replica only' WHEN 'A' THEN 'enabled always' END AS enabled,
        obj_description(t.oid, 'pg_trigger') AS comment
      FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${USER_SCHEMA('n')} AND NOT t.tgisinternal AND ${NOT_EXTENSION_MEMBER('c.oid', 'pg_class')}`,
  },
  {
    kind: 'policy',
    label: 'policy',
    query: `SELECT n.nspname || '.' || c.relname || '.' || p.polname AS key,
        CASE p.polcmd WHEN 'r' THEN 'select' WHEN 'a' THEN 'insert' WHEN 'w' THEN 'update' WHEN 'd' THEN 'delete' ELSE 'all' END AS command,
        CASE WHEN p.polpermissive THEN 'permissive' ELSE 'restrictive' END AS mode,
        ${rolesSql('p.polroles')} AS roles,
        pg_get_expr(p.polqual, p.polrelid) AS using, pg_get_expr(p.polwithcheck, p.polrelid) AS "with check",
        obj_description(p.oid, 'pg_policy') AS comment
      FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE ${USER_SCHEMA('n')}`,
  },
  {
    kind: 'routine',
    label: 'function',
    query: `SELECT n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS key,
        CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' WHEN 'w' THEN 'window function' ELSE 'function' END AS kind,
        pg_get_function_arguments(p.oid) AS arguments,
        pg_get_function_result(p.oid) AS result,
        l.lanname AS language,
        CASE p.provolatile WHEN 'i' THEN 'immutable' WHEN 's' THEN 'stable' ELSE 'volatile' END AS volatility,
        ${YES_NO('p.proisstrict', 'strict')} AS strict,
        ${YES_NO('p.prosecdef', 'security definer')} AS security,
        ${YES_NO('p.proleakproof', 'leakproof')} AS leakproof,
        CASE p.proparallel WHEN 's' THEN 'parallel safe' WHEN 'r' THEN 'parallel restricted' ELSE 'parallel unsafe' END AS parallel,
        p.procost::text AS cost,
        CASE WHEN p.proretset THEN p.prorows::text END AS rows,
        NULLIF(p.prosupport::oid, 0)::regproc::text AS support,
        array_to_string(p.proconfig, ', ') AS "set",
        coalesce(pg_get_function_sqlbody(p.oid), p.prosrc) AS body,
        obj_description(p.oid, 'pg_proc') AS comment,
        ${privilegesSql('p.proacl', 'p.proowner', 'f')} AS privileges
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
      WHERE ${USER_SCHEMA('n')} AND ${NOT_EXTENSION_MEMBER('p.oid', 'pg_proc')}`,
  },
  {
    kind: 'statistics',
    label: 'statistics object',
    query: `SELECT n.nspname || '.' || s.stxname AS key,
        regexp_replace(pg_get_statisticsobjdef(s.oid), '^CREATE STATISTICS \\S+', 'CREATE STATISTICS') AS definition,
        CASE WHEN coalesce(s.stxstattarget::int, -1) >= 0 THEN s.stxstattarget::text END AS statistics,
        obj_description(s.oid, 'pg_statistic_ext') AS comment
      FROM pg_statistic_ext s JOIN pg_namespace n ON n.oid = s.stxnamespace
      WHERE ${USER_SCHEMA('n')} AND ${NOT_EXTENSION_MEMBER('s.oid', 'pg_statistic_ext')}`,
  },
  {
    kind: 'default privileges',
    label: 'default privileges',
    query: `SELECT 'for role ' || quote_ident(pg_get_userbyid(d.defaclrole)) || coalesce(' in schema ' || quote_ident(n.nspname), '')
          || ' on ' || CASE d.defaclobjtype WHEN 'r' THEN 'tables' WHEN 'S' THEN 'sequences' WHEN 'f' THEN 'functions' WHEN 'T' THEN 'types' WHEN 'n' THEN 'schemas' ELSE 'large objects' END AS key,
        ${privilegesSql('d.defaclacl', 'd.defaclrole')} AS privileges
      FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace`,
  },
];
