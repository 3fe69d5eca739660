/**
 * The migration from its planned statements: up in phase order (within a phase, as planned),
 * without what loses data unless allowed, a table's rewrites merged; down as the reverses of up in
 * reverse order. What is skipped or cannot be undone goes to `notes`.
 */
import { statement } from './plan-statement';
import { mergeTableRewrites } from './plan-rewrites';
import { type MigrationPlan, PHASES, type PlannedStatement } from './plan-types';

export function upAndDown(planned: readonly PlannedStatement[], allowDestructive: boolean, notes: string[]): MigrationPlan {
  const phased: PlannedStatement[] = [];
  for (const phase of PHASES) {
    for (const s of planned.filter((p) => p.phase === phase)) {
      if (s.destructive && !allowDestructive) {
        notes.push(`Skipped (loses data; allow destructive changes to include it): ${s.description}`);
        continue;
      }
      phased.push(s);
    }
  }
  const up = mergeTableRewrites(phased);
  const down: PlannedStatement[] = [];
  for (const s of [...up].reverse()) {
    // An empty reverse: nothing to undo (a backfill of a column the down migration drops).
    if (s.reverse === '') continue;
    if (s.reverse === undefined) {
      if (!/^(COMMENT|ALTER TABLE (?:"(?:[^"]|"")*"|[^\s".]+)(?:\.(?:"(?:[^"]|"")*"|[^\s".]+))? (?:VALIDATE|DROP CONSTRAINT))/.test(s.sql)) notes.push(`Not reversible: ${s.description}`);
      continue;
    }
    down.push(statement({ sql: s.reverse, description: `Undo: ${s.description}`, phase: s.phase, transactional: !/\bCONCURRENTLY\b/.test(s.reverse), hazards: s.sql.startsWith('CREATE TABLE') ? ['deletes-data'] : [], destructive: s.sql.startsWith('CREATE TABLE') || /ADD COLUMN/.test(s.sql) }));
  }
  return { up, down, notes };
}
