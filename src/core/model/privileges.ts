/**
 * Access privileges as the model keeps them (types.ts `Privilege`): the whole list an object has
 * after its GRANTs and REVOKEs, absent while it is the default for the kind. The rules are
 * Postgres's (acldefault, aclchk.c): a new object starts from the default privileges in force
 * (ALTER DEFAULT PRIVILEGES, else the built-in default), GRANT adds, REVOKE removes, REVOKE GRANT
 * OPTION FOR only takes the grant option away.
 */
import { OWNER_GRANTEE, PUBLIC_GRANTEE, type DefaultPrivileges, type Privilege, type Schema } from './types';

/** `public-schema`: the schema `public`, which initdb creates with its own default (below). */
export type PrivilegeKind = 'table' | 'sequence' | 'function' | 'type' | 'schema' | 'public-schema' | 'column';

export function schemaPrivilegeKind(name: string): PrivilegeKind {
  return name === 'public' ? 'public-schema' : 'schema';
}

/** What ALL means for each kind of object (Postgres 17+: MAINTAIN on tables). */
export const ALL_PRIVILEGES: Record<PrivilegeKind, string[]> = {
  table: ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER', 'MAINTAIN'],
  sequence: ['USAGE', 'SELECT', 'UPDATE'],
  function: ['EXECUTE'],
  type: ['USAGE'],
  schema: ['USAGE', 'CREATE'],
  'public-schema': ['USAGE', 'CREATE'],
  column: ['SELECT', 'INSERT', 'UPDATE', 'REFERENCES'],
};

/** Privileges newer than some supported servers: a GRANT or REVOKE for an older one leaves them out. */
export const PRIVILEGE_SINCE: Readonly<Record<string, number>> = { MAINTAIN: 17 };

/** Whether Postgres `version` has the privilege (every version when none is given). */
export function privilegeExists(privilege: string, version: number | undefined): boolean {
  return version === undefined || (PRIVILEGE_SINCE[privilege] ?? 0) <= version;
}

/**
 * acldefault: the owner holds everything; PUBLIC may execute routines and use types. The schema
 * `public` is made by initdb with USAGE for PUBLIC too (Postgres 15+; CREATE as well before).
 */
export function builtInPrivileges(kind: PrivilegeKind): Privilege[] {
  if (kind === 'column') return [];
  const owner = ALL_PRIVILEGES[kind].map((privilege) => ({ grantee: OWNER_GRANTEE, privilege, grantable: false }));
  const publicToo = kind === 'function' ? 'EXECUTE' : kind === 'type' || kind === 'public-schema' ? 'USAGE' : undefined;
  return sortPrivileges(publicToo ? [...owner, { grantee: PUBLIC_GRANTEE, privilege: publicToo, grantable: false }] : owner);
}

export function sortPrivileges(list: Privilege[]): Privilege[] {
  return [...list].sort((a, b) => (a.grantee === b.grantee ? (a.privilege < b.privilege ? -1 : a.privilege > b.privilege ? 1 : 0) : a.grantee < b.grantee ? -1 : 1));
}

export function samePrivileges(a: Privilege[], b: Privilege[]): boolean {
  if (a.length !== b.length) return false;
  const x = sortPrivileges(a);
  const y = sortPrivileges(b);
  return x.every((p, i) => p.grantee === y[i]!.grantee && p.privilege === y[i]!.privilege && p.grantable === y[i]!.grantable);
}

/** The list an object's `privileges` field stands for. */
export function effectivePrivileges(privileges: Privilege[] | undefined, kind: PrivilegeKind): Privilege[] {
  return privileges ?? builtInPrivileges(kind);
}

/** What to store: absent when the list is the built-in default. */
export function storedPrivileges(list: Privilege[], kind: PrivilegeKind): Privilege[] | undefined {
  return samePrivileges(list, builtInPrivileges(kind)) ? undefined : sortPrivileges(list);
}

export interface GrantAction {
  revoke: boolean;
  /** The privileges named; undefined for ALL. */
  privileges?: string[];
  grantees: string[];
  /** GRANT ... WITH GRANT OPTION, or REVOKE GRANT OPTION FOR. */
  grantOption: boolean;
}

/** A GRANT or REVOKE applied to a list. */
export function applyGrant(list: Privilege[], kind: PrivilegeKind, action: GrantAction): Privilege[] {
  const named = action.privileges ?? ALL_PRIVILEGES[kind];
  const result = new Map(list.map((p) => [`${p.grantee}\u0000${p.privilege}`, p]));
  for (const grantee of action.grantees) {
    for (const privilege of named) {
      const key = `${grantee}\u0000${privilege}`;
      const current = result.get(key);
      if (!action.revoke) result.set(key, { grantee, privilege, grantable: action.grantOption || (current?.grantable ?? false) });
      else if (!current) continue;
      else if (action.grantOption) result.set(key, { ...current, grantable: false });
      else result.delete(key);
    }
  }
  return sortPrivileges([...result.values()]);
}

const DEFAULT_OBJECTS: Record<DefaultPrivileges['objects'], PrivilegeKind> = {
  tables: 'table',
  sequences: 'sequence',
  functions: 'function',
  types: 'type',
  schemas: 'schema',
};

export function defaultPrivilegesKind(objects: DefaultPrivileges['objects']): PrivilegeKind {
  return DEFAULT_OBJECTS[objects];
}

export function defaultPrivilegesKey(entry: Pick<DefaultPrivileges, 'role' | 'schema' | 'objects'>): string {
  return `${entry.role ?? ''}\u0000${entry.schema ?? ''}\u0000${entry.objects}`;
}

/** The list a default-privileges entry starts from: the built-in default everywhere, nothing in one schema. */
export function defaultPrivilegesBase(entry: Pick<DefaultPrivileges, 'schema' | 'objects'>): Privilege[] {
  return entry.schema === undefined ? builtInPrivileges(DEFAULT_OBJECTS[entry.objects]) : [];
}

/**
 * The privileges an object gets when the role running the script creates it in `inSchema`:
 * the global default (ALTER DEFAULT PRIVILEGES without IN SCHEMA, else the built-in one), plus
 * what ALTER DEFAULT PRIVILEGES IN SCHEMA adds. Entries FOR ROLE another role are not applied:
 * the model does not know which role runs the script (docs/verify.md).
 */
export function initialPrivileges(schema: Schema, objects: DefaultPrivileges['objects'], inSchema: string | undefined): Privilege[] | undefined {
  const entries = schema.defaultPrivileges;
  const kind = DEFAULT_OBJECTS[objects];
  const global = entries[defaultPrivilegesKey({ objects })];
  const local = inSchema === undefined ? undefined : entries[defaultPrivilegesKey({ schema: inSchema, objects })];
  if (!global && !local) return undefined;
  let list = global ? global.privileges : builtInPrivileges(kind);
  for (const p of local?.privileges ?? []) list = applyGrant(list, kind, { revoke: false, privileges: [p.privilege], grantees: [p.grantee], grantOption: p.grantable });
  return storedPrivileges(list, kind);
}
