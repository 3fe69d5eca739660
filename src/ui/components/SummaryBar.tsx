import type { SchemaSummary } from '../../core/model';
import type { ParseIssue } from '../../core/parse';
import { issueSeverity } from '../problems/problems';
import { type Severity, worse } from '../lib/severity';
import type { WorkProgress } from './work-progress';
import './summary-bar.css';

interface SummaryBarProps {
  summary?: SchemaSummary;
  /** The import's errors and warnings (its notes, info, are not parse issues: problems.ts parseProblems). */
  issues: number;
  /** The most severe of the parse issues. */
  worstIssue?: Severity;
  /** Lint findings; undefined before the first import. */
  findings?: number;
  statements?: number;
  elapsedMs?: number;
  lintMs?: number;
  busy: boolean;
  /** Long work under way (a big file read, imported, linted): said, with a bar when counted. */
  progress?: WorkProgress;
  /** Tables and views kept from the last version of a statement that does not parse now. */
  stale?: number;
  /** The last import failed: there is nothing to count. */
  failed?: boolean;
}

/** The most serious severity among the issues, as the Problems panel shows them. */
export function worstSeverity(issues: readonly Pick<ParseIssue, 'severity'>[]): Severity | undefined {
  return issues.reduce<Severity | undefined>((worst, issue) => worse(worst, issueSeverity(issue)), undefined);
}

const COUNTS: [keyof SchemaSummary, string][] = [
  ['tables', 'Tables'],
  ['views', 'Views'],
  ['columns', 'Columns'],
  ['foreignKeys', 'Foreign keys'],
  ['indexes', 'Indexes'],
];

/** The headline counts of the imported schema and how the import went. */
export function SummaryBar({ summary, issues, worstIssue, findings, statements, elapsedMs, lintMs, busy, progress, stale, failed }: SummaryBarProps) {
  return (
    <section className="summary-bar" aria-label="Schema summary">
      <dl className="summary-bar__counts">
        {COUNTS.map(([key, label]) => (
          <div key={key} className="summary-bar__item">
            <dt>{label}</dt>
            <dd data-testid={`summary-${key}`}>
              {summary ? (key === 'views' ? summary.views + summary.materializedViews : summary[key]) : '–'}
            </dd>
          </div>
        ))}
        <div className={`summary-bar__item${issues > 0 && worstIssue ? ` summary-bar__item--${worstIssue}` : ''}`} data-worst={issues > 0 ? worstIssue : undefined}>
          <dt>Parse issues</dt>
          <dd data-testid="summary-issues">{summary ? issues : '–'}</dd>
        </div>
        <div className="summary-bar__item">
          <dt>Findings</dt>
          <dd data-testid="summary-findings">{findings ?? '–'}</dd>
        </div>
      </dl>
      <div className="summary-bar__status" role="status" data-testid="import-status" data-busy={busy || !!progress} data-failed={failed || undefined} data-phase={progress ? progress.label : undefined}>
        {progress ? (
          <>
            <span data-testid="work-progress">{progress.label}</span>
            <progress className="summary-bar__progress" max={progress.total || undefined} value={progress.total ? progress.done : undefined} />
          </>
        ) : busy ? (
          'Importing…'
        ) : failed ? (
          'Import failed'
        ) : summary && elapsedMs !== undefined ? (
          `${statements ?? 0} statements read in ${formatMs(elapsedMs)}${lintMs !== undefined ? `, linted in ${formatMs(lintMs)}` : ''}`
        ) : (
          ''
        )}
        {stale ? (
          <span className="summary-bar__stale" data-testid="summary-stale" title="Drawn from the last version of their statements that parsed, until those parse again">
            {stale} {stale === 1 ? 'object' : 'objects'} kept from before a syntax error
          </span>
        ) : null}
      </div>
    </section>
  );
}

function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
