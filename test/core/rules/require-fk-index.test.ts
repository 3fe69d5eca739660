import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { fkCoverage, parentKeysOf } from '../../../src/core/rules/fk-coverage';
import { buildSchemaIndex } from '../../../src/core/rules/schema-index';
import rule from '../../../src/core/rules/require-fk-index';
import { freshPglite } from '../../support/pglite-oracle';
import { importClean, lintWith, ruleTester } from './rule-tester';

const scoped = `CREATE TABLE projects (id uuid PRIMARY KEY);
  CREATE TABLE boards (id uuid PRIMARY KEY, project_id uuid NOT NULL REFERENCES projects, UNIQUE (id, project_id));
  CREATE INDEX ON boards (project_id);`;
const parents = 'CREATE TABLE a (id bigint PRIMARY KEY); CREATE TABLE p (x int, y int, PRIMARY KEY (x, y));';

ruleTester(rule, {
  valid: [
    {
      // Corpus (supabase storage.buckets.owner): Supabase Storage's own table, not the application's to index.
      name: "a platform's own table",
      sql: `CREATE SCHEMA auth; CREATE SCHEMA storage; CREATE TABLE auth.users (id uuid PRIMARY KEY, email text);
        CREATE TABLE storage.buckets (id text PRIMARY KEY, name text NOT NULL, owner uuid REFERENCES auth.users (id));`,
    },
    `${parents} CREATE TABLE c (id bigint PRIMARY KEY, a_id bigint REFERENCES a); CREATE INDEX ON c (a_id);`,
    {
      name: 'composite FK covered by a composite index in another order',
      sql: `${parents} CREATE TABLE c (id bigint PRIMARY KEY, x int, y int, FOREIGN KEY (x, y) REFERENCES p); CREATE INDEX ON c (y, x, id);`,
    },
    {
      name: 'covered by the leading columns of the primary key (join table)',
      sql: `${parents} CREATE TABLE c (a_id bigint REFERENCES a, tag text, PRIMARY KEY (a_id, tag));`,
    },
    { name: 'covered by a unique constraint', sql: `${parents} CREATE TABLE c (id bigint PRIMARY KEY, a_id bigint UNIQUE REFERENCES a);` },
    {
      // The RI check's `a_id = $1` implies `a_id IS NOT NULL` (= is strict): the planner uses it.
      name: 'a partial index WHERE the key IS NOT NULL serves the check',
      sql: `${parents} CREATE TABLE c (id bigint PRIMARY KEY, a_id bigint REFERENCES a); CREATE INDEX ON c (a_id) WHERE a_id IS NOT NULL;`,
    },
    {
      name: 'composite key, partial on both columns being set',
      sql: `${parents} CREATE TABLE c (id bigint PRIMARY KEY, x int, y int, FOREIGN KEY (x, y) REFERENCES p); CREATE INDEX ON c (x, y) WHERE (x IS NOT NULL) AND (y IS NOT NULL);`,
    },
    {
      // The booking shape: the exclusion's GiST index leads with room_id through btree_gist's =.
      name: 'the GiST index of an EXCLUDE (room_id WITH =, during WITH &&)',
      sql: `CREATE EXTENSION btree_gist; CREATE TABLE rooms (id bigint PRIMARY KEY);
        CREATE TABLE bookings (id bigint PRIMARY KEY, room_id bigint NOT NULL REFERENCES rooms, during tstzrange NOT NULL,
          EXCLUDE USING gist (room_id WITH =, during WITH &&));`,
    },
    {
      name: 'a GiST index leading with a scalar column (btree_gist)',
      sql: `CREATE EXTENSION btree_gist; ${parents} CREATE TABLE c (id bigint PRIMARY KEY, a_id bigint REFERENCES a, during tstzrange); CREATE INDEX ON c USING gist (a_id, during);`,
    },
    {
      // A goose migration's shape: a card's board must belong to the card's own project, so the key
      // repeats the scope column against UNIQUE (id, project_id). The index on board_id finds every
      // row the RI check wants: board_id alone names one board, so project_id filters nothing away.
      name: 'a composite key scoped to its parent: an index on the column that names the parent row serves',
      sql: `${scoped} CREATE TABLE cards (id uuid PRIMARY KEY, project_id uuid NOT NULL REFERENCES projects, board_id uuid NOT NULL,
          FOREIGN KEY (board_id, project_id) REFERENCES boards (id, project_id));
        CREATE INDEX ON cards (project_id); CREATE INDEX ON cards (board_id, id);`,
    },
    { name: 'a hash index on the one key column', sql: `${parents} CREATE TABLE c (id bigint PRIMARY KEY, a_id bigint REFERENCES a); CREATE INDEX ON c USING hash (a_id);` },
  ],
  invalid: [
    {
      // project_id does not name one board: an index on it alone reads every card of the project.
      name: 'a composite key scoped to its parent, indexed only by the scope column',
      sql: `${scoped} CREATE TABLE cards (id uuid PRIMARY KEY, project_id uuid NOT NULL REFERENCES projects, board_id uuid NOT NULL,
          FOREIGN KEY (board_id, project_id) REFERENCES boards (id, project_id));
        CREATE INDEX ON cards (project_id);`,
      messages: 1,
    },
    {
      // Without a key on boards.id alone, board_id does not name one row: (x, y) pairs share an x.
      name: 'a composite key whose parent has no unique key on the indexed column',
      sql: `${parents} CREATE TABLE c (id bigint PRIMARY KEY, x int, y int, FOREIGN KEY (x, y) REFERENCES p); CREATE INDEX ON c (x);`,
      messages: 1,
    },
    {
      // The partitions' clones of the key are the parent's: one finding, whose index on the
      // parent Postgres builds on every partition.
      name: 'a partitioned table: reported once, on the parent, not on its partitions\' clones',
      sql: `${parents} CREATE TABLE ev (id bigint, at date, a_id bigint REFERENCES a, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
        CREATE TABLE ev_2024 PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
        CREATE TABLE ev_2025 (id bigint NOT NULL, at date NOT NULL, a_id bigint);
        ALTER TABLE ev ATTACH PARTITION ev_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');`,
      messages: 1,
      fixed: true,
    },
    { sql: `${parents} CREATE TABLE c (id bigint PRIMARY KEY, a_id bigint REFERENCES a);`, messages: 1, fixed: true },
    {
      name: 'FK column second in the only index (served poorly)',
      sql: `${parents} CREATE TABLE c (id bigint PRIMARY KEY, kind text, a_id bigint REFERENCES a); CREATE INDEX ON c (kind, a_id);`,
      messages: 1,
      fixed: true,
    },
    {
      name: 'a partial index on live rows does not serve the RI check for deleted ones',
      sql: `${parents} CREATE TABLE c (id bigint PRIMARY KEY, a_id bigint REFERENCES a, deleted_at timestamptz); CREATE INDEX ON c (a_id) WHERE deleted_at IS NULL;`,
      messages: 1,
      fixed: true,
    },
    {
      name: 'IS NOT NULL on the key AND another condition is not implied',
      sql: `${parents} CREATE TABLE c (id bigint PRIMARY KEY, a_id bigint REFERENCES a, done boolean); CREATE INDEX ON c (a_id) WHERE a_id IS NOT NULL AND NOT done;`,
      messages: 1,
      fixed: true,
    },
    {
      name: 'composite FK, index covers only one of its columns first',
      sql: `${parents} CREATE TABLE c (id bigint PRIMARY KEY, x int, y int, FOREIGN KEY (x, y) REFERENCES p); CREATE INDEX ON c (x, id, y);`,
      messages: 1,
      fixed: true,
    },
    {
      // A BRIN index summarises block ranges; for a key whose values are not correlated with the
      // physical order, every range matches and the RI check still reads the whole table.
      name: 'a BRIN index does not serve the lookup',
      sql: `${parents} CREATE TABLE c (id bigint PRIMARY KEY, a_id bigint REFERENCES a); CREATE INDEX ON c USING brin (a_id);`,
      messages: 1,
    },
    {
      name: 'a GiST index with the key second serves poorly',
      sql: `CREATE EXTENSION btree_gist; ${parents} CREATE TABLE c (id bigint PRIMARY KEY, a_id bigint REFERENCES a, during tstzrange); CREATE INDEX ON c USING gist (during, a_id);`,
      messages: 1,
      fixed: true,
    },
    {
      name: 'a GIN index (btree_gin) serves poorly',
      sql: `CREATE EXTENSION btree_gin; ${parents} CREATE TABLE c (id bigint PRIMARY KEY, a_id bigint REFERENCES a); CREATE INDEX ON c USING gin (a_id);`,
      messages: 1,
      fixed: true,
    },
  ],
});

