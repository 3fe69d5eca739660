/**
 * Prisma Migrate: `migrations/<timestamp>_<name>/migration.sql` per segment (one directory per
 * migration, applied in name order), and the segment's down script as `down.sql` beside it.
 *
 * Behaviour relied on:
 * - Prisma Migrate does not wrap a PostgreSQL migration in a transaction of its own; "You can
 *   opt-in by adding BEGIN; and COMMIT; to the generated schema migrations" (Prisma blog,
 *   "Improving Prisma Migrate DX with two new commands"; prisma/prisma#8080). Depending on the
 *   version, the file is sent as one query string (an implicit transaction, prisma/prisma#22922)
 *   or statement by statement (no atomicity at all), so transactional parts get an explicit
 *   BEGIN/COMMIT, which is atomic either way;
 * - there is no switch to run one migration outside a transaction: a statement that cannot run in
 *   one must be the only statement of its migration (prisma/prisma discussion #10601, "split
 *   each" into its own migration);
 * - Prisma has no down migrations; its guide "Generating down migrations" keeps a `down.sql` per
 *   migration, applied by hand with `prisma db execute --file` (then `prisma migrate resolve
 *   --rolled-back`). Prisma only reads `migration.sql` from a migration directory.
 */
import type { MigrationPlan } from '../../sql';
import { safeName, segmentName, sequentialVersions } from '../naming';
import { downHeader, notesHeader, partSql, upHeader } from '../render';
import { segmentPlan } from '../segments';
import type { ExportedFile, ExportOptions } from '../types';

export function exportPrisma(plan: MigrationPlan, options: ExportOptions): ExportedFile[] {
  const name = safeName(options.name);
  const segments = segmentPlan(plan, { oneQueryString: true });
  const versions = sequentialVersions(options, segments.length, 'prisma');
  const files: ExportedFile[] = [];
  for (const segment of segments) {
    const dir = `migrations/${versions[segment.index - 1]!}_${segmentName(name, segment.index, segments.length)}`;
    const tx = 'explicit BEGIN/COMMIT: Prisma Migrate opens no transaction itself';
    const alone = 'this migration holds this one statement only';
    const header = [...upHeader(segment, segments.length, name, segment.upTransactional ? tx : alone), ...(segment.index === 1 ? notesHeader(plan) : [])];
    files.push({ path: `${dir}/migration.sql`, content: partSql(segment.up, segment.upTransactional, options, { explicitTransaction: true, header }) });
    const downTransactional = segment.downTransactional || segment.down.length === 0;
    const downHow = downTransactional ? 'explicit BEGIN/COMMIT' : 'run it on its own with prisma db execute';
    files.push({ path: `${dir}/down.sql`, content: partSql(segment.down, downTransactional, options, { explicitTransaction: true, header: downHeader(segment, segments.length, name, downHow) }) });
  }
  return files;
}
