/**
 * Who owns what, as far as DROP OWNED BY needs it: an object's owner is the one ALTER ... OWNER
 * TO or CREATE SCHEMA ... AUTHORIZATION gave it, else the role in effect (SET ROLE / SET
 * SESSION AUTHORIZATION) when it was created. Objects created as the session's own user, whose
 * name the script does not say, are owned by none of the roles it names.
 */
import type { Node } from '@pgsql/types';
import type { Schema } from '../../model/types';
import { type Fields, unwrap } from '../ast';
import type { ImportContext } from '../context';
import { type DropTarget, dropWithDependents } from './drop-dependents';

type Owned = { owner?: string };

/** The objects of the model that have an owner. */
function ownedObjects(schema: Schema): Owned[] {
  return [
    ...Object.values(schema.namespaces),
    ...Object.values(schema.tables),
    ...Object.values(schema.views),
    ...Object.values(schema.sequences),
    ...Object.values(schema.types),
    ...Object.values(schema.routines),
  ];
}

/** Runs a statement under SET ROLE: what it creates is that role's. */
export function applyAsRole(ctx: ImportContext, role: string, apply: () => void): void {
  const before = new Set(ownedObjects(ctx.schema));
  try {
    apply();
  } finally {
    for (const object of ownedObjects(ctx.schema)) if (!before.has(object)) ctx.createdBy.set(object, role);
  }
}

/** DROP OWNED BY role, ... [CASCADE]: every object those roles own, by the dependency rules. */
export function dropOwned(ctx: ImportContext, stmt: Fields): void {
  const roles = new Set<string>();
  let unnamed = false;
  for (const node of (stmt.roles as Node[] | undefined) ?? []) {
    const spec = unwrap(node, 'RoleSpec') ?? {};
    if (spec.rolename) roles.add(spec.rolename);
    else if (ctx.currentRole) roles.add(ctx.currentRole);
    else unnamed = true;
  }
  if (unnamed) {
    ctx.report('warning', "DROP OWNED BY CURRENT_USER / SESSION_USER: the objects the script created as the session's own user are kept in the model (its name is not known here).");
  }
  const owns = (object: Owned) => {
    const owner = object.owner ?? ctx.createdBy.get(object);
    return owner !== undefined && roles.has(owner);
  };
  const { schema } = ctx;
  const targets: DropTarget[] = [
    ...Object.values(schema.namespaces).filter(owns).map((n) => ({ kind: 'schema', name: n.name }) as DropTarget),
    ...Object.values(schema.tables).filter(owns).map((table) => ({ kind: 'table', table }) as DropTarget),
    ...Object.values(schema.views).filter(owns).map((view) => ({ kind: 'view', view }) as DropTarget),
    ...Object.values(schema.sequences).filter(owns).map((sequence) => ({ kind: 'sequence', sequence }) as DropTarget),
    ...Object.values(schema.types).filter(owns).map((type) => ({ kind: 'type', type }) as DropTarget),
    ...Object.entries(schema.routines).filter(([, r]) => owns(r)).map(([key, routine]) => ({ kind: 'routine', key, routine }) as DropTarget),
  ];
  if (targets.length === 0) return;
  const outcome = dropWithDependents(ctx, targets, stmt.behavior === 'DROP_CASCADE');
  if (outcome.refusal) ctx.report('error', outcome.refusal);
}
