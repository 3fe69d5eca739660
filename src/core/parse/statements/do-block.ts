/**
 * DDL inside `DO $$ ... $$` blocks. Migration files often guard DDL this way
 * (`BEGIN CREATE TYPE ...; EXCEPTION WHEN duplicate_object THEN null; END`, or
 * `IF NOT EXISTS (...) THEN CREATE ... END IF`). The block is parsed with Postgres's PL/pgSQL
 * parser and its SQL statements are applied in order: those of IF's first branch (the usual
 * "create if missing" idiom), of nested blocks, and EXECUTE of a constant string. Loops,
 * ELSE branches and exception handlers are not followed. Errors are downgraded to info, since
 * such blocks usually exist to swallow them.
 */
import { parsePlPgSQLSync, parseSync } from 'libpg-query';
import type { Node } from '@pgsql/types';
import { type Fields, nodeKind, stringValue, unwrap } from '../ast';
import type { ImportContext } from '../context';
import { recordDoBlock } from './unseen-code';

export type ApplyStatement = (ctx: ImportContext, kind: string, stmt: Fields) => void;

function collectStatements(statements: Fields[] | undefined, out: string[]): void {
  for (const node of statements ?? []) {
    const kind = Object.keys(node)[0];
    const f = (node as Fields)[kind ?? ''] as Fields;
    if (kind === 'PLpgSQL_stmt_execsql') {
      const query = f.sqlstmt?.PLpgSQL_expr?.query;
      if (typeof query === 'string') out.push(query);
    } else if (kind === 'PLpgSQL_stmt_dynexecute') {
      const query: string | undefined = f.query?.PLpgSQL_expr?.query;
      const literal = query && /^'((?:[^']|'')*)'$/s.exec(query.trim());
      if (literal?.[1] !== undefined) out.push(literal[1].replace(/''/g, "'"));
    } else if (kind === 'PLpgSQL_stmt_block') {
      collectStatements(f.body, out);
    } else if (kind === 'PLpgSQL_stmt_if') {
      collectStatements(f.then_body, out);
    }
  }
}

export function doBlock(ctx: ImportContext, stmt: Fields, apply: ApplyStatement): void {
  let body: string | undefined;
  let language = 'plpgsql';
  for (const node of (stmt.args as Node[] | undefined) ?? []) {
    const d = unwrap(node, 'DefElem');
    if (d?.defname === 'as') body = stringValue(d.arg);
    if (d?.defname === 'language') language = (stringValue(d.arg) ?? '').toLowerCase();
  }
  if (!body || language !== 'plpgsql') return;
  recordDoBlock(ctx, body);
  if (!/\b(create|alter|drop|comment)\b/i.test(body)) return;
  const queries: string[] = [];
  try {
    const wrapped = `CREATE FUNCTION pg_temp.do_block() RETURNS void LANGUAGE plpgsql AS $__do_block__$${body}$__do_block__$`;
    const parsed = parsePlPgSQLSync(wrapped) as unknown as Fields;
    const fn = parsed.plpgsql_funcs?.[0]?.PLpgSQL_function;
    collectStatements(fn?.action ? [fn.action] : [], queries);
  } catch {
    return; // Postgres would report the block's own syntax error when it runs; nothing to model.
  }
  const issuesBefore = ctx.issues.length;
  for (const query of queries) {
    let parsed;
    try {
      parsed = parseSync(query).stmts ?? [];
    } catch {
      continue;
    }
    for (const raw of parsed) {
      const kind = nodeKind(raw.stmt) ?? '';
      apply(ctx, kind, unwrap(raw.stmt) ?? {});
    }
  }
  for (const issue of ctx.issues.slice(issuesBefore)) {
    if (issue.severity === 'error') {
      issue.severity = 'info';
      issue.message = `In a DO block: ${issue.message}`;
    }
  }
}
