/**
 * dbmate: `<version>_<name>.sql` per segment, with `-- migrate:up` and `-- migrate:down` sections.
 *
 * Documented behaviour relied on (amacneil/dbmate README, "Creating Migrations", "Migration
 * Options", "Migration files"):
 * - file names are `[version]_[description].sql`; only the leading digits are the version, and
 *   pending migrations run in numerical order;
 * - "Both up and down directives are required, even if you choose not to implement the down
 *   migration";
 * - each section runs in a transaction unless its directive says `transaction:false`
 *   (`-- migrate:up transaction:false`), so transactional sections carry no BEGIN/COMMIT;
 * - dbmate sends a section as one query: with `transaction:false` it must hold a single statement,
 *   or Postgres runs it as an implicit transaction block and CONCURRENTLY fails anyway
 *   (amacneil/dbmate#126, #182, #285). Hence one segment per such statement.
 * The option is per section, and applies to `-- migrate:down` too (fixed in dbmate 2.8.0,
 * amacneil/dbmate#472).
 */
import type { MigrationPlan } from '../../sql';
import { safeName, segmentName, sequentialVersions } from '../naming';
import { downHeader, notesHeader, partSql, upHeader } from '../render';
import { segmentPlan } from '../segments';
import type { ExportedFile, ExportOptions } from '../types';

export function exportDbmate(plan: MigrationPlan, options: ExportOptions): ExportedFile[] {
  const name = safeName(options.name);
  const segments = segmentPlan(plan, { oneQueryString: true });
  const versions = sequentialVersions(options, segments.length, 'dbmate');
  return segments.map((segment) => {
    const tx = 'dbmate wraps the section in a transaction';
    const alone = 'transaction:false, and the section holds this one statement only';
    const header = [...upHeader(segment, segments.length, name, segment.upTransactional ? tx : alone), ...(segment.index === 1 ? notesHeader(plan) : [])];
    const downTransactional = segment.downTransactional || segment.down.length === 0;
    const up = partSql(segment.up, segment.upTransactional, options, { explicitTransaction: false, header });
    const down = partSql(segment.down, downTransactional, options, { explicitTransaction: false, header: downHeader(segment, segments.length, name, downTransactional ? tx : alone) });
    const content = [
      segment.upTransactional ? '-- migrate:up' : '-- migrate:up transaction:false',
      up,
      downTransactional ? '-- migrate:down' : '-- migrate:down transaction:false',
      down,
    ].join('\n');
    return { path: `${versions[segment.index - 1]!}_${segmentName(name, segment.index, segments.length)}.sql`, content };
  });
}
