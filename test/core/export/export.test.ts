/**
 * exportMigration on a plan with every kind of statement a tool must treat specially: an enum
 * ADD VALUE and a concurrent index build (outside any transaction), a foreign key added NOT VALID
 * then validated in a transaction of its own, a plain column add, a function with a dollar-quoted
 * body (Liquibase's splitter), a default that uses the new enum value (which Postgres refuses in
 * the transaction that added it) and a comment (Liquibase directives). For every format: the file
 * names the tool expects, the non-transactional statements alone and marked, every up and down
 * statement exactly once and in order, the zip round trip, and PGlite running the files: as one
 * script (runOnPglite) and the way the tool executes them (tool-models.ts).
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, test } from 'vitest';
import { exportMigration, MIGRATION_FORMATS, segmentPlan, zipFiles, type ExportedFile, type MigrationFormat } from '../../../src/core/export';
import { liquibaseComment } from '../../../src/core/export/formats/liquibase';
import { diff } from '../../../src/core/diff';
import { summarize, type Schema } from '../../../src/core/model';
import { importSqlAsync } from '../../../src/core/parse';
import { planMigration, type MigrationPlan, type PlannedStatement } from '../../../src/core/sql';
import { catalogCounts, freshPglite, runOnPglite } from '../../support/pglite-oracle';
import { dbmateSections, liquibaseChangesets, runUnits, sqitchChanges, toolRun, unitStatements, type Unit } from './tool-models';

const FROM = `
CREATE TYPE status AS ENUM ('new', 'done');
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, status status NOT NULL DEFAULT 'new');
INSERT INTO users VALUES (1, 'a@example.com');
INSERT INTO orders VALUES (1, 1, 'new');
`;

const TO = `
CREATE TYPE status AS ENUM ('new', 'done', 'cancelled');
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, nickname text);
COMMENT ON TABLE users IS 'People who order';
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id), status status NOT NULL DEFAULT 'cancelled');
CREATE INDEX orders_user_id_idx ON orders (user_id);
CREATE FUNCTION order_count(p_user bigint) RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
  IF p_user IS NULL THEN
    RETURN 0;
  END IF;
  RETURN (SELECT count(*) FROM orders WHERE user_id = p_user);
END;
$$;
`;

const OPTIONS = { name: 'add orders index', timestamp: new Date('2024-05-06T07:08:09Z'), author: 'Ada Lovelace <ada@example.com>' };

let from: Schema;
let to: Schema;
let plan: MigrationPlan;

beforeAll(async () => {
  from = (await importSqlAsync(FROM)).schema;
  to = (await importSqlAsync(TO)).schema;
  plan = planMigration(from, diff(from, to));
});

const find = (pattern: RegExp): PlannedStatement => {
  const s = plan.up.find((p) => pattern.test(p.sql));
  if (!s) throw new Error(`no statement matches ${pattern}`);
  return s;
};

function occurrences(text: string, part: string): number {
  let n = 0;
  for (let i = text.indexOf(part); i !== -1; i = text.indexOf(part, i + 1)) n++;
  return n;
}

/**
 * Where each of `statements` occurs in `units` (unit index, offset), failing unless exactly once
 * (or as often as the plan's own statements hold its text: a down step that creates an enum anew
 * repeats a column's SET DEFAULT), in order.
 */
function expectOnceInOrder(units: Unit[], statements: PlannedStatement[], what: string): void {
  const text = units.map((u) => u.sql);
  let last: [number, number] = [-1, -1];
  for (const s of statements) {
    const hits: [number, number][] = [];
    text.forEach((t, u) => {
      for (let i = t.indexOf(s.sql); i !== -1; i = t.indexOf(s.sql, i + 1)) hits.push([u, i]);
    });
    const expected = statements.reduce((n, o) => n + occurrences(o.sql, s.sql), 0);
    expect(hits.length, `${what}: ${s.sql} occurs once`).toBe(expected);
    const next = hits.find(([u, i]) => u > last[0] || (u === last[0] && i > last[1]));
    expect(next, `${what}: ${s.sql} after the statement before it`).toBeDefined();
    last = next!;
  }
}

