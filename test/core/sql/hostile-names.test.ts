/**
 * Property test of everything that writes SQL (issue 14, item 3): schemas with hostile names and
 * texts in every position the printer writes (names of every object kind, comments, defaults,
 * checks, predicates, view queries, storage options, function parameters, bodies and settings,
 * enum labels, type modifiers, trigger arguments, pattern parameters), built beside a plain twin
 * (test/support/hostile-schema.ts). For every case:
 *
 * - the printed DDL, the migration from nothing (up and down), the migration from the schema to a
 *   changed one (up and down, patterns applied with hostile parameters) and the files of every
 *   export format read, with libpg-query, as the same statements as the twin's: same count, same
 *   kinds (ALTER TABLE subcommands and COMMENT targets included), same PL/pgSQL statements in
 *   function bodies;
 * - each planned statement reads as it does alone when written under its hazard comment;
 * - the changes reach the statements the planner writes beyond plain DDL (test/support/
 *   hostile-planner-mutations.ts): USING casts, views, policies and triggers dropped and created
 *   again around a column's new type, enums created anew behind a DO guard whose RAISE names
 *   hostile columns and labels, identity options, owned sequences and setval, new generation
 *   expressions, squawk-ignore lines; each is checked to come up (PLANNER_POSITIONS). Cases are
 *   planned for Postgres 13, 16, 17 or 18.
 *
 * A sample of cases whose catalog-bound values are real runs on one PGlite: the printed DDL, then
 * the migrations, leave exactly the objects the model names (the catalog's object list), and the
 * down migrations return to the previous list. Statements that escaped their quotes would add
 * objects, or fail.
 */
import type { PGlite } from '@electric-sql/pglite';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SchemaChange } from '../../../src/core/changes';
import { diff } from '../../../src/core/diff';
import { exportMigration, MIGRATION_FORMATS } from '../../../src/core/export';
import { emptySchema, type Schema } from '../../../src/core/model';
import { initParser, splitStatements } from '../../../src/core/parse';
import { applyPatterns } from '../../../src/core/patterns';
import type { PatternApplication } from '../../../src/core/patterns';
import { type MigrationPlan, planMigration, planToSql, printSchema } from '../../../src/core/sql';
import { catalogKeys } from '../../support/catalog-keys';
import { freshPglite } from '../../support/pglite-oracle';
import { buildSchema, expectedObjects, type HostileCase, hostileCase, ident, mutate, Namer } from '../../support/hostile-schema';
import { readScript, statementKinds } from '../../support/statement-kinds';

beforeAll(async () => {
  await initParser();
});

/** Parse-level cases (all of them), and how many of the runnable ones go to PGlite. */
const CASES = Number(process.env.HOSTILE_CASES ?? 1500);
const EXPORT_CASES = Number(process.env.HOSTILE_EXPORT_CASES ?? 500);
const RUN_CASES = Number(process.env.HOSTILE_RUN_CASES ?? 50);

interface Derived {
  a: Schema;
  b: Schema;
  ddl: string;
  create: MigrationPlan;
  change: MigrationPlan;
}

function patternFor(c: HostileCase, b: Schema, n: Namer): PatternApplication[] {
  const pattern = c.shape.pattern;
  if (!pattern) return [];
  const tables = Object.values(b.tables);
  const table = tables[tables.length - 1]!;
  const target = { schema: table.schema, name: table.name };
  switch (pattern) {
    case 'soft-delete':
      return [{ pattern, target, params: { column: n.name(), liveView: true, viewName: n.name() } }];
    case 'audit-columns':
      return [{ pattern, target, params: { createdColumn: n.name(), updatedColumn: n.name(), actorSetting: `app.${n.name()}` } }];
    case 'history-table':
      return [{ pattern, target, params: { historyTable: `${ident(table.schema)}.${ident(n.name())}`, actorSetting: n.text() } }];
    case 'outbox':
      return [{ pattern, params: { table: `${ident(table.schema)}.${ident(n.name())}` } }];
    case 'idempotency-keys':
      return [{ pattern, params: { table: `${ident(table.schema)}.${ident(n.name())}`, scopeColumn: n.name() } }];
  }
}

