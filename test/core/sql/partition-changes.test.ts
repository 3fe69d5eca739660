/**
 * Partition changes that the golden cases do not pin on their own: the bound as the CHECK that
 * lets ATTACH skip its scan (and where there is none), the column edits Postgres refuses on a
 * partition, and what the differ emits when partitions move. The golden cases prove the plans
 * on PGlite and Postgres 15.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { applyChanges, type SchemaChange } from '../../../src/core/changes';
import { diff } from '../../../src/core/diff';
import { importSql, initParser } from '../../../src/core/parse';
import { planMigration, planToSql, printSchema, refusals } from '../../../src/core/sql';
import { boundCheck } from '../../../src/core/sql/partition-bounds';

beforeAll(async () => {
  await initParser();
});

const parent = (by: string) => importSql(`CREATE TABLE t (k date, n int, region text) PARTITION BY ${by};`).schema.tables['public.t']!;

describe('the bound as a check ATTACH can prove it from', () => {
  test.each([
    ['RANGE (k)', "FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')", "k IS NOT NULL AND k >= '2025-01-01' AND k < '2026-01-01'"],
    ['RANGE (k)', "FOR VALUES FROM (MINVALUE) TO ('2024-01-01')", "k IS NOT NULL AND k < '2024-01-01'"],
    ['RANGE (n)', 'FOR VALUES FROM (10) TO (MAXVALUE)', 'k IS NOT NULL AND k >= 10'.replace(/k/g, 'n')],
    ['LIST (region)', "FOR VALUES IN ('de', 'fr')", "region IS NOT NULL AND region IN ('de', 'fr')"],
    ['LIST (region)', "FOR VALUES IN ('de', NULL)", "(region IS NULL OR region IN ('de'))"],
  ])('%s %s', (by, bound, check) => {
    expect(boundCheck(parent(by), bound)).toBe(check);
  });

  test.each([
    ['HASH (n)', 'FOR VALUES WITH (MODULUS 4, REMAINDER 1)'],
    ['RANGE (k, n)', "FOR VALUES FROM ('2025-01-01', 1) TO ('2026-01-01', 1)"],
    ['RANGE ((n + 1))', 'FOR VALUES FROM (1) TO (2)'],
    ['RANGE (k)', 'DEFAULT'],
  ])('none for %s %s (ATTACH scans, and the plan says so)', (by, bound) => {
    expect(boundCheck(parent(by), bound)).toBeUndefined();
  });
});

describe('column edits on a partition are refused with what to do', () => {
  const from = () => importSql(`CREATE TABLE m (id bigint NOT NULL, at date NOT NULL, v int) PARTITION BY RANGE (at);
    CREATE TABLE m_2025 PARTITION OF m FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');`).schema;
  const part = { schema: 'public', name: 'm_2025' };
  test.each<[string, SchemaChange, RegExp]>([
    ['a new column', { kind: 'add-column', table: part, column: { name: 'note', type: { name: 'text', modifiers: [], arrayDims: 0 }, notNull: false } }, /partition m_2025: a partition has exactly its parent's columns; add note to m/],
    ['dropping an inherited column', { kind: 'drop-column', table: part, column: 'v' }, /drop it from m/],
    ['retyping an inherited column', { kind: 'alter-column', table: part, column: 'v', set: { type: { name: 'bigint', modifiers: [], arrayDims: 0 } } }, /change its type on m/],
  ])('%s', (_, change, message) => {
    const plan = planMigration(from(), [change], { allowDestructive: true });
    expect(refusals(plan)).toEqual([expect.stringMatching(message)]);
    expect(plan.up).toEqual([]);
  });
});

describe('the differ', () => {
  const base = `CREATE TABLE ev (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
    CREATE TABLE ev_2024 PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');`;
  const kinds = (from: string, to: string) => diff(importSql(from).schema, importSql(to).schema).map((c) => c.kind);

  test('a bound that changes is a detach and an attach (planned as one transaction)', () => {
    const to = base.replace("TO ('2025-01-01')", "TO ('2026-01-01')");
    expect(kinds(base, to)).toEqual(['detach-partition', 'attach-partition']);
    const from = importSql(base).schema;
    const sql = planToSql(planMigration(from, diff(from, importSql(to).schema)).up);
    expect(sql).toMatch(/VALIDATE CONSTRAINT[\s\S]*COMMIT;[\s\S]*BEGIN;[\s\S]*DETACH PARTITION[^;]*;\s+-- Attach[^\n]*\n[^\n]*ATTACH PARTITION/);
  });

  test('a table that becomes partitioned is rebuilt, its new partitions with it', () => {
    const changes = diff(importSql('CREATE TABLE ev (id bigint NOT NULL, at date NOT NULL);').schema, importSql(base).schema);
    expect(changes.map((c) => c.kind)).toEqual(['rebuild-table']);
    expect(changes[0]!.kind === 'rebuild-table' && changes[0]!.partitions.map((p) => p.name)).toEqual(['ev_2024']);
  });

  test('a local index that a new parent index takes over is not dropped', () => {
    const from = `${base} CREATE INDEX ev_2024_at ON ev_2024 (at);`;
    expect(kinds(from, `${from} CREATE INDEX ev_at ON ev (at);`)).toEqual(['add-index']);
  });

  test('a table that gains or loses an inheritance parent is changed in place, its columns and CHECKs compared whether inherited or not', () => {
    const parentSql = 'CREATE TABLE doc (id bigint NOT NULL, title text NOT NULL CONSTRAINT doc_title_check CHECK (title <> \'\'));';
    const plain = `${parentSql} CREATE TABLE memo (id bigint NOT NULL, title text NOT NULL CONSTRAINT doc_title_check CHECK (title <> ''), body text);`;
    const child = `${parentSql} CREATE TABLE memo (body text) INHERITS (doc);`;
    // The columns and the CHECK are the same objects either way: nothing added, nothing dropped.
    expect(kinds(plain, child)).toEqual(['inherit-table']);
    expect(kinds(child, plain)).toEqual(['disinherit-table']);
    // A column the child needs from its new parent is added before INHERIT.
    const lacking = `${parentSql} CREATE TABLE memo (id bigint NOT NULL, body text);`;
    const from = importSql(lacking).schema;
    const to = importSql(child).schema;
    const changes = diff(from, to);
    expect(changes.map((c) => c.kind)).toEqual(['add-column', 'add-constraint', 'inherit-table']);
    expect(planToSql(planMigration(from, changes).up)).toMatch(/ADD COLUMN title[\s\S]*VALIDATE CONSTRAINT doc_title_check[\s\S]*INHERIT public\.doc;/);
  });
});

describe("a partitioned table's key, index, foreign key or trigger dropped takes its copies on every partition with it", () => {
  // Two levels: p1 is itself partitioned. The import of the same DROP statements is the oracle.
  const BASE = `CREATE TABLE r (id int PRIMARY KEY);
    CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
    CREATE TABLE p (id int, at date, ref text, r_id int REFERENCES r (id), UNIQUE (ref, at)) PARTITION BY RANGE (at);
    CREATE TABLE p1 PARTITION OF p FOR VALUES FROM ('2020-01-01') TO ('2021-01-01') PARTITION BY RANGE (at);
    CREATE TABLE p1a PARTITION OF p1 FOR VALUES FROM ('2020-01-01') TO ('2020-07-01');
    CREATE INDEX p_ref_idx ON p (ref);
    CREATE TRIGGER p_touch BEFORE UPDATE ON p FOR EACH ROW EXECUTE FUNCTION f();`;
  const p = { schema: 'public', name: 'p' };
  test.each<[string, SchemaChange, string]>([
    ['a unique key', { kind: 'drop-constraint', table: p, name: 'p_ref_at_key' }, 'ALTER TABLE p DROP CONSTRAINT p_ref_at_key;'],
    ['an index', { kind: 'drop-index', table: p, name: 'p_ref_idx' }, 'DROP INDEX p_ref_idx;'],
    ['a foreign key', { kind: 'drop-constraint', table: p, name: 'p_r_id_fkey' }, 'ALTER TABLE p DROP CONSTRAINT p_r_id_fkey;'],
    ['a row trigger', { kind: 'drop-trigger', table: p, name: 'p_touch' }, 'DROP TRIGGER p_touch ON p;'],
  ])('%s', (_, change, statement) => {
    const applied = applyChanges(importSql(BASE).schema, [change]);
    const imported = importSql(`${BASE}\n${statement}`);
    expect(imported.issues).toEqual([]);
    for (const name of ['p', 'p1', 'p1a']) expect(applied.tables[`public.${name}`]).toEqual(imported.schema.tables[`public.${name}`]);
    expect(printSchema(applied)).toBe(printSchema(imported.schema));
  });
});
