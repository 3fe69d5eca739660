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

interface RawStatement {
  stmt?: unknown;
  stmt_location?: number;
  stmt_len?: number;
}

/** A script read once: its statements' kinds, and the PL/pgSQL statements of its functions on demand. */
export interface ReadScript {
  statements: ScriptStatement[];
  kinds: string[];
  /** The PL/pgSQL statements of the plpgsql functions it creates, as kinds in the order met. */
  plpgsql(): string[];
}

/** Reads `sql` with the real grammar; throws the parser's error when it does not parse. */
export function readScript(sql: string): ReadScript {
  const raws: RawStatement[] = sql.trim() === '' ? [] : ((parseSync(sql).stmts ?? []) as RawStatement[]);
  const bytes = Buffer.from(sql, 'utf8');
  const statements = raws.map((raw) => {
    const node = raw.stmt as Record<string, unknown>;
    const kind = Object.keys(node)[0] ?? 'unknown';
    return { kind: detailedKind(kind, node[kind] as Record<string, unknown>), text: statementText(bytes, raw) };
  });
  return {
    statements,
    kinds: statements.map((s) => s.kind),
    plpgsql: () => plpgsqlKinds(raws, bytes),
  };
}

/** The statements of `sql` in order. */
export function scriptStatements(sql: string): ScriptStatement[] {
  return readScript(sql).statements;
}

/** The kinds of `sql`'s statements, in order. */
export function statementKinds(sql: string): string[] {
  return readScript(sql).kinds;
}

/** The same kinds as a sorted list (for comparing scripts whose order depends on names). */
export function kindMultiset(sql: string): string[] {
  return statementKinds(sql).sort();
}

/** PL/pgSQL statement kinds of the plpgsql functions `sql` creates. */
export function plpgsqlStatementKinds(sql: string): string[] {
  return readScript(sql).plpgsql();
}

/** A statement's text: libpg-query's locations count bytes of UTF-8, not UTF-16 units. */
function statementText(bytes: Buffer, raw: RawStatement): string {
  const start = raw.stmt_location ?? 0;
  return bytes.subarray(start, raw.stmt_len ? start + raw.stmt_len : bytes.length).toString('utf8');
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

function plpgsqlKinds(raws: RawStatement[], bytes: Buffer): string[] {
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
  // One function at a time, and only those in plpgsql with a body string (parsePlPgSQL aborts on
  // a SQL-standard body).
  for (const raw of raws) {
    const create = (raw.stmt as { CreateFunctionStmt?: { options?: { DefElem?: { defname?: string; arg?: unknown } }[] } }).CreateFunctionStmt;
    if (!create) continue;
    const option = (name: string) => create.options?.find((o) => o.DefElem?.defname === name)?.DefElem?.arg;
    if (JSON.stringify(option('language') ?? '') !== JSON.stringify({ String: { sval: 'plpgsql' } }) || option('as') === undefined) continue;
    walk(parsePlPgSQLSync(statementText(bytes, raw)));
  }
  return kinds;
}
