/**
 * What the Migration panel says about "Verify on Postgres": where a running verification is (the
 * statement it runs, of how many, in which script), and its verdict, counting the plan's steps as
 * the panel does (and saying how many statements the script ran around them).
 */
import type { VerifyProgress } from '../../core/verify';
import type { Verification } from '../store';
import { stepCounts, type StepCounts } from './statements';

const PHASES: Record<VerifyProgress['phase'], string> = {
  starting: 'Starting Postgres in your browser',
  baseline: 'Running the source (the baseline)',
  up: 'Running the up migration',
  target: 'Building the target from its DDL',
  down: 'Running the down migration',
  comparing: 'Comparing catalogs',
};

/** "Running the up migration: statement 3 of 22" and a bar, as the worker reports. */
function VerifyRunning({ progress }: { progress?: VerifyProgress }) {
  const phase = progress?.phase ?? 'starting';
  const counted = progress && progress.total > 0;
  return (
    <div className="verdict verdict--running" role="status" data-testid="verify-verdict" data-status="running" data-phase={phase}>
      <p className="verdict__headline" data-testid="verify-progress">
        {PHASES[phase]}
        {counted ? `: statement ${Math.min(progress.done + 1, progress.total)} of ${progress.total}` : '…'}
      </p>
      {counted && <progress className="verdict__progress" max={progress.total} value={progress.done} aria-label={PHASES[phase]} />}
    </div>
  );
}

export function VerifyVerdict({ verification, stale }: { verification?: Verification; stale: boolean }) {
  if (!verification) return null;
  if (verification.status === 'running') return <VerifyRunning progress={verification.progress} />;
  if (verification.status === 'failed') {
    return (
      <p className="verdict verdict--error" role="alert" data-testid="verify-verdict" data-status="failed">
        Verification could not run: {verification.message}
      </p>
    );
  }
  const { result, elapsedMs, steps } = verification;
  const upFailed = result.up.find((r) => !r.ok);
  const downFailed = result.down.find((r) => !r.ok);
  const up = stepCounts(steps.up, result.up);
  const down = stepCounts(steps.down, result.down);
  return (
    <div className={`verdict ${result.ok ? 'verdict--ok' : 'verdict--error'}${stale ? ' verdict--stale' : ''}`} role="status" data-testid="verify-verdict" data-status={result.ok ? 'ok' : 'differences'}>
      <p className="verdict__headline">
        {result.ok
          ? `Verified on Postgres: up gives the target's catalog, down gives the baseline's again (${(elapsedMs / 1000).toFixed(1)} s).`
          : 'Verification found problems.'}
        {stale && ' The migration changed since; verify again.'}
      </p>
      <ul className="verdict__details">
        <li data-testid="verify-up">
          Up: {ranSteps(up)}
          {upFailed ? `; failed at line ${upFailed.line}: ${upFailed.error}` : ''}.
          {result.upDifferences.length > 0 ? ` Catalog differs from the target: ${result.upDifferences.join('; ')}` : upFailed ? '' : ' Catalog equals the target.'}
        </li>
        <li data-testid="verify-down">
          Down: {ranSteps(down)}
          {downFailed ? `; failed at line ${downFailed.line}: ${downFailed.error}` : ''}.
          {result.downDifferences.length > 0 ? ` Catalog differs from the baseline: ${result.downDifferences.join('; ')}` : downFailed || result.down.length === 0 ? '' : ' Catalog equals the baseline.'}
        </li>
        {result.targetFailures.length > 0 && (
          <li data-testid="verify-target-failure">
            The target failed to build: line {result.targetFailures[0]!.line}: {result.targetFailures[0]!.error}
          </li>
        )}
        {(result.reprintDifferences.length > 0 || result.reprintFailures.length > 0) && (
          <li data-testid="verify-reprint">
            The Target DDL tab (our print of the design) builds a different schema:{' '}
            {[...result.reprintFailures.map((r) => `line ${r.line}: ${r.error}`), ...result.reprintDifferences].join('; ')}
          </li>
        )}
        {result.rolesCreated.length > 0 && <li>Roles created in the scratch database first (named by grants, policies or owners): {result.rolesCreated.join(', ')}.</li>}
        <li className="verdict__not-compared">Not compared: {result.notCompared.map((n) => n.property).join('; ')}.</li>
        {result.baselineFailures.length > 0 && (
          <li>
            {result.baselineFailures.length} statements of the source were rejected by Postgres (not the migration's fault), e.g. line{' '}
            {result.baselineFailures[0]!.line}: {result.baselineFailures[0]!.error}
          </li>
        )}
      </ul>
    </div>
  );
}

/** "12 of 12 steps ran (22 statements with the timeouts and transaction control)": the panel's count, and the script's. */
function ranSteps({ ran, total, statements }: StepCounts): string {
  const counted = `${ran} of ${total} ${total === 1 ? 'step' : 'steps'} ran`;
  return statements > ran ? `${counted} (${statements} statements with the timeouts and transaction control)` : counted;
}