/** The unit that holds `sql`. */
function unitOf(units: Unit[], sql: string): Unit {
  const unit = units.find((u) => u.sql.includes(sql));
  if (!unit) throw new Error(`no unit holds ${sql}`);
  return unit;
}

/** For psql-run scripts: true when `sql` runs between a BEGIN and its COMMIT. */
function insideTransactionBlock(script: string, sql: string): boolean {
  let open = false;
  for (const statement of unitStatements(script)) {
    if (/^BEGIN\b/i.test(statement)) open = true;
    else if (/^COMMIT\b/i.test(statement)) open = false;
    else if (statement.includes(sql.replace(/;$/, ''))) return open;
  }
  throw new Error(`not found: ${sql}`);
}

function exported(format: MigrationFormat): ExportedFile[] {
  return exportMigration(plan, format, OPTIONS).files;
}

test('the plan has what the formats must handle', () => {
  expect(find(/ADD VALUE 'cancelled'/).transactional).toBe(false);
  // Postgres refuses a new enum value in the transaction that added it: the default must come later.
  expect(find(/SET DEFAULT 'cancelled'/).transactional).toBe(true);
  expect(find(/CREATE INDEX CONCURRENTLY/).transactional).toBe(false);
  expect(find(/NOT VALID/).transactional).toBe(true);
  expect(find(/VALIDATE CONSTRAINT/).ownTransaction).toBe(true);
  expect(find(/ADD COLUMN nickname/).transactional).toBe(true);
  expect(find(/\$function\$/).transactional).toBe(true);
  expect(find(/^COMMENT ON TABLE/).description).toMatch(/^Comment/);
  expect(plan.down.some((s) => /DROP INDEX CONCURRENTLY/.test(s.sql))).toBe(true);
});

describe('segments', () => {
  test('non-transactional and own-transaction statements are alone, order and down pairing kept', () => {
    const segments = segmentPlan(plan);
    expect(segments.flatMap((s) => s.up)).toEqual(plan.up);
    expect([...segments].reverse().flatMap((s) => s.down)).toEqual(plan.down);
    for (const s of segments) {
      if (s.up.some((p) => !p.transactional || p.ownTransaction)) expect(s.up).toHaveLength(1);
      expect(s.upTransactional).toBe(s.up.every((p) => p.transactional));
      for (const d of s.down) expect(s.up.some((u) => u.reverse === d.sql)).toBe(true);
    }
    const index = segments.find((s) => s.up[0]!.sql.includes('CONCURRENTLY'))!;
    expect(index.down.map((d) => d.sql)).toEqual([expect.stringMatching(/^DROP INDEX CONCURRENTLY/)]);
    expect(index.downTransactional).toBe(false);
    // Postgres cannot remove a label: the down migration creates the enum anew without it.
    expect(segments.find((s) => s.up[0]!.sql.includes('ADD VALUE'))!.irreversible).toHaveLength(0);
  });

  test('an empty plan gives no migration files (sql still gives its scripts)', () => {
    const empty: MigrationPlan = { up: [], down: [], notes: [] };
    for (const { id } of MIGRATION_FORMATS) expect(exportMigration(empty, id, OPTIONS).files.length).toBe(id === 'sql' ? 2 : 0);
  });
});

