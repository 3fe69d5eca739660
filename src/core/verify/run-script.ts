/**
 * Runs a SQL script on a scratch database statement by statement, as psql would, recording each
 * statement's result and saying how far it got. A statement that names a role the scratch
 * database lacks (a policy `TO app_user`, a GRANT, an OWNER TO) would fail for a reason that has
 * nothing to do with the schema: the role is created and the statement runs again (from the
 * start of its transaction block, which the failure aborted), and the role is reported.
 */
import { quoteIdent } from '../model/names';
import { createLineIndex } from '../parse/line-index';
import { splitStatements } from '../parse/split';
import type { SqlSession } from './session';

export interface StatementResult {
  line: number;
  sql: string;
  ok: boolean;
  error?: string;
}

/** How far a verification is: the statement it runs, of how many, in which script. */
export interface VerifyProgress {
  phase: 'starting' | 'baseline' | 'up' | 'target' | 'down' | 'comparing';
  done: number;
  total: number;
}

export type ProgressListener = (progress: VerifyProgress) => void;

export interface RunOptions {
  /** Stop at the first error, like psql -v ON_ERROR_STOP=1. */
  stopOnError: boolean;
  /** Told after each statement (and once before the first): how many ran, of how many. */
  onStatement?: (done: number, total: number) => void;
  /** Gets the roles this run created (a verification reports them all). */
  roles?: Set<string>;
}

const SKIPPED = /^\s*(copy\b[\s\S]*\bfrom\s+stdin)/i;
/**
 * `SET client_encoding` / `SET NAMES` tell psql how the file's bytes are encoded. Here the script
 * is text already, sent in the session's own encoding: run, it would make the server answer in
 * another encoding than the client decodes (PGlite then reads garbage and hangs). It counts as run.
 */
export const CLIENT_ENCODING = /^\s*(set\s+(session\s+|local\s+)?(client_encoding|names)\b|reset\s+client_encoding\b)/i;
const BEGIN = /^\s*(begin|start\s+transaction)\b/i;
const END = /^\s*(commit|end|rollback|abort)\b/i;
const MISSING_ROLE = /role "((?:[^"]|"")+)" does not exist/;
const CREATE_ROLE = /^\s*create\s+(role|user|group)\b/i;
const ROLE_EXISTS = /^role "(?:[^"]|"")+" already exists$/;
/** Enough for any real script; stops a statement that keeps naming new roles from looping. */
const MAX_ROLES = 200;

export async function runScript(db: SqlSession, sql: string, options: RunOptions): Promise<StatementResult[]> {
  const lines = createLineIndex(sql);
  const statements = splitStatements(sql).statements.filter((s) => !SKIPPED.test(s.text));
  const results: StatementResult[] = [];
  // Roles created in this database by this run: one that still does not exist is a real error.
  const created = new Set<string>();
  // Where the open transaction block began: its statement index and how many results it had.
  let block: { index: number; results: number } | undefined;
  options.onStatement?.(0, statements.length);
  for (let i = 0; i < statements.length; i++) {
    const statement = statements[i]!;
    const line = lines.position(statement.start).line;
    if (BEGIN.test(statement.text)) block = { index: i, results: results.length };
    if (CLIENT_ENCODING.test(statement.text)) {
      results.push({ line, sql: statement.text, ok: true });
      options.onStatement?.(results.length, statements.length);
      continue;
    }
    try {
      await db.exec(statement.text);
      results.push({ line, sql: statement.text, ok: true });
      if (END.test(statement.text)) block = undefined;
    } catch (error) {
      const message = (error as Error).message;
      const role = MISSING_ROLE.exec(message)?.[1]?.replace(/""/g, '"');
      if (role !== undefined && !created.has(role) && created.size < MAX_ROLES) {
        if (block) await db.exec('ROLLBACK').catch(() => undefined);
        // A real server's roles are the cluster's: another database may have made it meanwhile.
        await db.exec(`CREATE ROLE ${quoteIdent(role)};`).catch(() => undefined);
        created.add(role);
        options.roles?.add(role);
        if (block) {
          results.length = block.results;
          i = block.index - 1;
          block = undefined;
        } else {
          i--;
        }
        continue;
      }
      // A real server's roles belong to the cluster, not to the scratch database: a role another
      // database of the same verification made (a baseline and a target both creating it) is there.
      // (Inside a transaction block the failure has aborted the block: that stays a failure.)
      if (!block && CREATE_ROLE.test(statement.text) && ROLE_EXISTS.test(message)) {
        results.push({ line, sql: statement.text, ok: true });
        options.onStatement?.(results.length, statements.length);
        continue;
      }
      results.push({ line, sql: statement.text, ok: false, error: message });
      if (options.stopOnError) {
        await db.exec('ROLLBACK').catch(() => undefined);
        break;
      }
      if (END.test(statement.text)) block = undefined;
    }
    options.onStatement?.(results.length, statements.length);
  }
  return results;
}
