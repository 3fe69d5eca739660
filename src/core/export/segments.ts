/**
 * Splits a plan into the consecutive runs ("segments") that become one migration each in the
 * file-per-migration tools, keeping the plan's order:
 *
 * - consecutive statements that may share a transaction form one transactional segment;
 * - a statement Postgres refuses inside a transaction block (`transactional: false`: CREATE/DROP
 *   INDEX CONCURRENTLY, ALTER TYPE ... ADD VALUE) is a segment on its own. On its own, not merely
 *   "outside a transaction": several tools send a whole file as one query string, and Postgres runs
 *   a multi-statement query string as an implicit transaction block, where these statements fail
 *   (PostgreSQL docs, "Multiple Statements in a Simple Query"; golang-migrate postgres README,
 *   "Multi-statement mode"; dbmate issues #126, #182, #285: `transaction:false` with more than one
 *   statement still fails);
 * - a statement that must commit separately (`ownTransaction`: VALIDATE CONSTRAINT after an
 *   ADD ... NOT VALID) is a transactional segment on its own, as planToSql gives it its own
 *   BEGIN/COMMIT;
 * - a statement whose reverse cannot run in a transaction is also kept alone, so that the down
 *   migration of its segment can run outside one.
 *
 * Each segment carries the down statements that undo it (from `plan.down`, which lists the
 * reverses of `plan.up` last first), so down/undo/revert files pair with their up files.
 */
import type { MigrationPlan, PlannedStatement } from '../sql';

export interface Segment {
  /** 1-based position in the plan. */
  index: number;
  up: PlannedStatement[];
  /** True unless the segment is a single statement that must run outside a transaction. */
  upTransactional: boolean;
  /** The down statements that undo `up`, in the order they run. */
  down: PlannedStatement[];
  downTransactional: boolean;
  /** Up statements of this segment the plan could not reverse (listed in plan.notes). */
  irreversible: PlannedStatement[];
}

interface Unit {
  up: PlannedStatement;
  down: PlannedStatement[];
}

/** Pairs every down statement with the up statement it undoes (plan.down = reverses of up, last first). */
function pairDown(plan: MigrationPlan): Unit[] {
  const units: Unit[] = plan.up.map((up) => ({ up, down: [] }));
  let cursor = units.length - 1;
  let lastPaired = units.length - 1;
  for (const down of plan.down) {
    let i = cursor;
    while (i >= 0 && units[i]!.up.reverse !== down.sql) i--;
    if (i >= 0) {
      units[i]!.down.push(down);
      lastPaired = i;
      cursor = i - 1;
    } else {
      // A down statement that reverses nothing (a plan edited by hand) stays with the one undone before it.
      units[lastPaired]?.down.push(down);
    }
  }
  return units;
}

export function segmentPlan(plan: MigrationPlan): Segment[] {
  const notReversible = new Set(plan.notes.filter((n) => n.startsWith('Not reversible: ')).map((n) => n.slice('Not reversible: '.length)));
  const segments: Segment[] = [];
  let open: Unit[] = [];
  const close = (units: Unit[], upTransactional: boolean): void => {
    if (units.length === 0) return;
    // Units undo in reverse order: the last statement's reverse runs first.
    const down = [...units].reverse().flatMap((u) => u.down);
    segments.push({
      index: segments.length + 1,
      up: units.map((u) => u.up),
      upTransactional,
      down,
      downTransactional: down.every((s) => s.transactional),
      irreversible: units.map((u) => u.up).filter((s) => s.reverse === undefined && notReversible.has(s.description)),
    });
  };
  for (const unit of pairDown(plan)) {
    const alone = !unit.up.transactional || unit.up.ownTransaction === true || unit.down.some((s) => !s.transactional);
    if (!alone) {
      open.push(unit);
      continue;
    }
    close(open, true);
    open = [];
    close([unit], unit.up.transactional);
  }
  close(open, true);
  return segments;
}
