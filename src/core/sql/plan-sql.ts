/**
 * A plan as one SQL script runnable by psql: a header that bounds lock waits, then the
 * statements in order, each under a comment saying what it does and what it risks; consecutive
 * statements that may run in a transaction are wrapped in BEGIN / COMMIT, the others (CREATE
 * INDEX CONCURRENTLY, ALTER TYPE ... ADD VALUE) run on their own between those blocks.
 */
import type { PlannedStatement } from './plan-types';

export interface ScriptOptions {
  /** How long a statement may wait for a lock before giving up (so it never queues behind traffic). */
  lockTimeout?: string;
  statementTimeout?: string;
}

export function hazardComment(statement: PlannedStatement): string {
  const hazards = statement.hazards.length > 0 ? ` [${statement.hazards.join(', ')}]` : '';
  return `-- ${statement.description}${hazards}`;
}

export function planToSql(statements: PlannedStatement[], options: ScriptOptions = {}): string {
  const out = [
    `SET lock_timeout = '${options.lockTimeout ?? '5s'}';`,
    `SET statement_timeout = '${options.statementTimeout ?? '0'}';`,
  ];
  let inTransaction = false;
  for (const s of statements) {
    if (s.ownTransaction && inTransaction) {
      out.push('', 'COMMIT;');
      inTransaction = false;
    }
    if (s.transactional && !inTransaction) {
      out.push('', 'BEGIN;');
      inTransaction = true;
    } else if (!s.transactional && inTransaction) {
      out.push('', 'COMMIT;');
      inTransaction = false;
    }
    out.push('', hazardComment(s), s.sql);
    if (s.ownTransaction && inTransaction) {
      out.push('', 'COMMIT;');
      inTransaction = false;
    }
  }
  if (inTransaction) out.push('', 'COMMIT;');
  return `${out.join('\n')}\n`;
}
