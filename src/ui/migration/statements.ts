/**
 * What the Migration panel says about statements: hazard levels and labels, where each statement
 * sits in the rendered script (for highlights), and the files of a format. Pure: no React.
 */
import { exportMigration, type ExportedFile, type MigrationFormat } from '../../core/export';
import type { Hazard, MigrationPlan, PlannedStatement } from '../../core/sql';
// Not from core/sql's index: it reaches the parser (libpg-query), which only the workers load.
import { statementComments } from '../../core/sql/plan-sql';
import type { StatementResult } from '../../core/verify';
import type { SqlHighlight } from '../editor/SqlViewer';

export type HazardLevel = 'danger' | 'warn' | 'info';

export const HAZARD_INFO: Record<Hazard, { label: string; level: HazardLevel; help: string }> = {
  'deletes-data': { label: 'deletes data', level: 'danger', help: 'Loses data: the rows or values are gone after this statement.' },
  'table-rewrite': { label: 'table rewrite', level: 'danger', help: 'Rewrites every row of the table and its indexes under an exclusive lock.' },
  'access-exclusive-lock': { label: 'exclusive lock', level: 'warn', help: 'Takes ACCESS EXCLUSIVE on an existing table: reads and writes wait while it runs or waits.' },
  backfill: { label: 'backfill', level: 'warn', help: 'Updates rows: row locks and bloat in proportion to the rows touched.' },
  'validation-scan': { label: 'validation scan', level: 'info', help: 'Scans the table to validate a constraint; writes go on (SHARE UPDATE EXCLUSIVE).' },
  'index-build': { label: 'index build', level: 'info', help: 'Builds an index concurrently: no write block, but a long scan outside a transaction.' },
  'may-fail-on-data': { label: 'may fail on data', level: 'warn', help: 'Converts existing values: a row that does not convert makes the statement fail (and its transaction roll back).' },
  'rounds-values': { label: 'rounds values', level: 'warn', help: 'Converts every value but rounds or truncates some (fewer fractional-second digits, a coarser interval, fewer decimal places), without an error: what is cut off is lost, and the down migration cannot bring it back.' },
  'index-dropped': { label: 'index dropped', level: 'warn', help: 'An index of a table that stays is gone: queries that used it plan again without it and may slow down (see pg_stat_user_indexes.idx_scan before dropping).' },
  'authz-change': { label: 'access change', level: 'warn', help: 'Changes who may read or write rows or objects already in use (row-level security, a policy, GRANT or REVOKE): a mistake locks users out or shows rows they must not see.' },
};

const RANK: Record<HazardLevel, number> = { info: 1, warn: 2, danger: 3 };

/** The worst level of a statement's hazards; undefined for a statement without hazards. */
export function hazardLevel(hazards: readonly Hazard[]): HazardLevel | undefined {
  let worst: HazardLevel | undefined;
  for (const hazard of hazards) {
    const level = HAZARD_INFO[hazard].level;
    if (!worst || RANK[level] > RANK[worst]) worst = level;
  }
  return worst;
}


function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Line ranges (comment and statement) of the statements with hazards in `script` (planToSql of
 * `statements`), found in order, for the viewer to colour and explain on hover.
 */
export function statementHighlights(script: string, statements: readonly PlannedStatement[]): SqlHighlight[] {
  const out: SqlHighlight[] = [];
  let cursor = 0;
  let line = 1;
  for (const statement of statements) {
    const block = `${statementComments(statement).join('\n')}\n${statement.sql}`;
    const at = script.indexOf(block, cursor);
    if (at < 0) continue;
    line += lineAt(script.slice(cursor, at), at - cursor) - 1;
    const startLine = line;
    const endLine = startLine + lineAt(block, block.length) - 1;
    cursor = at + block.length;
    line = endLine;
    const severity = hazardLevel(statement.hazards);
    if (!severity) continue;
    out.push({ startLine, endLine, severity, hover: statement.hazards.map((h) => `${HAZARD_INFO[h].label}: ${HAZARD_INFO[h].help}`).join('\n') });
  }
  return out;
}

export interface FormatFiles {
  files: ExportedFile[];
  error?: string;
}

/** The files `format` gives for `plan`; an exporter error is reported, not thrown. */
export function formatFiles(plan: MigrationPlan, format: MigrationFormat, name: string, timestamp: Date): FormatFiles {
  try {
    return exportMigration(plan, format, { name, timestamp });
  } catch (error) {
    return { files: [], error: error instanceof Error ? error.message : String(error) };
  }
}

/** A statement's SQL as the verifier reports it and the plan holds it (no final `;`). */
export const normalizeSql = (sql: string) => sql.trim().replace(/;\s*$/, '').trim();

/**
 * What the panel counts (the plan's steps, "Migration 12") of a verification, which runs every
 * statement of the script (22: the steps, and the timeouts, BEGIN and COMMIT around them).
 */
export interface StepCounts {
  /** Steps of the plan, and how many of them ran without an error. */
  total: number;
  ran: number;
  /** Statements of the script that ran (or were tried), the steps among them. */
  statements: number;
}

export function stepCounts(steps: readonly string[], results: readonly StatementResult[]): StepCounts {
  const outcomes = new Map<string, boolean>();
  for (const result of results) outcomes.set(normalizeSql(result.sql), result.ok);
  return { total: steps.length, ran: steps.filter((step) => outcomes.get(normalizeSql(step)) === true).length, statements: results.length };
}
