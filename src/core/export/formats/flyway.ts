/**
 * Flyway: `V<version>__<name>.sql` per segment, undo as `U<version>__<name>.sql` (same version;
 * undo migrations need Flyway Teams/Enterprise).
 *
 * Documented behaviour relied on:
 * - Flyway runs each SQL migration in a transaction by default (`executeInTransaction`, default
 *   true), so transactional files carry no BEGIN/COMMIT;
 * - "this setting can be set from Script Configuration": a file named after the script plus
 *   `.conf` (`V1__Non_transactional.sql.conf`) holding `executeInTransaction=false` runs that script
 *   outside a transaction (Redgate docs, "Flyway Execute In Transaction Setting"; Flyway 6.1.0
 *   release notes, "Manual transaction override"). Flyway's PostgreSQL parser also detects CREATE
 *   INDEX CONCURRENTLY by itself (flyway/flyway#3854) but not every such statement, so the file is
 *   explicit;
 * - versions are dot- or underscore-separated numbers: when the plan needs several files they are
 *   `<version>.1`, `<version>.2`, ... which sort between `<version>` and the next whole version, so
 *   the plan's order is kept without taking the next version numbers.
 */
import type { MigrationPlan, PlannedStatement } from '../../sql';
import { baseVersion, safeName, segmentName } from '../naming';
import { downHeader, notesHeader, partSql, upHeader } from '../render';
import { sqlComment } from '../../sql/safe-text';
import { segmentPlan } from '../segments';
import type { ExportedFile, ExportOptions } from '../types';

/** Flyway replaces `${name}` placeholders in SQL migrations by default (placeholderReplacement=true). */
function placeholderWarning(statements: PlannedStatement[]): string[] {
  return statements.some((s) => s.sql.includes('${'))
    ? [sqlComment('Contains ${...}: Flyway replaces placeholders by default; turn placeholderReplacement off or these texts change.')]
    : [];
}

const NON_TRANSACTIONAL_CONF = '# Flyway script configuration: run this script outside a transaction.\nexecuteInTransaction=false\n';

export function exportFlyway(plan: MigrationPlan, options: ExportOptions): ExportedFile[] {
  const name = safeName(options.name);
  const base = baseVersion(options, /^\d+([._]\d+)*$/, 'flyway');
  const segments = segmentPlan(plan);
  const files: ExportedFile[] = [];
  for (const segment of segments) {
    const version = segments.length > 1 ? `${base}.${segment.index}` : base;
    const file = `${version}__${segmentName(name, segment.index, segments.length)}.sql`;
    const how = segment.upTransactional ? 'Flyway wraps each migration in a transaction' : `V${file}.conf sets executeInTransaction=false`;
    const header = [...upHeader(segment, segments.length, name, how), ...placeholderWarning(segment.up), ...(segment.index === 1 ? notesHeader(plan) : [])];
    files.push({ path: `V${file}`, content: partSql(segment.up, segment.upTransactional, options, { explicitTransaction: false, header }) });
    if (!segment.upTransactional) files.push({ path: `V${file}.conf`, content: NON_TRANSACTIONAL_CONF });
    const downTransactional = segment.downTransactional || segment.down.length === 0;
    const undoHow = downTransactional ? 'Flyway wraps each undo migration in a transaction' : `U${file}.conf sets executeInTransaction=false`;
    files.push({
      path: `U${file}`,
      content: partSql(segment.down, downTransactional, options, { explicitTransaction: false, header: [...downHeader(segment, segments.length, name, undoHow), ...placeholderWarning(segment.down)] }),
    });
    if (!downTransactional) files.push({ path: `U${file}.conf`, content: NON_TRANSACTIONAL_CONF });
  }
  return files;
}
