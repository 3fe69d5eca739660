/** CREATE SCHEMA (with its embedded CREATE statements) and CREATE EXTENSION. */
import type { Node } from '@pgsql/types';
import { type Fields, nodeKind, stringValue, unwrap } from '../ast';
import { type ImportContext, StatementError } from '../context';

import type { Extension } from '../../model/types';
import type { ApplyStatement } from './dynamic-sql';

export function createSchema(ctx: ImportContext, stmt: Fields, apply: ApplyStatement): void {
  // `CREATE SCHEMA AUTHORIZATION CURRENT_USER` is named after a role the script may not name.
  const role: string | undefined = stmt.authrole?.rolename ?? (stmt.authrole ? ctx.currentRole : undefined);
  const name: string | undefined = stmt.schemaname ?? role;
  if (name === undefined) {
    ctx.report('warning', "CREATE SCHEMA AUTHORIZATION names the schema after the session's user, whose name the script does not say: it is not in the model.");
    return;
  }
  const existing = ctx.schema.namespaces[name];
  if (existing?.assumed) {
    // Assumed from an earlier use: this is its CREATE after all.
    delete existing.assumed;
    existing.source = ctx.source();
  } else if (existing) {
    if (!stmt.if_not_exists) ctx.report('error', `schema "${name}" already exists`);
    return;
  }
  // `CREATE SCHEMA s CREATE TABLE t ...`: the elements are created in s, whatever search_path
  // says, in Postgres's order (transformCreateSchemaStmtElements): sequences, tables, views,
  // indexes, triggers, grants, so that `CREATE INDEX ... ON t CREATE TABLE t` works.
  const elements = ((stmt.schemaElts as Node[] | undefined) ?? []).map((node) => ({ kind: nodeKind(node) ?? '', fields: unwrap(node) ?? {} }));
  for (const element of elements) {
    const written = elementSchema(element.kind, element.fields);
    if (written && written !== name) throw new StatementError(`CREATE specifies a schema (${written}) different from the one being created (${name})`);
  }
  ctx.schema.namespaces[name] ??= { name, source: ctx.source() };
  if (role) ctx.schema.namespaces[name].owner = role;
  if (elements.length === 0) return;
  elements.sort((a, b) => ELEMENT_ORDER.indexOf(a.kind) - ELEMENT_ORDER.indexOf(b.kind));
  const saved = ctx.searchPath;
  ctx.searchPath = [name, ...saved];
  try {
    for (const element of elements) apply(ctx, element.kind, element.fields);
  } finally {
    ctx.searchPath = saved;
  }
}

const ELEMENT_ORDER = ['CreateSeqStmt', 'CreateStmt', 'ViewStmt', 'IndexStmt', 'CreateTrigStmt', 'GrantStmt'];

/** The schema an element of CREATE SCHEMA names for what it creates, if it names one. */
function elementSchema(kind: string, fields: Fields): string | undefined {
  switch (kind) {
    case 'CreateStmt':
      return fields.relation?.schemaname;
    case 'CreateSeqStmt':
      return fields.sequence?.schemaname;
    case 'ViewStmt':
      return fields.view?.schemaname;
    case 'IndexStmt':
    case 'CreateTrigStmt':
      return fields.relation?.schemaname;
    default:
      return undefined;
  }
}

export function createExtension(ctx: ImportContext, stmt: Fields): void {
  const name: string = stmt.extname ?? '';
  if (ctx.schema.extensions[name]) {
    if (!stmt.if_not_exists) ctx.report('error', `extension "${name}" already exists`);
    return;
  }
  const extension: Extension = { name, source: ctx.source() };
  for (const node of (stmt.options as Node[] | undefined) ?? []) {
    const d = unwrap(node, 'DefElem');
    if (d?.defname === 'schema') extension.schema = stringValue(d.arg) ?? '';
    if (d?.defname === 'new_version') extension.version = stringValue(d.arg) ?? '';
  }
  if (extension.schema === undefined) {
    extension.schema = ctx.creationSchema();
    extension.schemaFromSearchPath = true;
  }
  ctx.schema.extensions[name] = extension;
}
