import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { MIGRATION_FORMATS, zipFiles, type ExportedFile, type MigrationFormat } from '../../core/export';
// Not from core/sql's index: it reaches the parser (libpg-query), which only the workers load.
import { upPartText } from '../../core/parse/up-part';
import type { PlannedStatement } from '../../core/sql';
import { DEFAULT_PG_VERSION, PG_VERSIONS, type PgVersion } from '../../core/sql/versions';
import { execute } from '../commands/execute';
import type { StatementResult } from '../../core/verify';
import type { VerifyInput } from '../../core/verify/input';
import type { DeriveResponse } from '../../worker/protocol';
import { baseName, downloadBlob } from '../document/download';
import { useApp, type MigrationTab, type Verification } from '../store';
import { formatFiles, HAZARD_INFO, hazardLevel, normalizeSql, statementHighlights } from './statements';
import { VerifyVerdict } from './VerifyVerdict';
import { prepareVerify, verifyInWorker } from './verify-client';
import { SqlViewer } from '../editor/SqlViewer';
import './migration.css';

interface MigrationPanelProps {
  /** The latest derivation (plan, scripts, target DDL). */
  result?: DeriveResponse;
  /** A newer derivation is running. */
  busy: boolean;
  /** The derivation failed: there is no migration to prepare. */
  failed?: boolean;
  /** A first change to try when there is none (a finding's fix): one click to a migration. */
  suggestion?: { label: string; apply: () => void };
}

const TABS: { id: MigrationTab; label: string }[] = [
  { id: 'up', label: 'Up' },
  { id: 'down', label: 'Down' },
  { id: 'target', label: 'Target DDL' },
];

/**
 * The migration from the source to the schema as designed: up and down scripts with each
 * statement's hazards, the whole target DDL, files for every migration tool (download, copy),
 * and a verification on a real Postgres (PGlite, in a worker loaded on demand).
 */
