/** Runs a script on a database statement by statement, as psql does, saying how far it got. */
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

const SKIPPED = /^\s*(copy\b[\s\S]*\bfrom\s+stdin)/i;

export interface RunOptions {
  /** Stop at the first error, like psql -v ON_ERROR_STOP=1. */
  stopOnError: boolean;
  /** Told after each statement (and once before the first): how many ran, of how many. */
  onStatement?: (done: number, total: number) => void;
}

/** Runs a script statement by statement, recording each statement's result. */
export async function runScript(db: SqlSession, sql: string, { stopOnError, onStatement }: RunOptions): Promise<StatementResult[]> {
  const lines = createLineIndex(sql);
  const results: StatementResult[] = [];
  const statements = splitStatements(sql).statements.filter((statement) => !SKIPPED.test(statement.text));
  onStatement?.(0, statements.length);
  for (const [index, statement] of statements.entries()) {
    const line = lines.position(statement.start).line;
    try {
      await db.exec(statement.text);
      results.push({ line, sql: statement.text, ok: true });
    } catch (error) {
      results.push({ line, sql: statement.text, ok: false, error: (error as Error).message });
      if (stopOnError) {
        await db.exec('ROLLBACK').catch(() => undefined);
        break;
      }
    }
    onStatement?.(index + 1, statements.length);
  }
  return results;
}
