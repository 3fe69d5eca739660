/**
 * The migration from its planned statements: up in phase order (within a phase, as planned),
 * without what loses data unless allowed, a table's rewrites merged; down as the reverses of up in
 * reverse order (an up statement's `undo`, its safe several-statement form, in place of its
 * reverse). What is skipped or cannot be undone goes to `notes`.
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
  for (const [index, s] of [...up.entries()].reverse()) {
    // An empty reverse: nothing to undo (a backfill of a column the down migration drops).
    if (s.reverse === '') continue;
    if (s.reverse === undefined) {
      if (!/^(COMMENT|ALTER TABLE (?:"(?:[^"]|"")*"|[^\s".]+)(?:\.(?:"(?:[^"]|"")*"|[^\s".]+))? (?:VALIDATE|DROP CONSTRAINT))/.test(s.sql)) notes.push(`Not reversible: ${s.description}`);
      continue;
    }
    if (s.undo && s.undo.length > 0) {
      // The safe form (plan-undo.ts), in its own order, each statement with its own hazards and
      // transaction needs, linked to the up statement it undoes (the export formats pair them).
      for (const u of s.undo) down.push({ ...u, description: `Undo: ${s.description}: ${u.description}`, phase: s.phase, destructive: false, undoes: index });
      continue;
    }
    const hazards = s.sql.startsWith('CREATE TABLE') ? ['deletes-data' as const] : (s.reverseHazards ?? []);
    down.push(statement({ sql: s.reverse, description: `Undo: ${s.description}`, phase: s.phase, transactional: !/\bCONCURRENTLY\b/.test(s.reverse), hazards, destructive: s.sql.startsWith('CREATE TABLE') || /ADD COLUMN/.test(s.sql) }));
  }
  return { up, down, notes };
}
