/**
 * Plain psql scripts: `<name>.up.sql` and `<name>.down.sql`, as planToSql renders them (lock and
 * statement timeouts first, transactional runs in BEGIN/COMMIT, the others between those blocks).
 */
import type { MigrationPlan } from '../../sql';
import { planToSql } from '../../sql/plan-sql';
import { safeName } from '../naming';
import { notesHeader } from '../render';
import type { ExportedFile, ExportOptions } from '../types';

export function exportSql(plan: MigrationPlan, options: ExportOptions): ExportedFile[] {
  const name = safeName(options.name);
  const script = { lockTimeout: options.lockTimeout, statementTimeout: options.statementTimeout };
  const notes = notesHeader(plan);
  const withNotes = (sql: string): string => (notes.length > 0 ? `${notes.join('\n')}\n\n${sql}` : sql);
  return [
    { path: `${name}.up.sql`, content: withNotes(planToSql(plan.up, script)) },
    { path: `${name}.down.sql`, content: planToSql(plan.down, script) },
  ];
}
