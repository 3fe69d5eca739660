/**
 * SQL fragments the catalog queries share: which schemas are the user's, which objects belong to
 * an extension, and how an access-control list is written out in words.
 */

/** Schemas Postgres keeps for itself. */
export const USER_SCHEMA = (nsp: string) =>
  `${nsp}.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND ${nsp}.nspname NOT LIKE 'pg\\_temp\\_%' AND ${nsp}.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'`;

/** Objects an extension created (`deptype = 'e'`) come and go with it and are not compared one by one. */
export const NOT_EXTENSION_MEMBER = (oid: string, classid: string) =>
  `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${classid}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;

/** `schema.name` of a relation, type, routine... by its namespace oid and name. */
export const QUALIFIED = (nspOid: string, name: string) => `(SELECT nspname FROM pg_namespace WHERE oid = ${nspOid}) || '.' || ${name}`;

/**
 * An access-control list as `grantee PRIVILEGE, PRIVILEGE (grantable)` items, one per grantee,
 * sorted. A NULL list means the default for the kind of object (acldefault): the owner holds
 * everything and, for functions and types, PUBLIC holds EXECUTE or USAGE, so a GRANT and the
 * REVOKE that undoes it compare equal to never having granted. The owner is written `owner`
 * (who owns an object is not compared) and the grantor is left out (see not-compared.ts).
 *
 * @param defaultKind acldefault's object type letter ('r' relation, 's' sequence, 'f' function,
 *   'T' type, 'n' schema), or undefined for column lists, whose default is empty.
 */
export function privilegesSql(acl: string, owner: string, defaultKind?: string): string {
  const list = defaultKind ? `coalesce(${acl}, acldefault('${defaultKind}', ${owner}))` : acl;
  const grantee = `CASE WHEN x.grantee = 0 THEN 'PUBLIC' WHEN x.grantee = ${owner} THEN 'owner' ELSE quote_ident(pg_get_userbyid(x.grantee)) END`;
  const privilege = `x.privilege_type || CASE WHEN x.is_grantable THEN ' (grantable)' ELSE '' END`;
  // aclexplode refuses an empty list (zero dimensions): no privileges, no text.
  return `(SELECT string_agg(g || ' ' || p, '; ' ORDER BY g) FROM (
      SELECT ${grantee} AS g, string_agg(DISTINCT ${privilege}, ', ' ORDER BY ${privilege}) AS p
      FROM aclexplode(CASE WHEN cardinality(${list}) > 0 THEN ${list} END) x GROUP BY 1) y)`;
}

/** Sorted text array items joined, or NULL when there are none. */
export const sortedList = (array: string) => `(SELECT string_agg(v, ', ' ORDER BY v) FROM unnest(${array}) v)`;

/** A role list (policy roles): 0 is PUBLIC. */
export const rolesSql = (oids: string) =>
  `(SELECT string_agg(n, ', ' ORDER BY n) FROM (SELECT CASE WHEN r = 0 THEN 'public' ELSE quote_ident(pg_get_userbyid(r)) END AS n FROM unnest(${oids}) r) roles)`;
