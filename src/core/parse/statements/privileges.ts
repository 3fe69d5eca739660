/**
 * GRANT / REVOKE on tables (views, sequences...), columns, sequences, routines, schemas and types,
 * and ALTER DEFAULT PRIVILEGES. Privileges on the database, languages, tablespaces, foreign
 * servers and large objects are outside the schema and only counted.
 */
import type { Node } from '@pgsql/types';
import { applyGrant, defaultPrivilegesBase, defaultPrivilegesKey, defaultPrivilegesKind, effectivePrivileges, type GrantAction, type PrivilegeKind, samePrivileges, schemaPrivilegeKind, storedPrivileges } from '../../model/privileges';
import { OWNER_GRANTEE, PUBLIC_GRANTEE, type DefaultPrivileges, type Privilege } from '../../model/types';
import { type Fields, listName, rangeVarName, stringValue, unwrap } from '../ast';
import type { ImportContext } from '../context';
import { findRoutineByObject } from './routines';

/** Something that holds privileges, and who owns it (when a statement said). */
interface Holder {
  object: { privileges?: Privilege[]; owner?: string };
  kind: PrivilegeKind;
  /** Table columns, for column privileges and for REVOKE on the table, which reaches them too. */
  columns?: { name: string; privileges?: Privilege[] }[];
}

/** A grantee as the model writes it: PUBLIC, the owner, or a role name. */
function grantee(spec: Fields, owner: string | undefined): string {
  switch (spec.roletype) {
    case 'ROLESPEC_PUBLIC':
      return PUBLIC_GRANTEE;
    case 'ROLESPEC_CSTRING':
      return spec.rolename === owner ? OWNER_GRANTEE : spec.rolename;
    default:
      // CURRENT_USER / CURRENT_ROLE / SESSION_USER: the role running the script, taken to own
      // what it works on (owners are not managed: docs/verify.md).
      return OWNER_GRANTEE;
  }
}

/** The privileges a statement names: table-level ones, and column lists (`SELECT (a, b)`). */
function namedPrivileges(stmt: Fields): { table?: string[]; byColumn: Map<string, string[] | undefined> } {
  const list = (stmt.privileges as Node[] | undefined) ?? [];
  const byColumn = new Map<string, string[] | undefined>();
  if (list.length === 0) return { byColumn };
  const table: string[] = [];
  for (const node of list) {
    const p = unwrap(node, 'AccessPriv') ?? {};
    const name = p.priv_name ? String(p.priv_name).toUpperCase() : undefined;
    const columns = ((p.cols as Node[] | undefined) ?? []).map((c) => stringValue(c) ?? '');
    if (columns.length === 0) {
      if (name) table.push(name);
      continue;
    }
    for (const column of columns) {
      // `ALL (a)`: every column privilege (undefined), which nothing adds to.
      if (name === undefined) byColumn.set(column, undefined);
      else if (!byColumn.has(column) || byColumn.get(column) !== undefined) byColumn.set(column, [...(byColumn.get(column) ?? []), name]);
    }
  }
  return { ...(table.length > 0 ? { table } : {}), byColumn };
}

function apply(holder: Holder, stmt: Fields, names: ReturnType<typeof namedPrivileges>): void {
  const owner = holder.object.owner;
  const grantees = ((stmt.grantees as Node[] | undefined) ?? []).map((g) => grantee(unwrap(g, 'RoleSpec') ?? {}, owner));
  const revoke = !stmt.is_grant;
  const base: Omit<GrantAction, 'privileges'> = { revoke, grantees, grantOption: Boolean(stmt.grant_option) };
  const tableLevel = names.table !== undefined || names.byColumn.size === 0;
  if (tableLevel) {
    const privileges = names.table;
    const action: GrantAction = { ...base, ...(privileges ? { privileges } : {}) };
    const next = applyGrant(effectivePrivileges(holder.object.privileges, holder.kind), holder.kind, action);
    holder.object.privileges = storedPrivileges(next, holder.kind);
    if (!holder.object.privileges) delete holder.object.privileges;
    // Revoking a table privilege revokes it on every column too.
    if (revoke && holder.columns) {
      const columnPrivileges = (privileges ?? ['SELECT', 'INSERT', 'UPDATE', 'REFERENCES']).filter((p) => ['SELECT', 'INSERT', 'UPDATE', 'REFERENCES'].includes(p));
      for (const column of holder.columns) setColumn(column, { ...base, privileges: columnPrivileges });
    }
  }
  for (const [name, privileges] of names.byColumn) {
    const column = holder.columns?.find((c) => c.name === name);
    if (column) setColumn(column, { ...base, ...(privileges ? { privileges } : {}) });
  }
}

function setColumn(column: { privileges?: Privilege[] }, action: GrantAction): void {
  const next = applyGrant(column.privileges ?? [], 'column', action);
  if (next.length > 0) column.privileges = next;
  else delete column.privileges;
}