/** Schema A, schema B (A changed, then a pattern applied), the DDL of A and the two migrations. */
function derive(c: HostileCase, hostile: boolean): Derived & { patternOk: boolean[] } {
  const n = new Namer(hostile ? c : undefined);
  const built = buildSchema(c.shape, n);
  const mutated = mutate(built, c.shape, n);
  const applications = patternFor(c, mutated.schema, n);
  const applied = applyPatterns(mutated.schema, applications);
  const a = built.schema;
  const b = applied.schema;
  const changes: SchemaChange[] = [...diff(a, b, { renames: mutated.renames }), ...applied.changes.filter((x) => x.kind === 'data-migration')];
  return {
    a,
    b,
    ddl: printSchema(a),
    create: planMigration(emptySchema(), diff(emptySchema(), a), { allowDestructive: true, pgVersion: c.shape.pgVersion }),
    change: planMigration(a, changes, { allowDestructive: true, pgVersion: c.shape.pgVersion }),
    patternOk: applied.results.map((r) => r.ok),
  };
}

/**
 * Transaction framing: how many BEGIN / COMMIT blocks a script has depends on the order of the
 * statements within a phase, which follows their names; the twin comparisons leave it out and
 * `expectOnlyDescribed` checks it exactly.
 */
const FRAMING = /^(TransactionStmt|VariableSetStmt\(VAR_SET_VALUE (lock_timeout|statement_timeout)\))/;
const unframed = (kinds: string[]): string[] => kinds.filter((k) => !FRAMING.test(k)).sort();

const SCRIPTS = ['create up', 'create down', 'change up', 'change down'] as const;

function scripts(d: Derived): Record<(typeof SCRIPTS)[number], MigrationPlan['up']> {
  return { 'create up': d.create.up, 'create down': d.create.down, 'change up': d.change.up, 'change down': d.change.down };
}

/** What to compare between a case and its twin, and the framing each script was read with. */
function read(d: Derived, runnable: boolean): { readings: Record<string, string[]>; framing: Record<string, number> } {
  const ddl = readScript(d.ddl);
  const readings: Record<string, string[]> = {
    ddl: [...ddl.kinds].sort(),
    // A hostile LANGUAGE (not runnable) is not plpgsql: the bodies are compared when it is.
    'ddl plpgsql': runnable ? ddl.plpgsql().sort() : [],
  };
  const framing: Record<string, number> = {};
  for (const [name, statements] of Object.entries(scripts(d))) {
    const script = readScript(planToSql(statements));
    readings[name] = unframed(script.kinds);
    framing[name] = script.kinds.filter((k) => FRAMING.test(k)).length;
    if (name === 'change up' && runnable) readings['change plpgsql'] = script.plpgsql().sort();
  }
  return { readings, framing };
}

/** The plan with every text that is not SQL (descriptions, notes) made plain. */
function undescribed(plan: MigrationPlan): MigrationPlan {
  const plain = (list: MigrationPlan['up']) => list.map((s, i) => ({ ...s, description: `statement ${i}` }));
  return { up: plain(plan.up), down: plain(plan.down), notes: plan.notes.map((_, i) => `note ${i}`) };
}

/**
 * The framing (BEGIN, COMMIT, SET LOCAL) each script has when its descriptions are plain, by our
 * own splitter (cheap: no second parse). Read with Postgres's grammar, the real script must have
 * the same: a description that ended its comment could add a COMMIT the twin would not notice.
 */
function plainFraming(d: Derived): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, statements] of Object.entries(scripts(d))) {
    const plain = planToSql(statements.map((s, i) => ({ ...s, description: `statement ${i}` })));
    out[name] = splitStatements(plain).statements.filter((s) => /^(BEGIN|COMMIT|SET (LOCAL )?(lock_timeout|statement_timeout))\b/.test(s.text)).length;
  }
  return out;
}

function describeCase(c: HostileCase): string {
  return JSON.stringify({ shape: c.shape, names: c.names, texts: c.texts });
}

/**
 * Statements the planner writes beyond plain DDL (issue 17's), each of which must come up in the
 * cases with hostile names in it: a generator that stopped reaching one would test nothing there.
 */