describe('file names and layout', () => {
  test('sql: <name>.up.sql and <name>.down.sql', () => {
    expect(exported('sql').map((f) => f.path)).toEqual(['add_orders_index.up.sql', 'add_orders_index.down.sql']);
  });

  test('flyway: V<version>__<name>.sql, undo U<same version>, .sql.conf beside the non-transactional ones', () => {
    const files = exported('flyway');
    for (const f of files) expect(f.path).toMatch(/^[VU]20240506070809\.\d+__add_orders_index_\d+\.sql(\.conf)?$/);
    const versioned = files.filter((f) => /^V.*\.sql$/.test(f.path));
    expect(versioned).toHaveLength(segmentPlan(plan).length);
    for (const v of versioned) expect(files.some((f) => f.path === `U${v.path.slice(1)}`)).toBe(true);
    const single = exportMigration({ ...plan, up: [find(/ADD COLUMN nickname/)], down: [plan.down.find((d) => /DROP COLUMN nickname/.test(d.sql))!] }, 'flyway', { ...OPTIONS, version: 42 }).files;
    expect(single.map((f) => f.path)).toEqual(['V42__add_orders_index.sql', 'U42__add_orders_index.sql']);
    expect(() => exportMigration(plan, 'flyway', { ...OPTIONS, version: 'v1' })).toThrow(/version/);
  });

  test('golang-migrate: <version>_<name>.up.sql / .down.sql, consecutive versions', () => {
    const files = exportMigration(plan, 'golang-migrate', { ...OPTIONS, version: '0007' }).files;
    const n = segmentPlan(plan).length;
    const versions = files.filter((f) => f.path.endsWith('.up.sql')).map((f) => /^(\d+)_add_orders_index_\d+\.up\.sql$/.exec(f.path)![1]);
    expect(versions).toEqual(Array.from({ length: n }, (_, k) => String(7 + k).padStart(4, '0')));
    expect(files.filter((f) => f.path.endsWith('.down.sql'))).toHaveLength(n);
    for (const f of exported('golang-migrate')) expect(f.path).toMatch(/^2024050607\d{4}_add_orders_index_\d+\.(up|down)\.sql$/);
  });

  test('dbmate: <timestamp>_<name>.sql with migrate:up and migrate:down', () => {
    const files = exported('dbmate');
    expect(files.map((f) => f.path)).toEqual(Array.from({ length: files.length }, (_, k) => `202405060708${String(9 + k).padStart(2, '0')}_add_orders_index_${k + 1}.sql`));
    for (const f of files) {
      expect(f.content.startsWith('-- migrate:up')).toBe(true);
      expect(f.content).toMatch(/^-- migrate:down/m);
    }
  });

  test('sqitch: deploy/revert/verify per change, a plan with its header and [previous] dependencies', () => {
    const files = exported('sqitch');
    const changes = sqitchChanges(files);
    expect(changes).toHaveLength(segmentPlan(plan).length);
    for (const c of changes) for (const dir of ['deploy', 'revert', 'verify']) expect(files.some((f) => f.path === `${dir}/${c}.sql`)).toBe(true);
    const planFile = files.find((f) => f.path === 'sqitch.plan')!.content.split('\n');
    expect(planFile.slice(0, 3)).toEqual(['%syntax-version=1.0.0', '%project=add_orders_index', '']);
    const lines = planFile.slice(3).filter((l) => l !== '');
    expect(lines[0]).toBe(`${changes[0]} 2024-05-06T07:08:09Z Ada Lovelace <ada@example.com> # Add 'cancelled' to enum status`);
    lines.slice(1).forEach((line, k) => expect(line.startsWith(`${changes[k + 1]} [${changes[k]}] 2024-05-06T07:08:09Z Ada Lovelace <ada@example.com> # `)).toBe(true));
    const indexChange = changes.find((c) => files.find((f) => f.path === `deploy/${c}.sql`)!.content.includes('CONCURRENTLY'))!;
    expect(files.find((f) => f.path === `verify/${indexChange}.sql`)!.content).toContain("indexrelid = 'public.orders_user_id_idx'::regclass AND indisvalid");
  });

  test('liquibase: one formatted SQL changelog, a changeset per part, directives where needed', () => {
    const files = exported('liquibase');
    expect(files.map((f) => f.path)).toEqual(['20240506070809_add_orders_index.sql']);
    const content = files[0]!.content;
    expect(content.split('\n')[0]).toBe('--liquibase formatted sql');
    const changesets = liquibaseChangesets(content);
    expect(changesets).toHaveLength(segmentPlan(plan).length);
    changesets.forEach((c, k) => expect(c.header.startsWith(`--changeset Ada Lovelace:add_orders_index_${k + 1}`)).toBe(true));
    const byBody = (sql: string): (typeof changesets)[number] => changesets.find((c) => c.body.includes(sql))!;
    expect(byBody(find(/CONCURRENTLY/).sql).attributes.runInTransaction).toBe('false');
    expect(byBody(find(/ADD VALUE/).sql).attributes.runInTransaction).toBe('false');
    expect(byBody(find(/ADD VALUE/).sql).rollback).toContain('RENAME TO status__old');
    expect(byBody(find(/\$function\$/).sql).attributes.splitStatements).toBe('false');
    expect(byBody(find(/NOT VALID/).sql).attributes.runInTransaction).toBeUndefined();
  });

  test('liquibase: no line of a changeset reads as a directive unless it is one', () => {
    // The patterns of liquibase-standard AbstractFormattedChangeLogParser (matches() on whole lines).
    const directives = [
      /\s*--[\s]*changeset[\s]*.*$/i,
      /-[\s]*changeset\s.*/i,
      /--[\s]*comment:? (.*)/i,
      /-[\s]*comment:? (.*)/i,
      /--[\s]*comments:? (.*)/i,
      /\s*--[\s]*rollback (.*)/i,
      /\s*-[\s]*rollback\s.*/i,
      /\s*--[\s]*preconditions(.*)/i,
      /\s*-[\s]*precondition(.*)/i,
      /--[\s]*validCheckSum:? (.*)/i,
      /--[\s]*ignoreLines:(\w+)/i,
      /--[\s]*ignore:(\w+)/i,
      /\s*?[-]+\s*property\s.*/i,
    ].map((r) => new RegExp(`^(?:${r.source})$`, 'i'));
    const content = exported('liquibase')[0]!.content;
    const intended = /^(--changeset |--comment: |--rollback )/;
    const stray = content.split('\n').filter((line) => !intended.test(line) && directives.some((d) => d.test(line)));
    expect(stray).toEqual([]);
    expect(content).toContain('-- [schemawise] Comment on users');
    expect(liquibaseComment('-- Rollback plan')).toBe('-- [schemawise] Rollback plan');
    expect(liquibaseComment('-- Add column users.nickname')).toBe('-- Add column users.nickname');
  });

  test('prisma: migrations/<timestamp>_<name>/migration.sql, down.sql beside it', () => {
    const files = exported('prisma');
    for (const f of files) expect(f.path).toMatch(/^migrations\/2024050607\d{4}_add_orders_index_\d+\/(migration|down)\.sql$/);
    expect(files.filter((f) => f.path.endsWith('/migration.sql'))).toHaveLength(segmentPlan(plan).length);
  });
});

