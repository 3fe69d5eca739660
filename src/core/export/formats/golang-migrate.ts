/**
 * golang-migrate: `<version>_<name>.up.sql` and `<version>_<name>.down.sql` per segment.
 *
 * Documented behaviour relied on (golang-migrate, database/postgres/README.md):
 * - "In PostgreSQL running multiple SQL statements in one `Exec` executes them inside a
 *   transaction ... If you want to use `CREATE INDEX CONCURRENTLY` without activating
 *   multi-statement mode you have to put such statements in a separate migration files."
 *   So a transactional segment is one file without BEGIN/COMMIT (the implicit transaction of the
 *   single Exec makes it atomic and rolls it back on error), and a statement that cannot run in a
 *   transaction is the only statement of its migration;
 * - `x-use-transaction=true` wraps each migration in a transaction and cannot run those statements
 *   ("Move such statements to a separate migration file and run it without transaction mode"):
 *   run these files in the default mode, without `x-multi-statement` either (it splits the file
 *   into separate Execs, which would make the transactional files non-atomic).
 * Versions are unsigned integers: the segments take consecutive versions from `version` (or from
 * the timestamp, one second apart).
 */
import type { MigrationPlan } from '../../sql';
import { safeName, segmentName, sequentialVersions } from '../naming';
import { downHeader, notesHeader, partSql, upHeader } from '../render';
import { segmentPlan } from '../segments';
import type { ExportedFile, ExportOptions } from '../types';

export function exportGolangMigrate(plan: MigrationPlan, options: ExportOptions): ExportedFile[] {
  const name = safeName(options.name);
  const segments = segmentPlan(plan, { oneQueryString: true });
  const versions = sequentialVersions(options, segments.length, 'golang-migrate');
  const files: ExportedFile[] = [];
  for (const segment of segments) {
    const stem = `${versions[segment.index - 1]!}_${segmentName(name, segment.index, segments.length)}`;
    const tx = 'the file is one Exec, which Postgres runs as an implicit transaction; keep x-multi-statement off';
    const alone = 'this file holds this one statement only';
    const header = [...upHeader(segment, segments.length, name, segment.upTransactional ? tx : alone), ...(segment.index === 1 ? notesHeader(plan) : [])];
    files.push({ path: `${stem}.up.sql`, content: partSql(segment.up, segment.upTransactional, options, { explicitTransaction: false, header }) });
    const downTransactional = segment.downTransactional || segment.down.length === 0;
    files.push({
      path: `${stem}.down.sql`,
      content: partSql(segment.down, downTransactional, options, { explicitTransaction: false, header: downHeader(segment, segments.length, name, downTransactional ? tx : alone) }),
    });
  }
  return files;
}