const PLANNER_POSITIONS: Record<string, RegExp> = {
  'a USING cast': /ALTER COLUMN .* TYPE .* USING /,
  'an enum created anew behind its DO guard': /^DO \$guard/m,
  'a RAISE naming hostile columns and labels': /RAISE EXCEPTION /,
  'a view dropped and created again': /^DROP VIEW [^\n]*;\n[^]*^CREATE VIEW /m,
  'a policy dropped and created again': /^DROP POLICY /m,
  'a trigger dropped and created again': /^DROP TRIGGER /m,
  'a squawk-ignore line': /^-- squawk-ignore /m,
  'identity options': /SET INCREMENT BY /,
  'an owned sequence': / OWNED BY /,
  'a numbering caught up (setval)': /SELECT setval\(/,
  'a new generation expression': /SET EXPRESSION AS /,
};

describe('hostile names and texts', () => {
  test(`printed DDL and migrations read as the plain twin's (${CASES} cases)`, () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(hostileCase(), (c) => {
        const hostile = derive(c, true);
        const plain = derive(c, false);
        const changeSql = planToSql(hostile.change.up) + planToSql(hostile.change.down);
        for (const [position, pattern] of Object.entries(PLANNER_POSITIONS)) if (pattern.test(changeSql)) reached.add(position);
        expect(hostile.patternOk, 'the pattern applies alike').toEqual(plain.patternOk);
        const written = read(hostile, c.shape.runnable);
        expect(written.readings, describeCase(c)).toEqual(read(plain, c.shape.runnable).readings);
        expect(written.framing, describeCase(c)).toEqual(plainFraming(hostile));
      }),
      { numRuns: CASES },
    );
    if (CASES >= 1000) expect(Object.keys(PLANNER_POSITIONS).filter((p) => !reached.has(p))).toEqual([]);
  }, 240_000);

  test(`every migration format's files read as the plain twin's (${EXPORT_CASES} cases)`, () => {
    fc.assert(
      fc.property(hostileCase(), fc.constantFrom(...MIGRATION_FORMATS.map((f) => f.id)), (c, format) => {
        const hostile = derive(c, true);
        const plain = derive(c, false);
        const files = (plan: MigrationPlan) => exportMigration(plan, format, { name: 'change', version: '7', timestamp: new Date(0) }).files.filter((f) => f.path.endsWith('.sql'));
        // Descriptions and notes (headers, changeset comments, rollback lines) add nothing, file by file.
        const written = files(hostile.change);
        const described = files(undescribed(hostile.change));
        expect(written.map((f) => f.path)).toEqual(described.map((f) => f.path));
        written.forEach((file, i) => expect(statementKinds(file.content), `${format} ${file.path}: ${describeCase(c)}`).toEqual(statementKinds(described[i]!.content)));
        // The statements of all files together are the twin's (files may cut the plan elsewhere:
        // statements of one phase come in name order).
        const all = (list: { content: string }[]) => unframed(list.flatMap((f) => statementKinds(f.content)));
        expect(all(written), `${format}: ${describeCase(c)}`).toEqual(all(files(plain.change)));
      }),
      { numRuns: EXPORT_CASES },
    );
  }, 240_000);
});