describe.each(MIGRATION_FORMATS.map((f) => f.id))('%s', (format) => {
  test('every up and down statement once, in order; hazard comments kept', () => {
    const run = toolRun(format, exported(format));
    expectOnceInOrder(run.up, plan.up, 'up');
    expectOnceInOrder(run.down, plan.down, 'down');
    const all = exported(format).map((f) => f.content).join('\n');
    for (const s of [...plan.up, ...plan.down]) if (s.hazards.length > 0) expect(all).toContain(`[${s.hazards.join(', ')}]`);
    for (const s of plan.up) expect(all).toContain(s.description);
  });

  test('statements that cannot run in a transaction are alone and outside one', () => {
    const files = exported(format);
    const run = toolRun(format, files);
    for (const [units, statements] of [[run.up, plan.up], [run.down, plan.down]] as const) {
      for (const s of statements.filter((p) => !p.transactional)) {
        const unit = unitOf(units, s.sql);
        expect(unit.wrap, `${unit.label}: no transaction around ${s.sql}`).toBe(false);
        if (format === 'sql') expect(insideTransactionBlock(unit.sql, s.sql)).toBe(false);
        else expect(unitStatements(unit.sql), `${unit.label} holds only ${s.sql}`).toEqual([expect.stringContaining(s.sql.replace(/;$/, ''))]);
      }
      // The statement that validates runs in a transaction of its own.
      const validate = plan.up.find((p) => p.ownTransaction)!;
      if (format !== 'sql' && units === run.up) {
        const body = unitStatements(unitOf(units, validate.sql).sql).filter((t) => !/^(BEGIN|COMMIT|SET LOCAL)\b/i.test(t));
        expect(body).toHaveLength(1);
      }
    }
    if (format === 'flyway') {
      for (const f of files.filter((x) => x.path.endsWith('.conf'))) expect(f.content).toMatch(/^executeInTransaction=false$/m);
      expect(files.filter((x) => x.path.endsWith('.conf')).length).toBe(3); // ADD VALUE, CREATE INDEX, its undo
    }
    if (format === 'dbmate') {
      const index = files.find((f) => f.content.includes('CREATE INDEX CONCURRENTLY'))!;
      expect(dbmateSections(index.content)).toMatchObject({ upTx: false, downTx: false });
    }
    if (format === 'sqitch' || format === 'prisma') {
      const index = files.find((f) => /(deploy\/|migration\.sql)/.test(f.path) && f.content.includes('CREATE INDEX CONCURRENTLY'))!;
      expect(index.content).not.toMatch(/^BEGIN;/m);
    }
  });

  test('the zip holds the files as they are', () => {
    const files = exported(format);
    const zip = zipFiles(files);
    const unzipped = unzipSync(zip);
    expect(Object.keys(unzipped).sort()).toEqual(files.map((f) => f.path).sort());
    for (const f of files) expect(strFromU8(unzipped[f.path]!)).toBe(f.content);
    expect(zipFiles(exported(format))).toEqual(zip);
    expect(exported(format)).toEqual(files);
  });

  test('PGlite: from + the up files in order, statement by statement, fails nowhere and builds the target', async () => {
    const run = toolRun(format, exported(format));
    const result = await runOnPglite(`${FROM}\n${run.up.map((u) => u.sql).join('\n')}`);
    expect(result.failed.map((f) => `${f.message}: ${f.text}`)).toEqual([]);
    expect(result.counts).toEqual(summarize(to));
  });

  test('PGlite: up then down, run the way the tool runs them', async () => {
    const baseline = await runOnPglite(FROM);
    const run = toolRun(format, exported(format));
    const db = await freshPglite();
    try {
      await db.exec(FROM);
      expect(await runUnits(db, run.up)).toBeUndefined();
      expect(await catalogCounts(db)).toEqual(summarize(to));
      const valid = await db.query<{ valid: boolean }>("SELECT indisvalid AS valid FROM pg_index WHERE indexrelid = 'public.orders_user_id_idx'::regclass");
      expect(valid.rows).toEqual([{ valid: true }]);
      const fk = await db.query<{ validated: boolean }>("SELECT convalidated AS validated FROM pg_constraint WHERE conname = 'orders_user_id_fkey'");
      expect(fk.rows).toEqual([{ validated: true }]);
      expect(await runUnits(db, run.down)).toBeUndefined();
      expect(await catalogCounts(db)).toEqual(baseline.counts);
    } finally {
      await db.close();
    }
  });
});