describe('require-fk-index messages', () => {
  test('says when an index serves, but poorly, and names a partial index that does not serve', async () => {
    const gin = lintWith(rule, await importClean(`CREATE EXTENSION btree_gin; ${parents} CREATE TABLE c (id bigint PRIMARY KEY, a_id bigint REFERENCES a); CREATE INDEX g ON c USING gin (a_id);`));
    expect(gin[0]?.message).toMatch(/served only by g, a GIN index/);
    const partial = lintWith(rule, await importClean(`${parents} CREATE TABLE c (id bigint PRIMARY KEY, a_id bigint REFERENCES a, deleted_at timestamptz); CREATE INDEX l ON c (a_id) WHERE deleted_at IS NULL;`));
    expect(partial[0]?.message).toMatch(/l is partial \(WHERE deleted_at IS NULL\)/);
  });
});

/**
 * The oracle: for each index shape, Postgres's own plan for the RI check's query (generic plan,
 * sequential scans disabled so that any usable index is chosen) uses an index exactly when
 * fkCoverage says the index serves (well or poorly). BRIN is left out: the planner can use it
 * (its minmax opclass has =), but for a key not correlated with the table's physical order every
 * block range matches, so it does not serve a lookup; the rule reports it on purpose.
 */
describe('require-fk-index agrees with EXPLAIN of the RI check query on PGlite', () => {
  const shapes: [string, string][] = [
    ['btree on the key', 'CREATE INDEX ON c (a_id)'],
    ['partial WHERE the key IS NOT NULL', 'CREATE INDEX ON c (a_id) WHERE a_id IS NOT NULL'],
    ['partial WHERE deleted_at IS NULL', 'CREATE INDEX ON c (a_id) WHERE deleted_at IS NULL'],
    ['partial on the key and more', 'CREATE INDEX ON c (a_id) WHERE a_id IS NOT NULL AND deleted_at IS NULL'],
    ['btree with the key second', 'CREATE INDEX ON c (room, a_id)'],
    ['GiST leading with the key (btree_gist)', 'CREATE INDEX ON c USING gist (a_id, during)'],
    ['exclusion constraint WITH =', 'ALTER TABLE c ADD EXCLUDE USING gist (a_id WITH =, during WITH &&)'],
    ['GiST with the key second', 'CREATE INDEX ON c USING gist (during, a_id)'],
    ['GIN (btree_gin)', 'CREATE INDEX ON c USING gin (a_id)'],
    ['hash', 'CREATE INDEX ON c USING hash (a_id)'],
    ['GiST on the range only', 'CREATE INDEX ON c USING gist (during)'],
    ['no index', ''],
  ];
  let db: PGlite;
  beforeAll(async () => {
    db = await freshPglite();
    await db.exec('CREATE EXTENSION btree_gist; CREATE EXTENSION btree_gin; CREATE TABLE a (id int PRIMARY KEY);');
  });
  afterAll(async () => {
    await db?.close();
  });

  test.each(shapes.map((s, i) => [...s, i] as const))('%s', async (_name, ddl, i) => {
    const ns = `s${i}`;
    const sql = `CREATE SCHEMA ${ns}; SET search_path = ${ns}, public;
      CREATE TABLE c (id int PRIMARY KEY, a_id int REFERENCES public.a, room int, during tstzrange, deleted_at timestamptz);
      ${ddl ? `${ddl};` : ''}`;
    await db.exec(sql);
    await db.exec(`PREPARE ri_${ns}(int) AS SELECT 1 FROM ONLY ${ns}.c x WHERE $1 OPERATOR(pg_catalog.=) a_id FOR KEY SHARE OF x;
      SET plan_cache_mode = force_generic_plan; SET enable_seqscan = off;`);
    const plan = (await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN EXECUTE ri_${ns}(1)`)).rows.map((r) => r['QUERY PLAN']).join('\n');
    await db.exec('RESET plan_cache_mode; RESET enable_seqscan; RESET search_path;');
    const usesIndex = /Index|Bitmap/.test(plan) && !/c_pkey/.test(plan);

    const schema = await importClean(`CREATE EXTENSION btree_gist; CREATE EXTENSION btree_gin; CREATE TABLE a (id int PRIMARY KEY);
      CREATE TABLE c (id int PRIMARY KEY, a_id int REFERENCES a, room int, during tstzrange, deleted_at timestamptz); ${ddl ? `${ddl};` : ''}`);
    const c = schema.tables['public.c']!;
    const coverage = fkCoverage(c, c.foreignKeys[0]!, buildSchemaIndex(schema).indexesOf(c));
    expect(coverage.kind !== 'none', `rule says ${JSON.stringify(coverage)}; plan:\n${plan}`).toBe(usesIndex);
  });

  // A scoped composite key: the check's two equalities, and only the index on the column that
  // names the referenced row (the scope column's own index is dropped first).
  test('a scoped composite key: the plan uses the index on the identifying column', async () => {
    const ddl = `${scoped} CREATE TABLE cards (id uuid PRIMARY KEY, project_id uuid NOT NULL REFERENCES projects, board_id uuid NOT NULL,
        FOREIGN KEY (board_id, project_id) REFERENCES boards (id, project_id));
      CREATE INDEX cards_board ON cards (board_id);`;
    await db.exec(`CREATE SCHEMA sc; SET search_path = sc, public; ${ddl}`);
    await db.exec(`PREPARE ri_sc(uuid, uuid) AS SELECT 1 FROM ONLY sc.cards x WHERE $1 OPERATOR(pg_catalog.=) board_id AND $2 OPERATOR(pg_catalog.=) project_id FOR KEY SHARE OF x;
      SET plan_cache_mode = force_generic_plan; SET enable_seqscan = off;`);
    const plan = (await db.query<{ 'QUERY PLAN': string }>('EXPLAIN EXECUTE ri_sc(gen_random_uuid(), gen_random_uuid())')).rows.map((r) => r['QUERY PLAN']).join('\n');
    await db.exec('RESET plan_cache_mode; RESET enable_seqscan; RESET search_path;');
    expect(plan).toMatch(/cards_board/);
    const schema = await importClean(ddl);
    const cards = schema.tables['public.cards']!;
    const index = buildSchemaIndex(schema);
    const scopedKey = cards.foreignKeys.find((f) => f.columns.length === 2)!;
    expect(fkCoverage(cards, scopedKey, index.indexesOf(cards), parentKeysOf(index, scopedKey))).toEqual({ kind: 'served', index: 'cards_board' });
  });
});