export function MigrationPanel({ result, busy, suggestion, failed }: MigrationPanelProps) {
  const tab = useApp((s) => s.migrationTab);
  const setTab = useApp((s) => s.setMigrationTab);
  const allowDestructive = useApp((s) => s.allowDestructive);
  const setAllowDestructive = useApp((s) => s.setAllowDestructive);
  const open = useApp((s) => s.migrationOpen);
  const setOpen = useApp((s) => s.setMigrationOpen);
  const sourceName = useApp((s) => s.document.sourceName);
  const pgVersion = useApp((s) => s.document.pgVersion ?? DEFAULT_PG_VERSION);
  const [format, setFormat] = useState<MigrationFormat>('sql');
  const [name, setName] = useState('design_changes');
  const [copied, setCopied] = useState(false);
  // In the store, with the document's other UI state: another document starts without it.
  const verification = useApp((s) => s.verification);

  const plan = result?.plan;
  const empty = !plan || (plan.up.length === 0 && plan.down.length === 0);
  // The time the plan was made: file versions stay put while the user looks at them.
  const timestamp = useMemo(() => new Date(), [plan]);
  const statements = tab === 'down' ? (plan?.down ?? []) : (plan?.up ?? []);
  const script = !result ? '' : tab === 'up' ? result.upSql : tab === 'down' ? result.downSql : result.targetDdl;
  const highlights = useMemo(() => (tab === 'target' ? [] : statementHighlights(script, statements)), [tab, script, statements]);
  const exported = useMemo(() => (plan ? formatFiles(plan, format, name, timestamp) : { files: [] as ExportedFile[] }), [plan, format, name, timestamp]);

  useEffect(() => setCopied(false), [tab, script]);

  const fileName = baseName(sourceName);
  const download = useCallback(() => {
    if (!result) return;
    if (tab === 'target') {
      downloadBlob(`${fileName}.target.sql`, result.targetDdl, 'application/sql');
      return;
    }
    if (format === 'sql') {
      const file = exported.files.find((f) => f.path.endsWith(tab === 'down' ? '.down.sql' : '.up.sql'));
      if (file) downloadBlob(file.path, file.content, 'application/sql');
      return;
    }
    downloadBlob(`${name || 'migration'}-${format}.zip`, zipFiles(exported.files) as Uint8Array<ArrayBuffer>, 'application/zip');
  }, [result, tab, format, exported, name, fileName]);

  const copy = useCallback(async () => {
    try {
      await navigator.clipboard.writeText(script);
      setCopied(true);
    } catch {
      useApp.getState().notify('error', 'The browser did not allow copying to the clipboard.');
    }
  }, [script]);

  const verify = useCallback(async () => {
    if (!result) return;
    const forId = result.id;
    const { documentKey } = useApp.getState();
    // A verification that ends after another document was loaded is not about it.
    const setVerification = (next: Verification) => {
      if (useApp.getState().documentKey === documentKey) useApp.getState().setVerification(next);
    };
    setVerification({ status: 'running', forId });
    try {
      const { result: verified, elapsedMs } = await verifyInWorker(verifyInput(result), (progress) => setVerification({ status: 'running', forId, progress }));
      const steps = { up: result.plan.up.map((s) => s.sql), down: result.plan.down.map((s) => s.sql) };
      setVerification({ status: 'done', forId, result: verified, elapsedMs, steps });
    } catch (error) {
      setVerification({ status: 'failed', forId, message: error instanceof Error ? error.message : String(error) });
    }
  }, [result]);

  // The pointer on the button: Postgres starts, and runs the baseline, before the click.
  const prepare = useCallback(() => {
    if (result && plan && plan.up.length > 0) prepareVerify(verifyInput(result));
  }, [result, plan]);

  const current = verification && result && verification.forId === result.id ? verification : undefined;
  const results = current?.status === 'done' ? (tab === 'down' ? current.result.down : tab === 'up' ? current.result.up : undefined) : undefined;
  const skipped = result?.skipped.length ?? 0;
  const refused = result?.refused ?? [];
  const unavailable = useMemo(() => (result?.patternResults ?? []).filter((r) => r.status !== 'applied'), [result]);

  return (
    <section className={`migration${open ? '' : ' migration--closed'}`} aria-labelledby="migration-title" data-testid="migration">
      <div className="migration__toolbar">
        <button type="button" className="migration__toggle" aria-expanded={open} onClick={() => setOpen(!open)} title={open ? 'Hide the migration' : 'Show the migration'}>
          <svg className="chevron" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M6 4l4 4-4 4" />
          </svg>
          <h2 id="migration-title" className="panel-title">
            Migration{' '}
            <span className="count" data-testid="migration-count" title="Steps of the up migration (the script adds timeouts and BEGIN / COMMIT around them)">
              {plan?.up.length ?? 0}
            </span>
          </h2>
        </button>
        <div className="segmented" role="tablist" aria-label="Migration view">
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              className="segmented__option"
              aria-selected={tab === t.id}
              aria-pressed={tab === t.id}
              data-testid={`migration-tab-${t.id}`}
              onClick={() => {
                setTab(t.id);
                setOpen(true);
              }}
            >
              {t.label}
              {t.id !== 'target' && plan ? ` ${t.id === 'up' ? plan.up.length : plan.down.length}` : ''}
            </button>
          ))}
        </div>
        <label className="migration__check" title="Include steps that lose data: dropped tables, columns, types">
          <input type="checkbox" checked={allowDestructive} onChange={(event) => setAllowDestructive(event.target.checked)} data-testid="allow-destructive" />
          Allow destructive
        </label>
        {skipped > 0 && (
          <span className="migration__skipped" data-testid="migration-skipped" title={result!.skipped.join('\n')}>
            {skipped} destructive {skipped === 1 ? 'statement' : 'statements'} left out
          </span>
        )}
        <span className="migration__spacer" />
        {busy && <span className="migration__busy">Updating…</span>}
        <label className="migration__field" title="The Postgres version the migration runs on: only syntax it has is written, and what it cannot do is refused">
          <span className="visually-hidden">Postgres version</span>
          <select value={pgVersion} onChange={(event) => execute('set-pg-version', { version: Number(event.target.value) as PgVersion })} data-testid="migration-pg-version">
            {PG_VERSIONS.map((v) => (
              <option key={v} value={v}>
                Postgres {v}
              </option>
            ))}
          </select>
        </label>
        <label className="migration__field">
          <span className="visually-hidden">Format</span>
          <select value={format} onChange={(event) => setFormat(event.target.value as MigrationFormat)} data-testid="migration-format">
            {MIGRATION_FORMATS.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button button--small" onClick={download} disabled={!result || (tab !== 'target' && empty)} data-testid="migration-download">
          {tab === 'target' || format === 'sql' ? 'Download .sql' : `Download .zip`}
        </button>
        <button type="button" className="button button--small" onClick={() => void copy()} disabled={!script} data-testid="migration-copy">
          {copied ? 'Copied' : 'Copy'}
        </button>
        <button
          type="button"
          className="button button--small button--primary"
          onClick={() => void verify()}
          onPointerEnter={prepare}
          onFocus={prepare}
          disabled={!result || busy || !plan || plan.up.length === 0 || current?.status === 'running'}
          data-testid="migration-verify"
          title="Run the baseline, the up migration and the down migration on Postgres (PGlite, in your browser) and compare catalogs"
        >
          {current?.status === 'running' ? 'Verifying…' : 'Verify on Postgres'}
        </button>
      </div>
      {open && (
        <div className="migration__content">
          {result?.planError && (
            <p className="migration__error" role="alert">
              The migration could not be planned: {result.planError}
            </p>
          )}
          {result && result.editProblems.length > 0 && (
            <p className="migration__warning" data-testid="edit-problems">
              {result.editProblems.length} design {result.editProblems.length === 1 ? 'edit no longer applies' : 'edits no longer apply'} to the source and
              {result.editProblems.length === 1 ? ' is' : ' are'} left out: {result.editProblems.map((p) => p.message).join('; ')}
            </p>
          )}
          {unavailable.length > 0 && (
            <p className="migration__warning" data-testid="pattern-problems">
              {unavailable.map((r) => `${r.application.pattern}${r.application.target ? ` on ${r.application.target.name}` : ''}: ${r.message ?? r.status}`).join('; ')}
            </p>
          )}
          {refused.length > 0 && (
            <div className="migration__warning migration__refused" data-testid="migration-refused">
              {refused.length} {refused.length === 1 ? 'change is' : 'changes are'} left out of the migration: the planner refuses{' '}
              {refused.length === 1 ? 'it' : 'them'} for Postgres {pgVersion} rather than write a migration that would fail or differ from the design.
              <ul>
                {refused.map((reason, i) => (
                  <li key={i} data-testid="migration-refusal">
                    {reason}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <VerifyVerdict verification={verification} stale={Boolean(verification && !current && verification.status !== 'running')} />
          {!result ? (
            <p className="empty" data-testid={failed ? 'migration-failed' : undefined}>
              {failed ? 'No migration: the import failed.' : 'Preparing the migration…'}
            </p>
          ) : tab !== 'target' && empty && skipped > 0 ? (
            <p className="migration__empty" data-testid="migration-only-destructive">
              The only changes lose data ({skipped} {skipped === 1 ? 'statement' : 'statements'}: {result.skipped.join('; ')}). Tick “Allow destructive” to include
              them.
            </p>
          ) : tab !== 'target' && empty && refused.length > 0 ? (
            <p className="migration__empty" data-testid="migration-only-refused">
              Nothing to migrate: the design differs from the source only by the {refused.length === 1 ? 'change' : 'changes'} refused above. Do what{' '}
              {refused.length === 1 ? 'it says' : 'they say'}, or choose a newer Postgres version if that is what {refused.length === 1 ? 'it asks' : 'they ask'} for.
            </p>
          ) : tab !== 'target' && empty ? (
            <p className="migration__empty" data-testid="migration-empty">
              No changes: the schema as designed equals the source. Apply a fix from the Problems panel, or turn on a pattern, to get a migration.
              {suggestion && (
                <>
                  {' '}
                  <button type="button" className="button button--small" onClick={suggestion.apply} data-testid="migration-suggestion">
                    Try: {suggestion.label}
                  </button>
                </>
              )}
            </p>
          ) : (
            <div className={`migration__body${tab === 'target' ? ' migration__body--full' : ''}`}>
              {tab !== 'target' && <StatementList statements={statements} results={results} direction={tab} />}
              <div className="migration__script">
                <SqlViewer
                  text={script || '-- Nothing to undo.\n'}
                  highlights={highlights}
                  label={tab === 'up' ? 'Up migration' : tab === 'down' ? 'Down migration' : 'Target DDL'}
                  testId="migration-script"
                />
              </div>
            </div>
          )}
          {result && tab !== 'target' && !empty && (
            <div className="migration__files" data-testid="migration-files">
              <span className="migration__files-label">{MIGRATION_FORMATS.find((f) => f.id === format)?.label}:</span>
              {exported.error ? (
                <span className="migration__error">{exported.error}</span>
              ) : (
                exported.files.map((file) => (
                  <button
                    key={file.path}
                    type="button"
                    className="link-button migration__file"
                    data-testid="migration-file"
                    title={`Download ${file.path}`}
                    onClick={() => downloadBlob(file.path.split('/').pop()!, file.content, 'application/sql')}
                  >
                    {file.path}
                  </button>
                ))
              )}
              <label className="migration__name">
                Name
                <input value={name} onChange={(event) => setName(event.target.value)} spellCheck={false} data-testid="migration-name" />
              </label>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

const StatementList = memo(function StatementList({
  statements,
  results,
  direction,
}: {
  statements: PlannedStatement[];
  results?: StatementResult[];
  direction: 'up' | 'down';
}) {
  const byText = useMemo(() => {
    const map = new Map<string, StatementResult>();
    for (const r of results ?? []) map.set(normalizeSql(r.sql), r);
    return map;
  }, [results]);
  if (statements.length === 0) return <p className="empty migration__statements">No statements{direction === 'down' ? ' to undo' : ''}.</p>;
  return (
    <ol className="migration__statements" aria-label={`${direction === 'up' ? 'Up' : 'Down'} statements`}>
      {statements.map((statement, i) => {
        const level = hazardLevel(statement.hazards);
        const outcome = results ? byText.get(normalizeSql(statement.sql)) : undefined;
        const status = !results ? undefined : !outcome ? 'not-run' : outcome.ok ? 'ok' : 'error';
        return (
          <li
            key={i}
            className={`statement${level ? ` statement--${level}` : ''}`}
            data-testid="migration-statement"
            data-hazards={statement.hazards.join(' ')}
            data-status={status}
          >
            <div className="statement__head">
              <span className="statement__description">{statement.description}</span>
              {!statement.transactional && <span className="badge badge--plain" title="Runs outside a transaction block">no tx</span>}
              {statement.hazards.map((hazard) => (
                <span key={hazard} className={`badge badge--${HAZARD_INFO[hazard].level}`} title={HAZARD_INFO[hazard].help} data-testid="hazard">
                  {HAZARD_INFO[hazard].label}
                </span>
              ))}
              {status && (
                <span className={`statement__status statement__status--${status}`} data-testid="statement-status">
                  {status === 'ok' ? '✓ ran' : status === 'error' ? '✗ failed' : 'not run'}
                </span>
              )}
            </div>
            <code className="statement__sql">{statement.sql}</code>
            {outcome && !outcome.ok && <p className="statement__error">{outcome.error}</p>}
          </li>
        );
      })}
    </ol>
  );
});

/**
 * What a verification runs: the source as the baseline, the scripts of this derivation, and as
 * the target the source followed by the design edits (the user's own SQL), which our print of
 * the model (the Target DDL tab) must build the same as.
 */
function verifyInput(result: DeriveResponse): VerifyInput {
  // A goose, sql-migrate or dbmate file: its Up part, as the import read it (not its Down part).
  const sourceSql = upPartText(useApp.getState().document.sourceSql);
  return { baselineSql: sourceSql, upSql: result.upSql, downSql: result.downSql, targetSql: `${sourceSql}\n;\n${result.editsSql}`, printedTargetSql: result.targetDdl };
}
