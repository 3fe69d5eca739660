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
 *
 * An up statement undone by several statements (its `undo`: a dropped key built again
 * CONCURRENTLY then taken over USING INDEX) gives a down part that mixes a statement that cannot
 * run in a transaction with others. Tools that split a file into statements (Flyway, Sqitch's
 * psql, Liquibase) run that part outside a transaction, each statement committing on its own.
 * Tools that send a file as one query string (`oneQueryString`: dbmate, golang-migrate, Prisma's
 * db execute) cannot run it at all, and one up statement has one down file: there the down part
 * takes the plain one-statement reverse instead, in a transaction, labelled with what it risks
 * (the key's index built under ACCESS EXCLUSIVE).
 */
import type { MigrationPlan, PlannedStatement } from '../sql';
import { statement } from '../sql/plan-statement';

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
    let i = down.undoes ?? cursor;
    if (down.undoes === undefined) while (i >= 0 && units[i]!.up.reverse !== down.sql) i--;
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

/** Squawk rules a key added in one statement breaks, for the one-statement fallback below. */
const PLAIN_KEY_RULES = ['constraint-missing-not-valid', 'disallowed-unique-constraint', 'adding-serial-primary-key-field'];

/**
 * For a tool that sends a file as one query string: an undo that cannot run in one (a statement
 * outside any transaction among others) becomes the up statement's plain reverse.
 */
function oneStatementUndo(unit: Unit): Unit {
  const { up, down } = unit;
  if (down.length < 2 || !down.some((d) => d.undoes !== undefined && !d.transactional) || !up.reverse) return unit;
  const plain = statement({
    sql: up.reverse,
    description: `Undo: ${up.description} (in one statement: this tool sends a file as one query string, where a concurrent index build cannot run)`,
    phase: up.phase,
    hazards: up.reverseHazards ?? [],
    squawkIgnore: { rules: PLAIN_KEY_RULES, reason: 'the tool runs a file as one query string: the key cannot be built concurrently here, and is built under ACCESS EXCLUSIVE, marked above' },
  });
  return { up, down: [plain] };
}

export interface SegmentOptions {
  /** The tool sends each file as one query string (dbmate, golang-migrate, Prisma). */
  oneQueryString?: boolean;
}

export function segmentPlan(plan: MigrationPlan, options: SegmentOptions = {}): Segment[] {
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
  const units = pairDown(plan);
  for (const unit of options.oneQueryString ? units.map(oneStatementUndo) : units) {
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
