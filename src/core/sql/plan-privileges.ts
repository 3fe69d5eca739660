/**
 * Planning privilege changes: set-privileges (GRANT / REVOKE on one object), the privileges of
 * an object the migration creates (it starts with the default privileges in force, and is
 * granted or revoked from there), and ALTER DEFAULT PRIVILEGES.
 */
import type { SchemaChange } from '../changes/types';
import { keyOf } from '../model/names';
import { builtInPrivileges, defaultPrivilegesBase, defaultPrivilegesKey, defaultPrivilegesKind, effectivePrivileges, initialPrivileges, type PrivilegeKind, schemaPrivilegeKind } from '../model/privileges';
import type { DefaultPrivileges, ObjectRef, Privilege, Schema } from '../model/types';
import { statement } from './plan-tables';
import type { PlannedStatement } from './plan-types';
import { type PrivilegeTarget, privilegeSteps } from './privilege-sql';
import { routineKindSql, signatureSql } from './print-schema';
import { keywordFor, quoteIdent, quoteQualified, upperKeywords } from './safe-text';

const DEFAULT_OBJECTS: Record<PrivilegeKind, DefaultPrivileges['objects'] | undefined> = {
  table: 'tables',
  sequence: 'sequences',
  function: 'functions',
  type: 'types',
  schema: 'schemas',
  'public-schema': 'schemas',
  column: undefined,
};

/** The object a reference names, as GRANT writes it, with what it holds now. */
export function privilegeTarget(ref: ObjectRef, schema: Schema): (PrivilegeTarget & { current: Privilege[] | undefined }) | undefined {
  const qualified = { schema: ref.schema ?? 'public', name: ref.name };
  const key = keyOf(qualified);
  switch (ref.kind) {
    case 'table':
    case 'view':
    case 'materialized-view': {
      const relation = schema.tables[key] ?? schema.views[key];
      return { object: `TABLE ${quoteQualified(qualified)}`, kind: 'table', ...(relation?.owner ? { owner: relation.owner } : {}), current: relation?.privileges };
    }
    case 'column': {
      const table = schema.tables[keyOf({ schema: ref.schema ?? 'public', name: ref.table ?? '' })];
      const column = table?.columns.find((c) => c.name === ref.name);
      return { object: `TABLE ${quoteQualified({ schema: ref.schema ?? 'public', name: ref.table ?? '' })}`, kind: 'column', column: ref.name, ...(table?.owner ? { owner: table.owner } : {}), current: column?.privileges };
    }
    case 'sequence': {
      const sequence = schema.sequences[key];
      return { object: `SEQUENCE ${quoteQualified(qualified)}`, kind: 'sequence', ...(sequence?.owner ? { owner: sequence.owner } : {}), current: sequence?.privileges };
    }
    case 'function':
    case 'procedure': {
      const routine = schema.routines[`${key}(${ref.signature ?? ''})`];
      return { object: `${routineKindSql({ kind: ref.kind, name: ref.name })} ${quoteQualified(qualified)}(${routine ? signatureSql(routine) : signatureSql({ name: ref.name, signature: ref.signature ?? '' })})`, kind: 'function', ...(routine?.owner ? { owner: routine.owner } : {}), current: routine?.privileges };
    }
    case 'type': {
      const type = schema.types[key];
      return { object: `${type?.kind === 'domain' ? 'DOMAIN' : 'TYPE'} ${quoteQualified(qualified)}`, kind: 'type', ...(type?.owner ? { owner: type.owner } : {}), current: type?.privileges };
    }
    case 'schema': {
      const namespace = schema.namespaces[ref.name];
      return { object: `SCHEMA ${quoteIdent(ref.name)}`, kind: schemaPrivilegeKind(ref.name), ...(namespace?.owner ? { owner: namespace.owner } : {}), current: namespace?.privileges };
    }
    default:
      return undefined;
  }
}

