/**
 * GRANT and REVOKE statements that take an access list from one state to another: what one
 * list holds and the other does not is granted or revoked, a grant option that appears or goes
 * is granted or revoked on its own. Shared by the planner (with reverses) and the printer (from
 * the default list of the kind).
 */
import { ALL_PRIVILEGES, privilegeExists, type PrivilegeKind } from '../model/privileges';
import { quoteIdent, SqlTextError } from './safe-text';
import { OWNER_GRANTEE, PUBLIC_GRANTEE, type Privilege } from '../model/types';

export interface PrivilegeStep {
  sql: string;
  reverse: string;
  /** For descriptions: `grant SELECT to alice`. */
  summary: string;
}

/**
 * The grantee as SQL: PUBLIC, the owner (by name when known; CURRENT_USER, the role that ran
 * the script and so created the object, otherwise), or a role.
 */
export function granteeSql(grantee: string, owner: string | undefined): string {
  if (grantee === PUBLIC_GRANTEE) return 'PUBLIC';
  if (grantee === OWNER_GRANTEE) return owner !== undefined ? quoteIdent(owner) : 'CURRENT_USER';
  return quoteIdent(grantee);
}

const KNOWN = new Set(Object.values(ALL_PRIVILEGES).flat());

function privilegeList(privileges: string[], kind: PrivilegeKind, column: string | undefined, version: number | undefined): string {
  for (const p of privileges) if (!KNOWN.has(p)) throw new SqlTextError(`${JSON.stringify(p)} is not a privilege`);
  const all = ALL_PRIVILEGES[kind].filter((p) => privilegeExists(p, version));
  const names = privileges.length === all.length && all.every((p) => privileges.includes(p)) ? ['ALL'] : [...privileges].sort();
  return column !== undefined ? names.map((p) => `${p} (${quoteIdent(column)})`).join(', ') : names.join(', ');
}

interface Group {
  grantee: string;
  privileges: string[];
}

function groups(entries: Privilege[]): Group[] {
  const byGrantee = new Map<string, string[]>();
  for (const e of entries) byGrantee.set(e.grantee, [...(byGrantee.get(e.grantee) ?? []), e.privilege]);
  return [...byGrantee.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([grantee, privileges]) => ({ grantee, privileges }));
}

export interface PrivilegeTarget {
  /** `TABLE public.t`, `SEQUENCE public.s`, `FUNCTION public.f(integer)`, `SCHEMA s`, `TYPE public.t`. */
  object: string;
  kind: PrivilegeKind;
  /** For column privileges: the column (the object is its table). */
  column?: string;
  /** The owner's name, when the model knows it. */
  owner?: string;
  /** For ALTER DEFAULT PRIVILEGES: the statement prefix, and `object` is `TABLES`, ... */
  prefix?: string;
  /**
   * The Postgres version the statements are for: privileges it does not have (MAINTAIN before
   * 17, which the model's ALL includes) are neither granted nor revoked there.
   */
  pgVersion?: number;
}

export function privilegeSteps(target: PrivilegeTarget, allFrom: Privilege[], allTo: Privilege[]): PrivilegeStep[] {
  const from = allFrom.filter((p) => privilegeExists(p.privilege, target.pgVersion));
  const to = allTo.filter((p) => privilegeExists(p.privilege, target.pgVersion));
  const key = (p: Privilege) => `${p.grantee}\u0000${p.privilege}`;
  const before = new Map(from.map((p) => [key(p), p]));
  const after = new Map(to.map((p) => [key(p), p]));
  const prefix = target.prefix ?? '';
  const grant = (g: Group, option: boolean) => `${prefix}GRANT ${privilegeList(g.privileges, target.kind, target.column, target.pgVersion)} ON ${target.object} TO ${granteeSql(g.grantee, target.owner)}${option ? ' WITH GRANT OPTION' : ''};`;
  const revoke = (g: Group, optionOnly: boolean) => `${prefix}REVOKE ${optionOnly ? 'GRANT OPTION FOR ' : ''}${privilegeList(g.privileges, target.kind, target.column, target.pgVersion)} ON ${target.object} FROM ${granteeSql(g.grantee, target.owner)};`;
  const words = (verb: string, g: Group) => `${verb} ${g.privileges.join(', ')} ${verb.startsWith('revoke') ? 'from' : 'to'} ${g.grantee === OWNER_GRANTEE ? 'the owner' : g.grantee}`;
  const steps: PrivilegeStep[] = [];
  // Revoked entirely, split by whether the grant option went with it (the reverse restores it).
  for (const option of [false, true]) {
    for (const g of groups(from.filter((p) => !after.has(key(p)) && p.grantable === option))) {
      steps.push({ sql: revoke(g, false), reverse: grant(g, option), summary: words('revoke', g) });
    }
  }
  for (const g of groups(from.filter((p) => p.grantable && after.has(key(p)) && !after.get(key(p))!.grantable))) {
    steps.push({ sql: revoke(g, true), reverse: grant(g, true), summary: words('revoke the grant option for', g) });
  }
  for (const option of [false, true]) {
    for (const g of groups(to.filter((p) => !before.has(key(p)) && p.grantable === option))) {
      steps.push({ sql: grant(g, option), reverse: revoke(g, false), summary: words(option ? 'grant (with grant option)' : 'grant', g) });
    }
  }
  for (const g of groups(to.filter((p) => p.grantable && before.has(key(p)) && !before.get(key(p))!.grantable))) {
    steps.push({ sql: grant(g, true), reverse: revoke(g, true), summary: words('grant the grant option for', g) });
  }
  return steps;
}
