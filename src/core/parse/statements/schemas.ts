/** CREATE SCHEMA (with its embedded CREATE statements) and CREATE EXTENSION. */
import type { Node } from '@pgsql/types';
import { type Fields, nodeKind, stringValue, unwrap } from '../ast';
import type { ImportContext } from '../context';

import type { ApplyStatement } from './do-block';

export function createSchema(ctx: ImportContext, stmt: Fields, apply: ApplyStatement): void {
  const name: string = stmt.schemaname ?? stmt.authrole?.rolename ?? '';
  if (ctx.schema.namespaces[name]) {
    if (!stmt.if_not_exists) ctx.report('error', `schema "${name}" already exists`);
    return;
  }
  ctx.schema.namespaces[name] = { name, source: ctx.source() };
  if (stmt.authrole?.rolename) ctx.schema.namespaces[name].owner = stmt.authrole.rolename;
  // `CREATE SCHEMA s CREATE TABLE t ...`: the elements are created in s, whatever search_path says.
  const elements = (stmt.schemaElts as Node[] | undefined) ?? [];
  if (elements.length === 0) return;
  const saved = ctx.searchPath;
  ctx.searchPath = [name, ...saved];
  try {
    for (const element of elements) apply(ctx, nodeKind(element) ?? '', unwrap(element) ?? {});
  } finally {
    ctx.searchPath = saved;
  }
}

export function createExtension(ctx: ImportContext, stmt: Fields): void {
  const name: string = stmt.extname ?? '';
  if (ctx.schema.extensions[name]) {
    if (!stmt.if_not_exists) ctx.report('error', `extension "${name}" already exists`);
    return;
  }
  const extension: { name: string; schema?: string; version?: string; source: ReturnType<ImportContext['source']> } = { name, source: ctx.source() };
  for (const node of (stmt.options as Node[] | undefined) ?? []) {
    const d = unwrap(node, 'DefElem');
    if (d?.defname === 'schema') extension.schema = stringValue(d.arg) ?? '';
    if (d?.defname === 'new_version') extension.version = stringValue(d.arg) ?? '';
  }
  extension.schema ??= ctx.creationSchema();
  ctx.schema.extensions[name] = extension;
}
