/** Privilege differences: one set-privileges change per object whose access list differs. */
import type { SchemaChange } from '../changes/types';
import { effectivePrivileges, type PrivilegeKind, samePrivileges } from '../model/privileges';
import type { ObjectRef, Privilege, Schema } from '../model/types';
import { partition } from './compare';

export function privilegeChange(target: ObjectRef, kind: PrivilegeKind, from: Privilege[] | undefined, to: Privilege[] | undefined): SchemaChange[] {
  const a = kind === 'column' ? (from ?? []) : effectivePrivileges(from, kind);
  const b = kind === 'column' ? (to ?? []) : effectivePrivileges(to, kind);
  if (samePrivileges(a, b)) return [];
  return [{ kind: 'set-privileges', target, privileges: to === undefined || (kind === 'column' && to.length === 0) ? null : to }];
}

/** ALTER DEFAULT PRIVILEGES entries that differ, appear or go (back to the default). */
export function diffDefaultPrivileges(from: Schema, to: Schema): SchemaChange[] {
  const split = partition(from.defaultPrivileges, to.defaultPrivileges);
  const changes: SchemaChange[] = [];
  for (const key of [...split.removed, ...split.added, ...split.kept]) {
    const a = from.defaultPrivileges[key];
    const b = to.defaultPrivileges[key];
    if (a && b && samePrivileges(a.privileges, b.privileges)) continue;
    const { privileges: _privileges, ...entry } = (b ?? a)!;
    changes.push({ kind: 'set-default-privileges', entry, privileges: b ? b.privileges : null });
  }
  return changes;
}
