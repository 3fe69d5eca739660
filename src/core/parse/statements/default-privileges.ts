/**
 * Objects created while ALTER DEFAULT PRIVILEGES is in force start with those privileges, not
 * with the built-in default: the statement handlers create objects, and this gives the new ones
 * (found by comparing the keys before and after the statement) what Postgres would.
 */
import { initialPrivileges } from '../../model/privileges';
import type { DefaultPrivileges, Privilege, Schema } from '../../model/types';

type Holder = { schema?: string; name: string; privileges?: Privilege[] };

const FIELDS: [keyof Schema, DefaultPrivileges['objects']][] = [
  ['tables', 'tables'],
  ['views', 'tables'],
  ['sequences', 'sequences'],
  ['routines', 'functions'],
  ['types', 'types'],
  ['namespaces', 'schemas'],
];

export type ObjectKeys = Set<string>[];

/** The keys of everything default privileges apply to; undefined when none are in force. */
export function keysBefore(schema: Schema): ObjectKeys | undefined {
  if (Object.keys(schema.defaultPrivileges).length === 0) return undefined;
  return FIELDS.map(([field]) => new Set(Object.keys(schema[field] as Record<string, unknown>)));
}

export function grantDefaultPrivileges(schema: Schema, before: ObjectKeys): void {
  FIELDS.forEach(([field, objects], i) => {
    const record = schema[field] as Record<string, Holder>;
    for (const [key, object] of Object.entries(record)) {
      if (before[i]!.has(key)) continue;
      // Only objects nothing has granted on yet (CREATE SCHEMA may hold GRANTs of its own).
      if (object.privileges !== undefined) continue;
      const initial = initialPrivileges(schema, objects, objects === 'schemas' ? undefined : object.schema);
      if (initial) object.privileges = initial;
    }
  });
}
