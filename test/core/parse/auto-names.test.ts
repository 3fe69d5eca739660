/**
 * Names Postgres gives to unnamed constraints, indexes and sequences: the model must choose the
 * same ones, because later statements (and migrations) refer to them. Postgres is the oracle.
 */
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importSqlAsync } from '../../../src/core/parse';
import type { Schema } from '../../../src/core/model';

const long = 'a_table_name_that_is_quite_long_enough_to_need_truncation_xyz';
const cases: Record<string, string> = {
  'inline constraints': `CREATE TABLE users (id serial PRIMARY KEY, email text UNIQUE CHECK (email <> ''), org_id int);
    CREATE TABLE orgs (id int PRIMARY KEY);
    ALTER TABLE users ADD FOREIGN KEY (org_id) REFERENCES orgs;`,
  'table constraints and collisions': `CREATE TABLE t (a int, b int, c int, UNIQUE (a, b), UNIQUE (a, b), CHECK (a > b), CHECK (a > 0), CHECK (a > 1), CHECK (true));
    CREATE INDEX ON t (a); CREATE INDEX ON t (a); CREATE INDEX ON t (lower(a::text), upper(b::text)) INCLUDE (c);
    CREATE UNIQUE INDEX ON t (b) WHERE c IS NULL;`,
  'truncated names': `CREATE TABLE ${long} (${long}_column_also_long integer PRIMARY KEY, other_column_with_long_name int UNIQUE);
    CREATE INDEX ON ${long} (other_column_with_long_name, ${long}_column_also_long);`,
  'exclusion and identity': `CREATE EXTENSION btree_gist;
    CREATE TABLE room (id bigint GENERATED ALWAYS AS IDENTITY, room int, during tstzrange, EXCLUDE USING gist (room WITH =, during WITH &&));
    CREATE TABLE room_id_seq_clash (x serial);`,
  'repeated definitions merged, expression names': `CREATE TABLE t (a int UNIQUE, b int, CONSTRAINT x UNIQUE (a), CONSTRAINT y UNIQUE (a),
      PRIMARY KEY (b), UNIQUE (b), UNIQUE (a) DEFERRABLE);
    CREATE TABLE u (a int, CONSTRAINT x2 UNIQUE (a), UNIQUE (a));
    CREATE INDEX ON u ((a::text), (a + 1), coalesce(a, 1), (CASE WHEN a > 0 THEN 1 END), (a::text || 'x'), (a::text::varchar));`,
  'names shared across the schema': `CREATE TABLE a (x int CHECK (x > 0)); CREATE TABLE a_x_check (y int);
    CREATE TABLE b (id int, CONSTRAINT a_x_check1 CHECK (id > 0)); ALTER TABLE a ADD CHECK (x < 10);`,
};

interface Named {
  constraints: string[];
  indexes: string[];
  sequences: string[];
}

function modelNames(schema: Schema): Named {
  const constraints: string[] = [];
  const indexes: string[] = [];
  for (const t of Object.values(schema.tables)) {
    const keyed = [t.primaryKey, ...t.uniqueConstraints, ...t.exclusions].filter((c) => c !== undefined);
    constraints.push(...keyed.map((c) => `${t.name}.${c.name}`), ...t.foreignKeys.map((c) => `${t.name}.${c.name}`), ...t.checks.map((c) => `${t.name}.${c.name}`));
    indexes.push(...keyed.map((c) => c.name), ...t.indexes.map((i) => i.name));
  }
  const sequences = Object.values(schema.sequences).map((s) => s.name);
  return { constraints: constraints.sort(), indexes: indexes.sort(), sequences: sequences.sort() };
}

let pg: PGlite;
beforeAll(async () => {
  const { btree_gist } = await import('@electric-sql/pglite/contrib/btree_gist');
  pg = new PGlite({ extensions: { btree_gist } });
});
afterAll(async () => pg.close());

describe('automatic names match Postgres', () => {
  for (const [name, sql] of Object.entries(cases)) {
    test(name, async () => {
      await pg.exec('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
      await pg.exec(sql);
      const rows = async (q: string) => (await pg.query<{ n: string }>(q)).rows.map((r) => r.n).sort();
      const expected: Named = {
        constraints: await rows(`select c.relname || '.' || k.conname as n from pg_constraint k join pg_class c on c.oid = k.conrelid
          join pg_namespace s on s.oid = c.relnamespace where s.nspname = 'public' and k.contype <> 'n'`),
        indexes: await rows(`select c.relname as n from pg_class c join pg_namespace s on s.oid = c.relnamespace where s.nspname = 'public' and c.relkind = 'i'`),
        // Identity sequences are internal to their column; the model does not list them.
        sequences: await rows(`select c.relname as n from pg_class c join pg_namespace s on s.oid = c.relnamespace
          where s.nspname = 'public' and c.relkind = 'S' and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'i')`),
      };
      const { schema, issues } = await importSqlAsync(sql);
      expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(modelNames(schema)).toEqual(expected);
    });
  }
});