/** The objects a GRANT names, as holders; a name not found is reported. */
function holders(ctx: ImportContext, stmt: Fields): Holder[] | undefined {
  const objects = (stmt.objects as Node[] | undefined) ?? [];
  const out: Holder[] = [];
  const missing = (what: string) => ctx.report('warning', `GRANT / REVOKE on ${what}: the object is not in the model`);
  const inSchemas = stmt.targtype === 'ACL_TARGET_ALL_IN_SCHEMA' ? new Set(objects.map((o) => stringValue(o) ?? '')) : undefined;
  switch (stmt.objtype) {
    case 'OBJECT_TABLE':
    case 'OBJECT_SEQUENCE':
    case 'OBJECT_FOREIGN_TABLE': {
      if (inSchemas) {
        const sequences = stmt.objtype === 'OBJECT_SEQUENCE';
        if (sequences) for (const s of Object.values(ctx.schema.sequences)) if (inSchemas.has(s.schema)) out.push({ object: s, kind: 'sequence' });
        if (!sequences) {
          for (const t of Object.values(ctx.schema.tables)) if (inSchemas.has(t.schema)) out.push({ object: t, kind: 'table', columns: t.columns });
          for (const v of Object.values(ctx.schema.views)) if (inSchemas.has(v.schema)) out.push({ object: v, kind: 'table' });
        }
        return out;
      }
      for (const node of objects) {
        const name = rangeVarName(unwrap(node, 'RangeVar') ?? {});
        const relation = ctx.findRelation(name);
        if (!relation) missing(name.name);
        else if (relation.kind === 'table') out.push({ object: relation.table, kind: 'table', columns: relation.table.columns });
        else if (relation.kind === 'view') out.push({ object: relation.view, kind: 'table' });
        else out.push({ object: relation.sequence, kind: 'sequence' });
      }
      return out;
    }
    case 'OBJECT_FUNCTION':
    case 'OBJECT_PROCEDURE':
    case 'OBJECT_ROUTINE': {
      if (inSchemas) {
        const kinds = stmt.objtype === 'OBJECT_FUNCTION' ? ['function'] : stmt.objtype === 'OBJECT_PROCEDURE' ? ['procedure'] : ['function', 'procedure'];
        for (const r of Object.values(ctx.schema.routines)) if (inSchemas.has(r.schema) && kinds.includes(r.kind)) out.push({ object: r, kind: 'function' });
        return out;
      }
      for (const node of objects) {
        const found = findRoutineByObject(ctx, unwrap(node, 'ObjectWithArgs') ?? {});
        if (found.length !== 1) missing(listName(unwrap(node, 'ObjectWithArgs')?.objname).name);
        else out.push({ object: found[0]!.routine, kind: 'function' });
      }
      return out;
    }
    case 'OBJECT_SCHEMA':
      for (const node of objects) {
        const namespace = ctx.schema.namespaces[stringValue(node) ?? ''];
        if (!namespace) missing(stringValue(node) ?? '');
        else out.push({ object: namespace, kind: schemaPrivilegeKind(namespace.name) });
      }
      return out;
    case 'OBJECT_TYPE':
    case 'OBJECT_DOMAIN':
      for (const node of objects) {
        const name = listName(unwrap(node, 'List')?.items ?? unwrap(node, 'TypeName')?.names);
        const type = ctx.findType(name);
        if (!type) missing(name.name);
        else out.push({ object: type, kind: 'type' });
      }
      return out;
    default:
      return undefined;
  }
}

export function grantStatement(ctx: ImportContext, stmt: Fields): void {
  if (stmt.is_grant) ctx.schema.other.grants++;
  else ctx.schema.other.revokes++;
  const found = holders(ctx, stmt);
  if (!found) return;
  const names = namedPrivileges(stmt);
  for (const holder of found) apply(holder, stmt, names);
}

const DEFAULT_OBJECTS: Record<string, DefaultPrivileges['objects']> = {
  OBJECT_TABLE: 'tables',
  OBJECT_SEQUENCE: 'sequences',
  OBJECT_FUNCTION: 'functions',
  OBJECT_ROUTINE: 'functions',
  OBJECT_PROCEDURE: 'functions',
  OBJECT_TYPE: 'types',
  OBJECT_SCHEMA: 'schemas',
};

/** ALTER DEFAULT PRIVILEGES [FOR ROLE r] [IN SCHEMA s] GRANT / REVOKE ... ON TABLES | ... */
export function alterDefaultPrivileges(ctx: ImportContext, stmt: Fields): void {
  const action = unwrap(stmt.action, 'GrantStmt') ?? stmt.action ?? {};
  const objects = DEFAULT_OBJECTS[action.objtype as string];
  if (!objects) return; // large objects: outside the schema
  let roles: (string | undefined)[] = [undefined];
  let schemas: (string | undefined)[] = [undefined];
  for (const node of (stmt.options as Node[] | undefined) ?? []) {
    const d = unwrap(node, 'DefElem') ?? {};
    const items = (unwrap(d.arg, 'List')?.items as Node[] | undefined) ?? [];
    if (d.defname === 'roles') roles = items.map((r) => (unwrap(r, 'RoleSpec')?.roletype === 'ROLESPEC_CSTRING' ? unwrap(r, 'RoleSpec')!.rolename : undefined));
    if (d.defname === 'schemas') schemas = items.map((s) => stringValue(s) ?? '');
  }
  const names = namedPrivileges(action);
  for (const role of roles) {
    for (const schema of schemas) {
      const entry = { ...(role !== undefined ? { role } : {}), ...(schema !== undefined ? { schema } : {}), objects };
      const key = defaultPrivilegesKey(entry);
      const base = defaultPrivilegesBase(entry);
      const current = ctx.schema.defaultPrivileges[key]?.privileges ?? base;
      const kind = defaultPrivilegesKind(objects);
      const grantees = ((action.grantees as Node[] | undefined) ?? []).map((g) => grantee(unwrap(g, 'RoleSpec') ?? {}, role));
      const next = applyGrant(current, kind, { revoke: !action.is_grant, grantees, grantOption: Boolean(action.grant_option), ...(names.table ? { privileges: names.table } : {}) });
      // Back at the default: Postgres removes the entry.
      if (samePrivileges(next, base)) delete ctx.schema.defaultPrivileges[key];
      else ctx.schema.defaultPrivileges[key] = { ...entry, privileges: next };
    }
  }
}