function toStatements(steps: ReturnType<typeof privilegeSteps>, what: string, reversible: boolean): PlannedStatement[] {
  return steps.map((step) => statement({ sql: step.sql, description: `Privileges on ${what}: ${step.summary}`, phase: 'privileges', reverse: reversible ? step.reverse : '' }));
}

export function setPrivilegesStatements(change: Extract<SchemaChange, { kind: 'set-privileges' }>, before: Schema, pgVersion?: number): PlannedStatement[] {
  const found = privilegeTarget(change.target, before);
  if (!found) return [];
  const target = { ...found, pgVersion };
  const from = target.kind === 'column' ? (target.current ?? []) : effectivePrivileges(target.current, target.kind);
  const to = change.privileges ?? (target.kind === 'column' ? [] : builtInPrivileges(target.kind));
  const what = change.target.table ? `${change.target.table}.${change.target.name}` : change.target.name;
  return toStatements(privilegeSteps(target, from, to), what, true);
}

/**
 * An object the migration creates starts with the default privileges in force (ALTER DEFAULT
 * PRIVILEGES, else the built-in ones); GRANT and REVOKE take it to the privileges it should have.
 * Dropping it in the down migration takes them away again, so these need no reverse.
 */
export function createdPrivilegeStatements(ref: ObjectRef, privileges: Privilege[] | undefined, before: Schema, pgVersion?: number): PlannedStatement[] {
  const found = privilegeTarget(ref, before);
  if (!found) return [];
  const target = { ...found, pgVersion };
  const objects = DEFAULT_OBJECTS[target.kind];
  const inSchema = ref.kind === 'schema' ? undefined : ref.schema ?? 'public';
  const initial = target.kind === 'column' ? [] : effectivePrivileges(objects ? initialPrivileges(before, objects, inSchema) : undefined, target.kind);
  const wanted = target.kind === 'column' ? (privileges ?? []) : effectivePrivileges(privileges, target.kind);
  return toStatements(privilegeSteps(target, initial, wanted), ref.table ? `${ref.table}.${ref.name}` : ref.name, false);
}

const DEFAULT_PRIVILEGE_OBJECTS = upperKeywords(['tables', 'sequences', 'functions', 'types', 'schemas'] as const);

/** `ALTER DEFAULT PRIVILEGES [FOR ROLE r] [IN SCHEMA s] ...` for one entry, as a privilege target. */
export function defaultPrivilegesTarget(entry: Omit<DefaultPrivileges, 'privileges'>): PrivilegeTarget {
  const prefix = `ALTER DEFAULT PRIVILEGES${entry.role !== undefined ? ` FOR ROLE ${quoteIdent(entry.role)}` : ''}${entry.schema !== undefined ? ` IN SCHEMA ${quoteIdent(entry.schema)}` : ''} `;
  const object = keywordFor(entry.objects, DEFAULT_PRIVILEGE_OBJECTS, 'the objects of default privileges');
  return { object, kind: defaultPrivilegesKind(entry.objects), prefix, ...(entry.role !== undefined ? { owner: entry.role } : {}) };
}

export function setDefaultPrivilegesStatements(change: Extract<SchemaChange, { kind: 'set-default-privileges' }>, before: Schema, pgVersion?: number): PlannedStatement[] {
  const { entry } = change;
  const base = defaultPrivilegesBase(entry);
  const from = before.defaultPrivileges[defaultPrivilegesKey(entry)]?.privileges ?? base;
  const to = change.privileges ?? base;
  const target = { ...defaultPrivilegesTarget(entry), pgVersion };
  const what = `${entry.objects} created${entry.role !== undefined ? ` by ${entry.role}` : ''}${entry.schema !== undefined ? ` in ${entry.schema}` : ''}`;
  return privilegeSteps(target, from, to).map((step) => statement({ sql: step.sql, description: `Default privileges for ${what}: ${step.summary}`, phase: 'privileges', reverse: step.reverse }));
}
