/**
 * What Postgres will run from a script: the statements libpg-query (the real grammar, comments
 * skipped as the server skips them) reads in it, as node kinds. Generated SQL is checked against
 * this, not against our own splitter, so a comment or quote that ends where the generator did not
 * expect shows up as an extra statement.
 */
import { parsePlPgSQLSync, parseSync } from 'libpg-query';

export interface ScriptStatement {
  kind: string;
  /** The statement's text (from the script). */
  text: string;
}

/** The statements of `sql` in order; throws the parser's error when it does not parse. */
export function scriptStatements(sql: string): ScriptStatement[] {
  const stmts = parseSync(sql).stmts ?? [];
  return stmts.map((raw) => {
    const node = raw.stmt as Record<string, unknown>;
    const kind = Object.keys(node)[0] ?? 'unknown';
    const start = raw.stmt_location ?? 0;
    const text = raw.stmt_len ? sql.slice(start, start + raw.stmt_len) : sql.slice(start);
    return { kind: detailedKind(kind, node[kind] as Record<string, unknown>), text };
  });
}

/** A statement's kind with what tells its variants apart (ALTER TABLE's subcommands, COMMENT ON's object). */
function detailedKind(kind: string, node: Record<string, unknown> | undefined): string {
  if (!node) return kind;
  if (kind === 'AlterTableStmt') {
    const cmds = (node.cmds as { AlterTableCmd?: { subtype?: string } }[] | undefined) ?? [];
    return `${kind}(${cmds.map((c) => c.AlterTableCmd?.subtype ?? '?').join(',')})`;
  }
  if (kind === 'CommentStmt') return `${kind}(${String(node.objtype)})`;
  if (kind === 'DefineStmt' || kind === 'DropStmt') return `${kind}(${String(node.kind ?? node.removeType)})`;
  if (kind === 'VariableSetStmt') return `${kind}(${String(node.kind)} ${String(node.name ?? '')})`;
  if (kind === 'TransactionStmt') return `${kind}(${String(node.kind)})`;
  return kind;
}

/** The kinds of `sql`'s statements, in order. */
export function statementKinds(sql: string): string[] {
  return scriptStatements(sql).map((s) => s.kind);
}

/** The same kinds as a sorted list (for comparing scripts whose order depends on names). */
export function kindMultiset(sql: string): string[] {
  return statementKinds(sql).sort();
}

/**
 * The PL/pgSQL statements of the functions a script creates in that language, as kinds
 * (`PLpgSQL_stmt_if`, ...) in the order met: what their bodies will run.
 */
export function plpgsqlStatementKinds(sql: string): string[] {
  const kinds: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (key.startsWith('PLpgSQL_stmt_')) kinds.push(key);
      walk(child);
    }
  };
  walk(parsePlPgSQLSync(sql));
  return kinds;
}