test('sqitch verify scripts pass after deploy', async () => {
  const files = exported('sqitch');
  const db = await freshPglite();
  try {
    await db.exec(FROM);
    expect(await runUnits(db, toolRun('sqitch', files).up)).toBeUndefined();
    for (const c of sqitchChanges(files)) {
      expect(await runUnits(db, [{ label: `verify/${c}.sql`, sql: files.find((f) => f.path === `verify/${c}.sql`)!.content, wrap: false, split: true }])).toBeUndefined();
    }
  } finally {
    await db.close();
  }
});

/**
 * A dropped key comes back in the down migration over an index built CONCURRENTLY (then USING
 * INDEX), which cannot share a query string with other statements: the tools that split a file
 * into statements run that down part outside a transaction; the ones that send a file as one
 * query string get the plain one-statement reverse instead, labelled with its hazards.
 */
describe('down parts that add a dropped key back', () => {
  const KEYED = `
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, CONSTRAINT users_email_key UNIQUE (email), CHECK (email <> ''));
INSERT INTO users VALUES (1, 'a@example.com');
`;
  const UNKEYED = 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);';
  const ONE_QUERY_STRING: MigrationFormat[] = ['dbmate', 'golang-migrate', 'prisma'];
  let keyPlan: MigrationPlan;

  beforeAll(async () => {
    const a = (await importSqlAsync(KEYED)).schema;
    const b = (await importSqlAsync(UNKEYED)).schema;
    keyPlan = planMigration(a, diff(a, b));
  });

  test('segments pair a several-statement undo with its up statement', () => {
    const drop = keyPlan.up.findIndex((s) => /DROP CONSTRAINT users_email_key/.test(s.sql));
    expect(keyPlan.down.filter((d) => d.undoes === drop).map((d) => d.sql)).toEqual([expect.stringMatching(/^CREATE UNIQUE INDEX CONCURRENTLY/), expect.stringMatching(/USING INDEX users_email_key;$/)]);
    const split = segmentPlan(keyPlan).find((s) => s.up.some((u) => /DROP CONSTRAINT users_email_key/.test(u.sql)))!;
    expect(split.up).toHaveLength(1);
    expect(split.down.map((d) => d.sql)).toEqual(keyPlan.down.filter((d) => d.undoes === drop).map((d) => d.sql));
    expect(split.downTransactional).toBe(false);
    const whole = segmentPlan(keyPlan, { oneQueryString: true }).find((s) => s.up.some((u) => /DROP CONSTRAINT users_email_key/.test(u.sql)))!;
    const plain = whole.down.filter((d) => /users_email_key/.test(d.sql));
    expect(plain.map((d) => d.sql)).toEqual(['ALTER TABLE public.users ADD CONSTRAINT users_email_key UNIQUE (email);']);
    expect(plain[0]!.hazards).toEqual(['access-exclusive-lock', 'index-build']);
    expect(whole.downTransactional).toBe(true);
  });

  test.each(MIGRATION_FORMATS.map((f) => f.id))('%s: the down runs the way the tool runs it and restores the key', async (format) => {
    const files = exportMigration(keyPlan, format, OPTIONS).files;
    const run = toolRun(format, files);
    const downText = run.down.map((u) => u.sql).join('\n');
    if (ONE_QUERY_STRING.includes(format)) {
      expect(downText).not.toContain('CONCURRENTLY');
      expect(downText).toMatch(/\[access-exclusive-lock, index-build\]\n-- squawk-ignore [^\n]*\nALTER TABLE public\.users ADD CONSTRAINT users_email_key UNIQUE \(email\);/);
    } else {
      expect(downText).toContain('CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_key');
      const unit = unitOf(run.down, 'CREATE UNIQUE INDEX CONCURRENTLY');
      expect(unit.wrap).toBe(false);
      if (format === 'sql') expect(insideTransactionBlock(unit.sql, 'CREATE UNIQUE INDEX CONCURRENTLY')).toBe(false);
    }
    // The check comes back NOT VALID then validated, in every format.
    expect(downText).toMatch(/ADD CONSTRAINT users_email_check CHECK \(.*\) NOT VALID;/);
    const db = await freshPglite();
    try {
      await db.exec(KEYED);
      const key = "SELECT conname, contype, convalidated, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'public.users'::regclass AND contype <> 'n' ORDER BY conname";
      const before = (await db.query(key)).rows;
      expect(await runUnits(db, run.up)).toBeUndefined();
      expect(await runUnits(db, run.down)).toBeUndefined();
      expect((await db.query(key)).rows).toEqual(before);
    } finally {
      await db.close();
    }
  });
});