describe('hostile names and texts on Postgres', () => {
  let db: PGlite;
  beforeAll(async () => {
    db = await freshPglite();
  });
  afterAll(async () => {
    await db?.close();
  });

  /**
   * Runs a script statement by statement, as psql does (CREATE INDEX CONCURRENTLY cannot share a
   * query string); a script without such statements goes in one string (faster). The first
   * failure is thrown, with its statement when run one by one (HOSTILE_ONE_BY_ONE=1 to replay).
   */
  async function run(sql: string): Promise<void> {
    if (!/\bCONCURRENTLY\b|\bADD VALUE\b/.test(sql) && !process.env.HOSTILE_ONE_BY_ONE) {
      await db.exec(sql);
      return;
    }
    for (const statement of splitStatements(sql).statements) {
      try {
        await db.exec(statement.text);
      } catch (error) {
        await db.exec('ROLLBACK').catch(() => undefined);
        throw new Error(`${(error as Error).message}\nin: ${statement.text.slice(0, 400)}`);
      }
    }
  }

  async function reset(): Promise<void> {
    const schemas = await db.query<{ nspname: string }>(`SELECT nspname FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND nspname NOT LIKE 'pg_temp%' AND nspname NOT LIKE 'pg_toast_temp%'`);
    for (const { nspname } of schemas.rows) await db.exec(`DROP SCHEMA "${nspname.replace(/"/g, '""')}" CASCADE`);
    await db.exec('CREATE SCHEMA public; RESET ALL;');
  }

  /** The catalog's object list, in the shape expectedObjects gives (functions by name only). */
  function objects(): Promise<Record<string, string[]>> {
    return catalogKeys(db);
  }

  function expectObjects(actual: Record<string, string[]>, schema: Schema, what: string): void {
    const expected = expectedObjects(schema);
    // A view without explicit column names has its query's: the model does not list them.
    const unnamed = Object.values(schema.views).filter((v) => v.columnNames.length === 0).map((v) => `${v.schema}.${v.name}.`);
    actual = { ...actual, column: (actual.column ?? []).filter((key) => !unnamed.some((prefix) => key.startsWith(prefix))) };
    const { function: functions = [], ...rest } = actual;
    const { function: expectedFunctions = [], ...expectedRest } = expected;
    expect(rest, what).toEqual(expectedRest);
    // Function keys carry their argument list: each expected name opens exactly one of them.
    expect(functions.length, what).toBe(expectedFunctions.length);
    for (const name of expectedFunctions) expect(functions.filter((key) => key.startsWith(`${name}(`)).length, `${what}: function ${name}`).toBeGreaterThan(0);
  }

  /**
   * The printed DDL and both migrations of a fixed sample of cases, named by its seed so that a
   * failure can be replayed (HOSTILE_SEED=<seed>).
   */
  async function checkSample(seed: number): Promise<void> {
    // Known planner limits, left to issue 17 (dependants kept through renames, views recreated
    // with their dependants); such cases are not run (they are read above):
    // - a materialized view dropped and created again around a dropped column comes back without
    //   its indexes in the down migration;
    // - after a renamed table or column, the views, triggers and policies whose text names it are
    //   replaced, and the down migration replaces them back before the old name is restored;
    // - new partitions are created in name order, which may come before their new parent.
    const known = (c: HostileCase) =>
      (c.shape.matview && c.shape.mutations.includes('drop-column')) || c.shape.mutations.some((m) => m === 'rename-column' || m === 'rename-table') || c.shape.partitioned;
    const cases = fc.sample(hostileCase(true).filter((c) => !known(c)), { numRuns: RUN_CASES, seed });
    for (const c of cases) {
      const d = derive(c, true);
      const label = `seed ${seed}: ${describeCase(c)}`;
      const step = async (what: string, sql: string, schema: Schema) => {
        try {
          await run(sql);
        } catch (error) {
          throw new Error(`${what}: ${(error as Error).message}\n${label}`);
        }
        expectObjects(await objects(), schema, `${what}: ${label}`);
      };
      await reset();
      await step('printed DDL', d.ddl, d.a);
      await step('change up', planToSql(d.change.up), d.b);
      await step('change down', planToSql(d.change.down), d.a);
      await reset();
      await step('create up', planToSql(d.create.up), d.a);
      await step('create down', planToSql(d.create.down), emptySchema());
    }
  }

  test(`printed DDL and migrations create exactly the model's objects (${RUN_CASES} cases)`, async () => {
    // A fresh sample each run of the suite (the seed is in any failure's message).
    await checkSample(Number(process.env.HOSTILE_SEED ?? Math.floor(Math.random() * 2 ** 31)));
  }, 300_000);

  // Samples that once failed, kept so their fix stays tested: a generated column whose new
  // expression needs a drop and add, reading a column the same migration retypes (the add must
  // follow the retype; found by the full runs of 2026-12-05).
  test.each([535765045, 1975513331])('the sample of seed %i, which once failed, still passes', async (seed) => {
    await checkSample(seed);
  }, 300_000);
});
